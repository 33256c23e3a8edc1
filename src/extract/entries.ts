import { knownPlace } from '../catalogue/places.js';
import { type DateMention, findDates } from './dates.js';
import type { DocLine } from './line-model.js';
import { titleRemarkSpans } from './promotions.js';
import { endsSentence, sentences } from './sentences.js';
import { isLocation, NAME_JOINERS, namesIndustry } from './vocabulary.js';

/** A line with what the entry splitter needs to know about it. */
export interface LineInfo {
  line: DocLine;
  dates: DateMention[];
  /** A date (or range, or "now") that opens the line: the left date column of many layouts. */
  lead: DateMention | null;
  /** The lead is one date followed by a dash ("08/2020 –   Staff Engineer"): its end is on the next line. */
  leadOpen: boolean;
  /** Text after the lead date. */
  rest: string;
  restStart: number;
  words: number;
  /** Reads as a sentence or a paragraph, not as a header. */
  prose: boolean;
  /** Spans of lengths of time ("(2 years 3 months)", "4 yrs"): no part of a header's fields. */
  durations: { start: number; end: number }[];
  /** The line holds a length of time and nothing else. */
  durationOnly: boolean;
  /**
   * The line holds only what a profile prints about a job beside its header: lengths of time, how it was
   * held, where ("Full-time · 6 yrs 3 mos", "Internship", "Stockholm, Sweden · Hybrid"). It names no
   * employer and no title, so it neither opens an entry nor counts against a header's length.
   */
  meta: boolean;
  /** A federal résumé's terms of the job or a street address: `meta`, and no part of a header's fields at all. */
  terms: boolean;
  /** The employer field of an engagement record ("Client: …" beside "Period: …"): see `markEngagementRecords`. */
  recordEmployer?: { value: string; at: number };
}

/** A word closed by a period that ends no sentence: a legal form, a title, an initial ("Inc.", "Sr.", "B.S.", "J."). */
export const ABBREVIATION =
  /^(?:(?:Inc|Ltd|Co|Corp|Jr|Sr|Dr|St|Bros|Pty|Pvt|Dept|Univ|Inst|Assoc|Intl|Natl)\.|(?:\p{L}{1,5}\.[-–]?){2,}|\p{Lu}\.)$/u;

/** Work on one's own account, for no employer ("Freelance", "Self-employed"): regular-expression sources. */
export const OWN_ACCOUNT_WORDS = [
  'freelance',
  'self[\\s-]employed',
  'own\\s+(?:practice|account)',
  'sole\\s+trader',
] as const;

/** How a job was held, as profile sites print it ("Klarna · Full-time"): regular-expression sources. */
export const EMPLOYMENT_TYPE_WORDS = [
  ...OWN_ACCOUNT_WORDS,
  'full[\\s-]?time',
  'part[\\s-]?time',
  'contract',
  'internship',
  'apprenticeship',
  // A programme the job was held in, in English and as German and Italian CVs write an apprenticeship.
  'traineeship',
  'trainee[\\s-]?program(?:me)?',
  'graduate[\\s-](?:program(?:me)?|scheme)',
  'ausbildung',
  'apprendistato',
  'seasonal',
  'temporary',
  'permanent',
  'fixed[\\s-]term',
  'work[\\s-]study',
  // The contracts of French, German, Spanish and Portuguese résumés: "CDI", "Festanstellung", "Tempo integral".
  'cdi',
  'cdd',
  'feste?\\s*anstellung',
  '(?:un)?befristet',
  'vollzeit',
  'teilzeit',
  'temps\\s+(?:plein|partiel)',
  'tiempo\\s+(?:completo|parcial)',
  'jornada\\s+(?:completa|parcial)',
  'tempo\\s+(?:integral|parcial)',
].map((word) => `${word}(?:\\s+(?:employment|contract|position|role|job))?`);

/**
 * Where the work was done, as a profile's location line closes ("Lisbon, Portugal · Hybrid"): sources. The same in
 * the languages CVs are written in: Spanish, Portuguese and Italian "remoto", "híbrido", "presencial", "teletrabajo";
 * French "télétravail", "hybride"; Polish "zdalnie", "hybrydowo"; German "Homeoffice".
 */
export const WORK_MODE_WORDS = [
  'remote',
  'hybrid',
  'on[\\s-]?site',
  '(?:(?:da|en)\\s+)?remot[oa]',
  'h[íi]brid[oa]',
  'hybride',
  'presencial',
  'teletrabajo',
  't[ée]l[ée]travail',
  'zdaln(?:ie|a)',
  'hybrydow[oa]',
  // Homeoffice, Home-Office (German); not "Home Office", the UK ministry and employer.
  'home-?office',
] as const;

/** How a job was held, after the employer or on a line of its own ("Klarna · Full-time"). */
const EMPLOYMENT_TYPE = new RegExp(`^(?:${EMPLOYMENT_TYPE_WORDS.join('|')})$`, 'iu');
const WORK_MODE = new RegExp(`^(?:${WORK_MODE_WORDS.join('|')})$`, 'iu');

/** A part of a header that only says how or where the job was held. */
export function heldHow(text: string): boolean {
  const trimmed = text.trim();
  return EMPLOYMENT_TYPE.test(trimmed) || WORK_MODE.test(trimmed);
}

/**
 * How long a job lasted, as profiles print it beside its dates: "(3 years 2 months)", "2 yrs 4 mos", and as
 * LinkedIn and the portals print it in the other languages written in Latin script ("3 ans 9 mois", "2 años 1 mes",
 * "1 ano e 4 meses", "4 Jahre 2 Monate", "2 anni 3 mesi", "3 jaar 1 maand", "2 lata 5 miesięcy", "1 år 2 mån").
 */
const YEARS_WORD = String.raw`(?:years?|yrs?|ans?|años?|anos?|anni|anno|jahre?n?|jaar|jaren|lata?|let|roky?|rok|år)`;
const MONTHS_WORD = String.raw`(?:months?|mos?|mois|mes|meses|mês|mesi|mese|monate?n?|monat|maand(?:en)?|miesiące?|miesięcy|měsíců|měsíce?|månader|månad|måneder|måned|mån|mnd)`;
const DURATION_AND = String.raw`(?:and|y|e|et|und|en|i|a|og|och)`;
export const DURATION = new RegExp(
  String.raw`\(?\b\d+(?:[.,]\d+)?\+?\s*${YEARS_WORD}(?![\p{L}\p{N}])(?:,?\s*(?:${DURATION_AND}\s+)?\d+\s*${MONTHS_WORD}(?![\p{L}\p{N}]))?\)?|\(?\b\d+\s*${MONTHS_WORD}(?![\p{L}\p{N}])\)?`,
  'giu',
);

/**
 * "Since February 2021 I have been a principal engineer at", "In 2016 I joined", "Action: I added checks": the writer
 * speaking of themselves, a sentence however the line is wrapped, never a header. A bare "I" is no person ("Phase I
 * of the map", "Engineer I"), nor is "my" alone a sentence ("Park Apps (my studio)" heads a job).
 */
export const FIRST_PERSON =
  /(?:^|[\s,;(])(?:I\s+(?:have|had|am|was|joined|worked|led|built|started|began|moved|spent|left|became|work|lead|build|run|ran|studied|graduated|\p{Ll}+ed)|I['’](?:m|ve|d))\b/u;

/**
 * "Senior Data Engineer, Allegro, Kraków.": a run of capitalised names that a layout (LaTeX moderncv
 * and its like) closes with a period. It ends no sentence: every word but the joiners is capitalised.
 */
function nameRun(text: string): boolean {
  const words = text
    .replace(/[.!?]["')\]]?$/u, '')
    .split(/[\s,;|/]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < 2 || words.length > 16) return false;
  return words.every((word) => NAME_JOINERS.has(word) || /^["'“(]?[\p{Lu}\p{N}]/u.test(word));
}

/**
 * "Quillon Freight (2019–2022). Senior engineer on the payments team, building …", "2019-now Acme (London): Senior
 * Engineer. Built …": a paragraph whose first sentence is a header, names (capitalised, no first person, at most 14
 * words) and a date range, run into the text of the job. That sentence becomes a line of its own, without its closing
 * period, and the rest another on the same line number (the sentence blanked, so columns stay), as if the writer had
 * broken the line there. A list item, a line going on from the one above and a line of one sentence are left whole,
 * and so is every line of a section whose other lines give dated headers.
 */
export function splitRunInHeaders(lines: readonly DocLine[]): DocLine[] {
  const heads = new Map<DocLine, { end: number; rest: number }>();
  let above: DocLine | undefined;
  for (const line of lines) {
    const opensParagraph =
      above === undefined || above.blank || above.heading > 0 || endsSentence(above.text);
    above = line;
    if (line.blank || line.bullet || !opensParagraph) continue;
    const [first, second] = sentences(line.text);
    if (!first || !second || line.text.slice(second.start).trim() === '') continue;
    const head = line.text.slice(0, first.end).trimEnd();
    const dates = findDates(head);
    const words = head.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (
      !dates.some((date) => date.kind === 'range') ||
      words > 14 ||
      FIRST_PERSON.test(head) ||
      !nameRun(withoutDates(head, dates))
    )
      continue;
    const closing = /\.$/u.test(head) && !ABBREVIATION.test(head.split(/\s+/u).pop() ?? '');
    heads.set(line, { end: closing ? head.length - 1 : head.length, rest: second.start });
  }
  // Only where the jobs are written so: a dated header line of another shape makes such a sentence a part of a job's
  // text ("Led the Rust Migration (2020 – 2021). It halved …" under "Platform Engineer, Quillon Freight, 2019 – 2022").
  if (heads.size === 0) return [...lines];
  const otherHeaders = lines.some(
    (line) =>
      !line.blank &&
      !line.bullet &&
      !heads.has(line) &&
      findDates(line.text).some((date) => date.kind === 'range'),
  );
  if (otherHeaders) return [...lines];
  return lines.flatMap((line) => {
    const head = heads.get(line);
    if (!head) return [line];
    // The raw line loses the header too ("**Acme** (2019–2022)."), its columns kept.
    const column = line.columns[head.rest] ?? 0;
    return [
      { ...line, text: line.text.slice(0, head.end).trimEnd() },
      {
        ...line,
        text: ' '.repeat(head.rest) + line.text.slice(head.rest),
        raw: ' '.repeat(column) + line.raw.slice(column),
      },
    ];
  });
}

/** The text with its dates blanked: the period of "Sept. 2019" or "Jan. 2020" ends no sentence. */
export function withoutDates(text: string, dates: readonly DateMention[]): string {
  let blanked = text;
  for (const date of dates) {
    blanked = blanked.slice(0, date.start) + ' '.repeat(date.end - date.start) + blanked.slice(date.end);
  }
  return blanked;
}

/**
 * The terms a US federal résumé prints under each job ("Grade Level: GS-0854-13 · Hours per week: 40",
 * "Series/Grade: GS-2210-13", "Salary: $78,000 per year", "Supervisor: Alan Brooks (703-555-0155)"): no employer,
 * title or team.
 */
const TERMS_FIELD =
  /^\s*(?:hours(?:\s+per\s+week)?|(?:pay\s+)?grade(?:\s+level)?|series(?:\s*\/\s*grade)?|pay\s+plan|salary|supervisor(?:'s\s+name)?|(?:okay|ok|may)\s+(?:to\s+)?contact(?:\s+this\s+supervisor)?)\s*[:：]/iu;

/**
 * A street address under an employer ("810 Vermont Avenue NW, Washington, DC 20420", "Kongens gate 2, 0153 Oslo"):
 * a house number before a street word, or a street word before the number. It names no employer.
 */
const POSTAL_ADDRESS =
  /^(?:\d{1,6}[A-Za-z]?\s+(?:[\p{L}.'-]+\s+){1,4}(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|place|pl|court|ct|parkway|pkwy|highway|hwy|pike|circle|square|terrace)\b\.?(?:\s+(?:[NS][EW]?|[EW]))?|(?:[\p{L}.'-]+\s+){0,3}[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|gate|gatan|vej|laan|straat)\s+\d{1,5}[a-z]?)\s*,/iu;

/**
 * The labels of a job's dates written as a field ("Dates of Employment: 04/2021 - Present", "Período: jan/2021 –
 * atual", "Zeitraum: 03/2019 – heute"): a source. In English and the languages whose CVs print jobs as forms.
 */
export const DATES_LABEL = String.raw`dates?(?:\s+employed|\s+of\s+employment)?|employment\s+dates?|(?:employment\s+|time\s+)?period|per[ií]odo|p[ée]riode|zeitraum|okres(?:\s+zatrudnienia)?|fechas?`;
/**
 * The labels of a job's title written as a field ("Job Title:", "Designation:", Spanish and Portuguese "Cargo:",
 * "Puesto:", "Função:", French "Poste:", German "Position:", Dutch "Functie:", Polish "Stanowisko:").
 */
export const TITLE_LABEL = String.raw`role|title|position|job\s+title|designation|cargo|puesto|funci[oó]n|fun[çc][ãa]o|poste|fonction|functie|stanowisko`;
/**
 * The labels of a job's employer written as a field ("Employer:", "Company Name:", "Empresa:", "Entreprise:",
 * "Arbeitgeber:", "Werkgever:", "Pracodawca:").
 */
export const EMPLOYER_LABEL = String.raw`(?:company|employer)(?:\s+name)?|empresa|entreprise|employeur|arbeitgeber|unternehmen|werkgever|pracodawca`;
/** A line's words: runs of it holding a letter or a digit (a dash or a bar between them is none). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A bar or a middle dot set between a profile line's fields. */
const BAR_OR_DOT = '[·•|]';

/** Where a profile's line parts its fields: a bar, a middle dot, a wide gap, a tab. */
const PIECES = new RegExp(String.raw`\s+${BAR_OR_DOT}\s+|\s*\|\s*|\s{2,}|\t`, 'u');

/**
 * A line's parts set apart by a bar or a middle dot with a space on each side ("Seguros | Tecnología", "Java · AWS"),
 * trimmed. Lookarounds, not `\s+` on both sides: a long run of spaces is read once, not once per start.
 */
const BARRED = new RegExp(String.raw`(?<=\s)${BAR_OR_DOT}(?=\s)`, 'u');
export function barredParts(text: string): string[] {
  return text.split(BARRED).map((part) => part.trim());
}

/** A field of a line that holds only separators, or nothing. */
const EMPTY_FIELD = /^[\s·|,()-]*$/u;

/**
 * Text that is a length of time and nothing else ("4 years 9 months", "(2 yrs)", "· 3 mos"): at least one length, and
 * only separators besides. A dash, a dot or brackets alone are no length. `replace` starts afresh whatever DURATION's
 * lastIndex holds.
 */
export function lengthOfTimeOnly(text: string): boolean {
  const rest = text.replace(DURATION, '');
  return rest !== text && rest.replace(/[\s·|,()-]/gu, '') === '';
}

/**
 * "2 years 7 months    Novi Sad" (a portal's date column, the length of the job under its dates, beside the lines
 * of the entry's other column): a length of time as a field of its own beside others, no line of text's words.
 */
export function lengthBeside(info: LineInfo): boolean {
  if (info.durations.length === 0 || info.durationOnly) return false;
  const pieces = info.line.text.trim().split(PIECES);
  return pieces.length >= 2 && pieces.some(lengthOfTimeOnly);
}

/** A line's opening dates label: the dates after it lead the line as a date column's do. */
const LEADING_DATES_LABEL = new RegExp(`^\\s*(?:${DATES_LABEL})\\s*[:：]\\s*$`, 'iu');

export function lineInfo(line: DocLine): LineInfo {
  // "Software Engineer (team lead since 2023)": the date of a role remarked on in a title's bracket is no date of
  // the line's.
  const remarks = titleRemarkSpans(line.text);
  const dates = findDates(line.text).filter(
    (date) => !remarks.some((span) => span.start < date.start && date.end < span.end),
  );
  const first = dates[0];
  const before = first ? line.text.slice(0, first.start) : '';
  const lead = first && (/^[\s(]*$/u.test(before) || LEADING_DATES_LABEL.test(before)) ? first : null;
  let restStart = lead ? lead.end : 0;
  const leadOpen = lead?.kind === 'single' && /^\s*[-–—]/u.test(line.text.slice(lead.end));
  while (restStart < line.text.length && /[\s:|,–—)•·-]/u.test(line.text[restStart] as string)) restStart++;
  // "Jul – Sep 2025 (summer internship)", "Mar 2021 – present (remote)": a bracket alone after the leading dates remarks
  // on them (how or how long the job was held), no title or employer of an entry.
  if (lead && /^\([^()]{1,60}\)\s*$/u.test(line.text.slice(restStart))) restStart = line.text.length;
  const rest = line.text.slice(restStart);
  const words = wordCount(line.text);
  const trimmed = line.text.trim();
  // A period after an abbreviation ("Inc.", "Sr.", "J.", "B.S.", "Dipl.-Inf.") ends no sentence.
  const lastWord =
    withoutClosingMarks(trimmed)
      .split(/[\s(]+/u)
      .pop() ?? '';
  // A date range in the left column heads an entry, whatever closes the line after it.
  const headed =
    lead?.kind === 'range' && words <= 16 && /^["'“(]?[\p{Lu}\p{N}]/u.test(rest) && !FIRST_PERSON.test(rest);
  // "Senior Engineer, Brightline Ltd. 2019 – present.": a header of names and its dates, set as a sentence.
  const namesAndRange = dates.some((date) => date.kind === 'range') && nameRun(withoutDates(trimmed, dates));
  // "Data Engineer (project for a client in the U.S.)": a period closing a bracket at the line's end ends no sentence of
  // the line's own; the words before the bracket decide.
  const sentence =
    /[.!?]["')\]]?$/u.test(trimmed.replace(/\s*\([^()]*\.\)$/u, '')) &&
    !ABBREVIATION.test(lastWord) &&
    !nameRun(trimmed) &&
    !namesAndRange &&
    !headed;
  const prose =
    FIRST_PERSON.test(line.text) ||
    words >= 18 ||
    (sentence && words >= 4) ||
    (words >= 10 && sentences(withoutDates(line.text, dates).replace(/\s*\([^()]*\.\)\s*$/u, '')).length > 1);
  const durations = [...line.text.matchAll(DURATION)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  const durationOnly = lengthOfTimeOnly(line.text);
  const pieces = trimmed.split(PIECES);
  // A field the line's bars or dashes leave empty ("Porto, Portugal |", "Porto, Portugal  -") is no length of time,
  // but it sets what stands beside it apart as a field of a row.
  const timeOrHow = (piece: string) => lengthOfTimeOnly(piece) || heldHow(piece) || EMPTY_FIELD.test(piece);
  // A place counts beside how or how long the job was held ("Lisbon, Portugal · Hybrid") or beside an empty field; a
  // place alone may be an employer's line ("Zenreach, San Francisco, CA"): see `placeAfterDates`.
  const terms = pieces.every((piece) => TERMS_FIELD.test(piece)) || POSTAL_ADDRESS.test(trimmed);
  const meta =
    durationOnly ||
    terms ||
    (dates.length === 0 &&
      trimmed !== '' &&
      (pieces.some(timeOrHow) || pieces.some(namesSite)) &&
      pieces.every((piece) => timeOrHow(piece) || placeOrSite(piece)));
  return { line, dates, lead, leadOpen, rest, restStart, words, prose, durations, durationOnly, meta, terms };
}

/**
 * "Jan 2022 - Present · 2 yrs 11 mos" over "Stockholm, Sweden": a place alone on the line after a job's
 * dates, or after what a profile prints about the job, is that job's location, no employer of its own.
 * Marks such lines `meta`.
 */
export function placeAfterDates(infos: readonly LineInfo[]): void {
  let previous: LineInfo | null = null;
  for (const info of infos) {
    if (info.line.blank) continue;
    if (previous && (previous.meta || previous.dates.length > 0) && info.dates.length === 0) {
      if (placeOrSite(info.line.text)) info.meta = true;
    }
    previous = info;
  }
}

/**
 * An employer's web address as a job portal prints it under the employer ("www.northwind-foods.ru",
 * "https://acme.io"): a scheme or "www." before the host. A bare domain ("bol.com", "booking.com") is a brand's name
 * too.
 */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$/u;

/** A bare lower-case domain ("stepnoy-trade.kz"): an address only after a place (see `siteAfterPlace`). */
const BARE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/u;

/**
 * "Novi Sad, www.northwind-foods.ru" over "Wholesale trade", "1 year 8 months    Insurance": the employer's line of
 * business a job portal prints in a job's header, right under its dates or what the portal prints about the job
 * (its length, its place), is none of the header's fields. Marks such lines `meta` and `terms`.
 */
export function industryAfterDates(infos: readonly LineInfo[]): void {
  for (const [n, info] of infos.entries()) {
    const above = infos[n - 1];
    if (
      !above ||
      above.line.blank ||
      info.line.blank ||
      info.line.bullet ||
      info.prose ||
      info.dates.length > 0
    )
      continue;
    if (!(above.meta || above.dates.length > 0)) continue;
    const pieces = info.line.text.trim().split(PIECES);
    if (
      pieces.some((piece) => namesIndustry(piece)) &&
      pieces.every((piece) => lengthOfTimeOnly(piece) || namesIndustry(piece))
    ) {
      info.meta = true;
      info.terms = true;
    }
  }
}

/** An employer's web address alone (see WEB_ADDRESS): no employer's name, title or place. */
export function webAddress(text: string): boolean {
  return WEB_ADDRESS.test(text.trim());
}

/**
 * "Novi Sad, www.northwind-foods.ru", "Karaganda, stepnoy-trade.kz": a job portal's line under an employer giving its
 * place and its web address, the place's part; null for any other text. A town's name alone counts as the place
 * there.
 */
export function siteAfterPlace(text: string): { place: string } | null {
  const trimmed = text.trim();
  // The last token and what stands before its run of spaces (and a comma closing it), found by walking back once:
  // a regex that parts the line there backtracks over every run of spaces.
  let space = trimmed.length - 1;
  while (space >= 0 && !/\s/u.test(trimmed[space] as string)) space--;
  if (space <= 0) return null;
  const address = trimmed.slice(space + 1);
  if (!WEB_ADDRESS.test(address) && !BARE_DOMAIN.test(address)) return null;
  let end = space;
  while (end > 0 && /\s/u.test(trimmed[end - 1] as string)) end--;
  if (end > 1 && trimmed[end - 1] === ',') end--;
  const place = trimmed.slice(0, end);
  return isLocation(place) || knownPlace(place) ? { place } : null;
}

/** An employer's web address, alone or after its place: a profile's line about the job wherever it stands. */
function namesSite(piece: string): boolean {
  return webAddress(piece) || siteAfterPlace(piece) !== null;
}

/** Where the job was, as a profile's line under an employer gives it: a place, a web address, or both. */
export function placeOrSite(text: string): boolean {
  const trimmed = text.trim();
  return isLocation(trimmed) || webAddress(trimmed) || siteAfterPlace(trimmed) !== null;
}

/** An entry: the header lines that open it and the body lines under it. */
export interface Entry {
  header: LineInfo[];
  body: LineInfo[];
}

/**
 * Cuts a section into entries. `startsEntry` says whether a line opens an entry; consecutive
 * header-like lines after it (before any body line) join its header, unless a line brings what the
 * header already has (a second date range, a second title), which opens the next entry.
 */
export function splitEntries(
  infos: readonly LineInfo[],
  startsEntry: (info: LineInfo, current: Entry | null) => boolean,
  joinsHeader: (info: LineInfo, current: Entry) => boolean,
): { entries: Entry[]; before: LineInfo[] } {
  const entries: Entry[] = [];
  const before: LineInfo[] = [];
  let current: Entry | null = null;
  for (const info of infos) {
    if (info.line.blank) continue;
    if (current && current.body.length === 0 && joinsHeader(info, current)) {
      current.header.push(info);
      continue;
    }
    if (startsEntry(info, current)) {
      current = { header: [info], body: [] };
      entries.push(current);
      continue;
    }
    if (current) current.body.push(info);
    else before.push(info);
  }
  return { entries, before };
}

/** First and last line numbers an entry covers. */
export function entrySpan(entry: Entry): { first: number; last: number } {
  const all = [...entry.header, ...entry.body].map((info) => info.line.n);
  return { first: Math.min(...all), last: Math.max(...all) };
}

/**
 * The text without the quotes and brackets closing it, walked from the end: the regex /["')\]]+$/ tries every start of
 * a run of them, which is quadratic over a line of thousands of closing brackets.
 */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && `"')]`.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
