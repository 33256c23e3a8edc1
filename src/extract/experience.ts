import type { Catalogue } from '../catalogue/catalogue.js';
import { lookupKey, looseCompanyKey } from '../catalogue/lookup-key.js';
import { knownPlace } from '../catalogue/places.js';
import { type DateMention, findDates, LEADING_SEASON, monthKey } from './dates.js';
import {
  employerAfterAt,
  employerBesideTitle,
  fieldAfterTitle,
  lowerCaseUnitAfterTitle,
  titleAcrossDash,
} from './employer-beside-title.js';
import {
  engagementLines,
  freelanceWithoutClient,
  namesCommunity,
  namesFreelance,
  namesMarketplace,
  namesNationalService,
  ownAccountAlone,
} from './engagements.js';
import {
  ABBREVIATION,
  barredParts,
  DATES_LABEL,
  DURATION,
  EMPLOYER_LABEL,
  EMPLOYMENT_TYPE_WORDS,
  type Entry,
  entrySpan,
  heldHow,
  industryAfterDates,
  type LineInfo,
  lengthBeside,
  lineInfo,
  OWN_ACCOUNT_WORDS,
  placeAfterDates,
  placeOrSite,
  siteAfterPlace,
  splitEntries,
  splitRunInHeaders,
  TITLE_LABEL,
  WORK_MODE_WORDS,
  webAddress,
} from './entries.js';
import { EMPTY_VALUE, entryLabel, labelledPairs, lineCells } from './entry-labels.js';
import { federalBlocks } from './federal-blocks.js';
import { foldKey } from './fold.js';
import { type FormRowField, formRow, markEngagementRecords, onlyDate } from './form-rows.js';
import {
  bracketNamesEmployer,
  companyEvidence,
  features,
  HELD_AS,
  joinWrappedNames,
  nameWords,
  type Part,
  type PartFeatures,
  type PartLabel,
  RESEARCH_UNIT,
  splitParts,
  titleAt,
} from './header-parts.js';
import { CUT_WORDS, type DocLine } from './line-model.js';
import { type Located, type LocatedDate, locate } from './located.js';
import { remarkOnJob, remarksOnTitle, splitPromotions, titleBeforeArrow } from './promotions.js';
import { unitOfUniversity } from './school-names.js';
import { endsSentence, sentences } from './sentences.js';
import { fieldLabel, splitPositionTables } from './tables.js';
import {
  isCountry,
  isInstitution,
  isLocation,
  looseSectionKind,
  NAME_JOINERS,
  namesEnglishRole,
  opensWithDegree,
  organisationName,
  organisationScore,
  sectionKind,
  sentenceCasedBody,
  sharesWord,
  TEAM_WORD,
  titleScore,
  townBeforeStateCode,
} from './vocabulary.js';

/** A position read from an entry of the experience section (or from prose). */
export interface PositionDraft {
  company: Located | null;
  title: Located | null;
  team: Located | null;
  location: Located | null;
  start: LocatedDate | null;
  end: LocatedDate | null;
  current: Located | null;
  summary: Located[];
  highlights: Located[];
  /** Sub-headings inside the entry: platforms, systems, products worked on. */
  projects: { name: Located; first: number; last: number }[];
  /** Lines the position covers; technologies named on them are the position's. */
  first: number;
  last: number;
  /** Lines about the position away from its header ("### Stripe" under a table of positions). */
  details?: { first: number; last: number }[];
  /** Prose positions start inside a line: where, so a technology before it stays with the one before. */
  from?: { line: number; column: number };
  confidence: number;
  notes: string[];
  /** Header text that looks like a date the grammar could not read ("Sept '2019", "Q5/19"). */
  unreadableDate?: Located;
  /** How the position was found, for warnings. */
  origin: 'header' | 'prose';
  /**
   * Brackets that say how the job was held ("(Contract via Larchmont Staffing)"): an agency's name in them is no
   * technology the position used.
   */
  engagement?: Located[];
}

/** What a date looks like to a reader: a month's name, a year, digits around a slash. */
const DATE_LIKE =
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*['’]?\d+|\b(?:19|20)\d\d\b|\b\d{1,2}\s*[/.]\s*\d{2,4}\b/iu;

/** A position with nothing read yet, covering lines `first` to `last`. */
export function emptyPosition(first: number, last: number, origin: PositionDraft['origin']): PositionDraft {
  return {
    company: null,
    title: null,
    team: null,
    location: null,
    start: null,
    end: null,
    current: null,
    summary: [],
    highlights: [],
    projects: [],
    first,
    last,
    confidence: origin === 'prose' ? 0.6 : 0.5,
    notes: [],
    origin,
  };
}

/** Most words capitalised, as headers and names are set ("Senior Software Engineer, Stripe"). */
export function titleCased(text: string): boolean {
  const words = withoutLegalForm(
    text.split(/[\s,;|/()]+/u).filter((word) => /\p{L}/u.test(word) && !NAME_JOINERS.has(word)),
  );
  if (words.length === 0) return false;
  // A name may start in lower case before its capitals ("eBay", "xAI", "iRobot"), or with a dot (".NET").
  const capitalised = words.filter((word) =>
    /^(?:[\p{Lu}\p{N}"'“(]|\p{Ll}{1,2}\p{Lu}|\.\p{Lu})/u.test(word),
  ).length;
  return capitalised / words.length >= 0.6;
}

/**
 * The words of a name without the abbreviated legal form closing it ("Span d.d.", "Profinit s.r.o.", "Sp. z o.o."):
 * the form is written as the law writes it, not cased as a name is. Only a form with its dots counts: "as" or "ab"
 * in lower case is a word of a sentence.
 */
function withoutLegalForm(words: string[]): string[] {
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const tail = words.slice(-take).join(' ');
    if (tail.includes('.') && looseCompanyKey(`x ${tail}`) === 'x') return words.slice(0, -take);
  }
  return words;
}

/**
 * "bunq, Amsterdam", "bol.com — Utrecht": a name set in lower case as its brand is, before a capitalised place; of
 * several words when the last is a legal form ("msg systems ag, Ismaning").
 */
function lowerCaseBrand(text: string): boolean {
  const brand =
    /^(\p{Ll}[\p{Ll}\p{N}.&-]*(?:\s+\p{Ll}[\p{Ll}\p{N}.&-]*){0,3})(?:\s*,\s*|\s+[—–|·-]\s+)(\S.*)$/u.exec(
      text.trim(),
    );
  if (brand === null || !titleCased(brand[2] as string)) return false;
  const name = brand[1] as string;
  return !/\s/u.test(name) || looseCompanyKey(name) !== null;
}

/**
 * "bunq", "bol.com", "msg systems ag" alone on a line: a name set in lower case as its brand is. A name with a
 * domain's dot is one wherever it stands; a plain word, or a few words closed by a legal form, only set apart by a
 * blank line above, as a wrapped sentence's last words may stand alone too.
 */
function soleBrand(info: LineInfo, setApart: () => boolean): boolean {
  const text = info.line.text.trim();
  if (/^\p{Ll}[\p{Ll}\p{N}-]*(?:\.\p{Ll}{2,})+$/u.test(text)) return true;
  const word = /^\p{Ll}[\p{Ll}\p{N}]{2,}$/u.test(text);
  const legal =
    /^\p{Ll}[\p{Ll}\p{N}.&-]*(?:\s+[\p{Ll}\p{N}.&-]+){1,3}$/u.test(text) && looseCompanyKey(text) !== null;
  return (word || legal) && setApart();
}

/** A table cell's list item: the text after a column's bar opens with a list marker ("| - Built the …"). */
const CELL_ITEM = /^\s*\|\s*[-–•*]\s/u;

/** "8 members", "team of 12", "~40 engineers", "5 direct reports": the size of a team, in a header's bracket. */
const HEADCOUNT =
  /^(?:(?:(?:a\s+)?team\s+of\s+|~\s*|approx\.?\s+)\d+\+?\s*(?:members?|people|persons?|engineers?|developers?|(?:direct\s+)?reports?|FTEs?|staff|heads?)?|(?:about\s+|c\.\s*)?\d+\+?\s*(?:members?|people|persons?|engineers?|developers?|(?:direct\s+)?reports?|FTEs?|staff|heads?))$/iu;

/** "Team: Payments", "Tech stack: Go, Kafka", "Project: Ledger (Go)": a labelled field of an entry's body. */
const FIELD_LABEL =
  /^(team|group|department|squad|projects?|(?:tech(?:nology|nologies)?\s*)?stack|tech(?:nologies)?(?:\s+used)?|tools(?:\s+used)?|environment|skills(?:\s+used)?|client|customer|location|key\s+\w+|highlights?|achievements?|responsibilities)\s*[:：]\s*(.*)$/iu;

function labelled(info: LineInfo): RegExpExecArray | null {
  return (
    FIELD_LABEL.exec(info.line.text) ??
    // "Languages: Go, Rust, C": a label over a list; dates before the colon lead a job's line ("2021 – now: Staff
    // Engineer @ UiPath (Go, Kubernetes, PostgreSQL)", "April 2014 – June 2020: Hoshizora, Inc. (now …)"), no label.
    (!datesBeforeColon(info) && /^[^:：]{1,30}[:：]\s*[^,]+(?:,[^,]+){2,}$/u.test(info.line.text)
      ? /^([^:：]{1,30})[:：]\s*(.*)$/u.exec(info.line.text)
      : null) ??
    // "Supervisor: Ms. Jane Roe, (202) 555-0199", "Hours per week: 40": a form's field, with no dates.
    (info.dates.length === 0 ? formField(info.line.text) : null)
  );
}

/** Whether the dates leading a line stand before its first colon ("2021 – now: Staff Engineer @ UiPath"). */
function datesBeforeColon(info: LineInfo): boolean {
  const colon = info.line.text.search(/[:：]/u);
  return info.lead !== null && colon >= 0 && info.lead.start < colon;
}

/** A form's field that is no field of the position's header (those are read as the header's). */
function formField(text: string): RegExpExecArray | null {
  const field = FORM_FIELD.exec(text);
  return field && !HEADER_FIELD.test(field[1] as string) ? field : null;
}

const HEADER_FIELD = new RegExp(
  `^(?:${TITLE_LABEL}|${EMPLOYER_LABEL}|organi[sz]ation(?:\\s+name)?|client|duration|${DATES_LABEL}|from|to|since|location|team)$`,
  'iu',
);

/** A form's field: a label of up to four words before a colon, then its value. */
const FORM_FIELD = /^(\p{Lu}[\p{L}/&-]*(?:\s[\p{L}/&-]+){0,3})[:：]\s+(\S.*)$/u;

/**
 * Time between or beside positions that is no position: a sabbatical, a career break, leave, national service; in
 * English and as German, Dutch, French, Spanish, Portuguese and Polish CVs name parental leave and a break
 * ("Elternzeit", "Mutterschutz", "Auszeit", "ouderschapsverlof", "congé parental", "excedencia", "licença-maternidade",
 * "urlop macierzyński"); Latin American, Italian, Romanian and Nordic CVs' leave ("Licencia por maternidad",
 * "congedo parentale", "concediu de maternitate", "vanhempainvapaa", "föräldraledighet", "foreldrepermisjon") and
 * military service ("Varusmiespalvelus", "asepalvelus", "ajateenistus", "værnepligt", "stagiu militar"); a
 * newcomers' bridging programme (Canada's courses for immigrants before their first job there); a career switch and a
 * year of learning or travel between jobs ("Career switch", "A year of learning", "Cambio de carrera", "Transição de
 * carreira", "Año sabático").
 */
const CAREER_BREAK =
  /^(?:(?:career|planned|family)\s+break|break|sabbatical(?:\s+(?:year|leave))?|gap\s+year|career\s+(?:switch|change|transition|pivot)|(?:an?\s+)?(?:year|months?)\s+(?:of\s+)?(?:learning|retraining|self[-\s]study|travel(?:l?ing)?)|year\s+out|time\s+off|cambio\s+de\s+carrera|transici[óo]n\s+(?:de\s+carrera|profesional)|a[ñn]o\s+sab[áa]tico|transi[çc][ãa]o\s+de\s+carreira|ano\s+sab[áa]tico|leave\s+of\s+absence|(?:parental|maternity|paternity|family|medical)\s+leave|(?:(?:compulsory|mandatory|obligatory)\s+)?(?:military|national|civil(?:ian)?|alternative)\s+service|(?:compulsory|mandatory|obligatory)\s+service|conscription|elternzeit|mutterschutz|auszeit|sabbatjahr|familienzeit|ouderschapsverlof|zwangerschapsverlof|cong[ée]\s+(?:parental|maternit[ée]|paternit[ée]|sabbatique)|excedencia(?:\s+por\s+cuidado\s+de\s+hij[oa]s?)?|baja\s+(?:por\s+)?(?:maternidad|paternidad)|licen[çc]a[\s-](?:maternidade|paternidade)|urlop\s+(?:macierzy[ńn]ski|rodzicielski|wychowawczy|ojcowski)|(?:mate[řr]sk[áa]|rodi[čc]ovsk[áa])(?:\s+a\s+rodi[čc]ovsk[áa])?\s+dovolen(?:[áa]|ka)|(?:licencia|permiso)\s+(?:por\s+|de\s+)?(?:maternidad|paternidad|parental)|congedo\s+(?:di\s+)?(?:maternit[àa]|paternit[àa]|parentale)|concediu\s+(?:de\s+)?(?:maternitate|paternitate|(?:pentru\s+)?cre[șş]terea?(?:\s+a)?\s+(?:copilului|copiilor))|vanhempainvapaa|[äa]itiysloma|isyysloma|hoitovapaa|f[öo]r[äa]ldraledig(?:het)?|(?:mamma|pappa)ledig(?:het)?|foreldrepermisjon|barselsorlov|barselspermisjon|lapsehoolduspuhkus|vanemapuhkus|varusmiespalvelus|asepalvelus|siviilipalvelus|ajateenistus|v[æa]rnepligt|f[øo]rstegangstjeneste|verneplikt|stagiu(?:l)?\s+militar|(?:(?:newcomers?|immigrants?)['’]?\s+)?bridging\s+program(?:me)?)$/iu;

/**
 * Retraining for a new trade between jobs, in English and as German, Dutch, Swedish, Danish, Norwegian, Spanish,
 * French, Portuguese, Italian and Polish CVs name it ("Retraining", "Umschulung zum …", "Omscholing", "Omskolning",
 * "Reconversión profesional", "Reconversion professionnelle", "Riqualificazione professionale"): heading a dated
 * entry of the experience, a course taken, no position. (Under education it is the course's entry: see
 * `opensWithBreak`.)
 */
const RETRAINING =
  /^(?:(?:(?:career|vocational)\s+)?re-?training|re-?skilling|umschulung(?:\s+(?:zum|zur|als)\s+.+)?|omscholing(?:\s+(?:tot|naar)\s+.+)?|omskolning|omskoling|reconversi[óo]n(?:\s+(?:profesional|laboral))?|reconversion(?:\s+professionnelle)?|reconvers[ãa]o(?:\s+profissional)?|riqualificazione(?:\s+professionale)?|przekwalifikowanie(?:\s+zawodowe)?)$/iu;

/** A header's part naming a break or a national service scheme ("Sabbatical", "NYSC"): no position. */
function namesBreak(text: string): boolean {
  return CAREER_BREAK.test(text) || namesNationalService(text);
}

/** A header's part naming a break, a national service scheme or a retraining (see `RETRAINING`): no position. */
function namesTimeAway(text: string): boolean {
  return namesBreak(text) || RETRAINING.test(text);
}

/**
 * A line whose first clause names a break or a national service ("- Mandatory military service, signal corps",
 * "Leave of absence for military service, 2016–2017"): time away, whichever section it stands in.
 */
export function opensWithBreak(text: string): boolean {
  const opening = text
    .replace(/^[^\p{L}]+/u, '')
    .split(/[,;:(]|\.(?:\s|$)|\s[-–—]\s|\s(?:for|during|from|in)\s/u)[0]
    ?.trim();
  return opening !== undefined && namesBreak(opening);
}

/** An entry whose header names a break, not a position ("Sabbatical", "Military service: Hellenic Navy"). */
function careerBreak(entry: Entry): boolean {
  return (
    entry.header.some((info) =>
      splitParts(info.line, blanks(info)).some((part) => namesTimeAway(part.text) && !bracketed(part)),
    ) ||
    entry.body.slice(0, 4).some(breakTitleField) ||
    entry.header.some((info) => OFFER_NOT_STARTED.test(info.line.text))
  );
}

/**
 * "Congedo di maternità" over its dates, then a blank line and "Yoox Net-a-Porter Group — Bologna" over titles each
 * dated: a dated break holds only its own lines, so a header's line after a blank line opens the next entry (a
 * break has no employer to hand on to the titles under it).
 */
function afterBreak(info: LineInfo, current: Entry | null): boolean {
  if (!current || info.line.bullet || info.prose) return false;
  const last = current.body.at(-1) ?? current.header.at(-1);
  return (
    last !== undefined &&
    info.line.n > last.line.n + 1 &&
    current.header.some((line) => line.dates.length > 0) &&
    careerBreak(current)
  );
}

/**
 * "### Republic of Korea Army | 2016.02 ~ 2017.11" over "- Mandatory military service, signal corps": an entry whose
 * header names no title and whose first line under it (in its body, or the undated entry after it, which
 * `careerBreak` drops) opens with a break or a national service is that time, no position.
 */
function breakUnderName(entry: Entry, next: Entry | undefined): boolean {
  const first =
    entry.body.find((info) => !info.line.blank) ??
    (next?.header.every((info) => info.dates.length === 0) ? next.header[0] : undefined);
  return (
    first !== undefined &&
    opensWithBreak(first.line.text) &&
    entry.header.every((info) =>
      splitParts(info.line, blanks(info)).every((part) => titleScore(part.text) === 0),
    )
  );
}

/**
 * "Persistent Systems Ltd. | Joining on 3 Aug 2026 (offer accepted)": a job the person has been offered and has not
 * started when writing, no position held.
 */
const OFFER_NOT_STARTED =
  /(?<![\p{L}])(?:offer\s+(?:accepted|received|letter\s+received)|joining\s+(?:on|date|from)(?![\p{L}])|yet\s+to\s+join|will\s+be\s+joining)/iu;

/** "Role: Intelligence Corps (mandatory service)": a job's title written as a field, its value (group 1). */
const TITLE_PROPERTY = new RegExp(String.raw`^(?:${TITLE_LABEL})\s*[:：]\s*(\S.*)$`, 'iu');

/**
 * A property line under an employer's heading giving, for the title, a break ("Role: Military service") or a unit
 * with a break in brackets after it ("Role: Intelligence Corps (mandatory service)"); a title with one ("Role: IT
 * Officer (National Service)") is a posting.
 */
function breakTitleField(info: LineInfo): boolean {
  if (info.line.bullet) return false;
  const value = TITLE_PROPERTY.exec(info.line.text.trim())?.[1]?.trim();
  if (value === undefined) return false;
  if (namesBreak(value)) return true;
  const bracket = /\(([^()]*)\)$/u.exec(value);
  return (
    bracket !== null &&
    namesBreak(bracket[1] as string) &&
    titleScore(value.slice(0, bracket.index).trimEnd()) === 0
  );
}

/**
 * "IT Officer (National Service)", "Lagos State Ministry of Health (NYSC)": a bracket after a name says how the job
 * was held, not that it was a break. (A unit's name as a title field, "Role: Intelligence Corps (mandatory
 * service)", is read by breakTitleField.)
 */
function bracketed(part: Part): boolean {
  const text = part.line.text;
  return text[part.start - 1] === '(' && text[part.end] === ')' && /\S/u.test(text.slice(0, part.start - 1));
}

function rangeKeys(date: DateMention): [number, number] | null {
  if (date.kind !== 'range' || !date.from) return null;
  const from = date.from.year * 100 + (date.from.month ?? 1);
  const to = date.ongoing || !date.to ? Number.POSITIVE_INFINITY : date.to.year * 100 + (date.to.month ?? 12);
  return [from, to];
}

/**
 * "  Mission for Airbus (2016 - 2019): …" indented under "Sopra Steria  2014 - 2019": a line set deeper
 * than its entry's header, with dates inside the entry's, is a part of that position (an assignment,
 * a project), not a position of its own.
 */
function nestedIn(info: LineInfo, current: Entry): boolean {
  const head = current.header[0];
  if (!head || info.line.indent <= head.line.indent || info.line.bullet) return false;
  return rangeWithin(
    info.dates,
    current.header.flatMap((line) => line.dates),
  );
}

/** True when the first range among `inner` lies within the first range among `outer` (an assignment in a job). */
function rangeWithin(inner: readonly DateMention[], outer: readonly DateMention[]): boolean {
  const held = inner.map(rangeKeys).find((keys) => keys !== null);
  const holder = outer.map(rangeKeys).find((keys) => keys !== null);
  return !!held && !!holder && holder[0] <= held[0] && held[1] <= holder[1];
}

function hasRange(info: LineInfo): boolean {
  return info.dates.some((date) => date.kind === 'range');
}

function dateOnly(info: LineInfo): boolean {
  return info.lead !== null && info.rest.trim() === '';
}

/**
 * "Ministry of Health and Medical Services, Nawerewere" over "  Data Entry Clerk    Jul 2021 - Jan 2022": a line whose
 * name (before its place) is an organisation's (a ministry, an authority, a board, a hospital: `organisationName`)
 * over a dated row, indented under it or at its margin, is that row's employer, as a name with a legal form is,
 * whatever the row's title. At the row's margin the caller asks that the line be set apart by a blank line and that
 * the row's dates not lie within the position above (an engagement within it).
 */
function organisationOverRow(info: LineInfo, next: LineInfo): boolean {
  const name = (info.line.text.split(',')[0] as string).trim();
  return (
    !next.line.bullet &&
    next.line.indent >= info.line.indent &&
    hasRange(next) &&
    !dateOnly(next) &&
    organisationName(name)
  );
}

/** A line wholly in brackets ("(Aug 2025 - Till Date)"): a remark on the line above it. */
const BRACKETED = /^\s*[([][^()[\]]*[)\]]\s*$/u;

/** The text after a line's dates, without the separators before it and the spaces and emphasis marks closing it. */
function afterDates(info: LineInfo): string {
  const rest = info.rest.replace(/^[\s|·•,–—*_-]+/u, '');
  // Walked back over once (a regex anchored at the end retries every run).
  let end = rest.length;
  while (end > 0 && /[\s*_]/u.test(rest[end - 1] as string)) end--;
  return rest.slice(0, end);
}

/**
 * "Aug 2022 - Present | Leeds, UK": a line of dates and the place the job was in, nothing else. With `anyCapitalised`,
 * one range and after it one to three words from a capital count too ("*mars 2019 – nu* · Kungälv"): a town no
 * gazetteer knows, and alike a title or the terms ("· Full-time", "· Remote"), which such a line may hold there.
 */
function datesAndPlace(info: LineInfo, anyCapitalised = false): boolean {
  const rest = afterDates(info);
  if (info.lead === null || rest === '') return false;
  if (isLocation(rest) || knownPlace(rest)) return true;
  return (
    anyCapitalised &&
    info.dates.length === 1 &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(rest)
  );
}

/**
 * "* Associate Data Engineer, Quadrant Data Labs, Pune" over "  (Aug 2025 - Till Date)" over "  - Wrote dbt models":
 * positions written as a two-level list, each top item a header whose dates (and the place, if any) stand on the next
 * line, indented under it or set in brackets (a Word list's items share one indent), and whose details are its
 * sub-items. Such an item is an entry's header, whatever its words: the list's other items are details. An item with
 * no dates of its own under it stays a detail.
 */
function listItemsOverDates(content: readonly LineInfo[]): Set<LineInfo> {
  const items = new Set<LineInfo>();
  content.forEach((info, index) => {
    const below = content[index + 1];
    if (
      below &&
      info.line.bullet &&
      info.line.heading === 0 &&
      info.dates.length === 0 &&
      !info.prose &&
      info.words <= 12 &&
      !below.line.bullet &&
      (below.line.indent > info.line.indent || BRACKETED.test(below.line.text)) &&
      hasRange(below) &&
      (dateOnly(below) || datesAndPlace(below))
    )
      items.add(info);
  });
  return items;
}

/** A field of an entry written as a label and its value ("From: 2021-11", "Role: Staff Engineer"). */
const ENTRY_FIELD = new RegExp(
  `^(\\s*)(from|start(?:\\s+date)?|since|to|until|end(?:\\s+date)?|when|${DATES_LABEL}|duration|tenure|${TITLE_LABEL}|${EMPLOYER_LABEL})\\s*[:：]\\s*(\\S(?:.*\\S)?)\\s*$`,
  'iu',
);

/** Form fields that describe the job: their lines belong to its summary, and a date in them is no date of it. */
const DESCRIBING_FIELD = 'describing';
/** The employer's line of business ("Type of business or sector: IT consulting"): no part of what the person did. */
const SECTOR_FIELD = 'sector';

function entryField(info: LineInfo): { name: string; value: string; at: number } | null {
  const field = ENTRY_FIELD.exec(info.line.text);
  if (!field) {
    if (info.recordEmployer) return { name: 'employer', ...info.recordEmployer };
    const row = formRow(info.line.text);
    return (row && { ...row, name: FORM_FIELD_NAMES[row.field] }) ?? positionLabel(info);
  }
  const value = field[3] as string;
  return { name: (field[2] as string).toLowerCase(), value, at: info.line.text.lastIndexOf(value) };
}

/**
 * "Firma: Arçelik A.Ş.", "Pozisyon: …", "Tarih: Eylül 2021 – Halen", "Empresa: …", "Stanowisko: …": a labelled
 * line of a position's block in any language `entryLabel` reads, for the fields that make a position (employer,
 * title, dates). Its place and department are details (`labelledDetail`).
 */
function positionLabel(info: LineInfo): { name: string; value: string; at: number } | null {
  const found = entryLabel(info.line.text);
  if (!found || found.field === 'location' || found.field === 'team') return null;
  return { name: found.field, value: found.value, at: found.at };
}

/** "City: İstanbul", "Departman: Ar-Ge", "Company Location : Baridhara, Dhaka": a position's place or unit. */
function labelledDetail(info: LineInfo): { name: 'location' | 'team'; value: string; at: number } | null {
  const found = entryLabel(info.line.text);
  if (!found || (found.field !== 'location' && found.field !== 'team')) return null;
  return { name: found.field, value: found.value, at: found.at };
}

/** An engagement record's employer line under an entry that holds one already: the next record, blank line or not. */
function nextRecord(info: LineInfo, current: Entry | null): boolean {
  return (
    info.recordEmployer !== undefined &&
    current !== null &&
    [...current.header, ...current.body].some((line) => line.recordEmployer !== undefined)
  );
}

/** A Europass row's field by the name of the entry field it is. */
const FORM_FIELD_NAMES: Record<FormRowField, string> = {
  dates: 'dates',
  title: 'title',
  employer: 'employer',
  describing: DESCRIBING_FIELD,
  sector: SECTOR_FIELD,
  degree: DESCRIBING_FIELD,
  school: DESCRIBING_FIELD,
  subjects: DESCRIBING_FIELD,
  level: DESCRIBING_FIELD,
};

function employerField(info: LineInfo): boolean {
  const field = entryField(info);
  return field !== null && EMPLOYER_FIELD.test(field.name);
}

const EMPLOYER_FIELD = new RegExp(`^(?:${EMPLOYER_LABEL})$`, 'u');
const TITLE_FIELD = new RegExp(`^(?:${TITLE_LABEL})$`, 'u');

/**
 * Reads an entry's labelled fields into the draft where its header left them empty: "From:" and
 * "To:" (or "Dates:") the dates, "Role:"/"Title:" the title, "Company:"/"Employer:" the employer.
 * Returns the lines it read, which are no part of the summary.
 */
function readEntryFields(draft: PositionDraft, body: readonly LineInfo[]): Set<LineInfo> {
  const read = new Set<LineInfo>();
  for (const info of body) {
    const field = entryField(info) ?? labelledDetail(info);
    if (!field) continue;
    const { name, value, at } = field;
    const located = locate(info.line, at, at + value.length, value, 0.8);
    // "date_start: '2022-02-01'" over "date_end: ''": a start whose end is left empty is still held.
    if (name === 'to' && EMPTY_VALUE.test(value)) {
      if (draft.start && !draft.end) draft.current ??= located;
      read.add(info);
      continue;
    }
    if (name === 'location' || name === 'team') {
      if (name === 'location') draft.location ??= located;
      else draft.team ??= located;
      read.add(info);
      continue;
    }
    const [date] = findDates(value).map((found) => ({
      ...found,
      start: found.start + at,
      end: found.end + at,
    }));
    if (name === DESCRIBING_FIELD) {
      continue;
    } else if (name === SECTOR_FIELD) {
      read.add(info);
      continue;
    } else if (TITLE_FIELD.test(name)) {
      // "Role: Senior Frontend Developer, Admin Performance team": the unit after the comma is the team.
      const comma = value.lastIndexOf(', ');
      const unit = value.slice(comma + 2);
      // "Occupation or position held: Junior Web Developer (apprenticeship)": how the person was engaged is no
      // part of the title.
      const engaged = closingBracket(value);
      // "Designation : Software Engineer (2019 Jan - 2022 Jan)": a title dated in brackets after it, as a CV
      // gives each of two titles at one employer, or the line an earlier title held in turn was split from
      // ("Position: Graduate Developer (2015 – 2016)"); the dates are the position's. A bracket that holds more
      // than dates ("(Payments, 2016 – 2020)") stays in the title.
      const dated =
        engaged &&
        date?.kind === 'range' &&
        date.start >= at + engaged.before.length &&
        onlyDate(engaged.inner)
          ? date
          : null;
      if (draft.title) {
        // The header named the title.
      } else if (dated && engaged) {
        draft.title = locate(info.line, at, at + engaged.before.length, engaged.before, 0.8);
        if (!draft.start) setRange(draft, info.line, dated);
      } else if (engaged && ENGAGEMENT.test(engaged.inner.trim())) {
        draft.title = locate(info.line, at, at + engaged.before.length, engaged.before, 0.8);
        const inner = at + value.lastIndexOf(engaged.inner);
        heldHowSpan(draft, locate(info.line, inner, inner + engaged.inner.length, engaged.inner, 0.8));
      } else if (comma > 0 && TEAM_WORD.test(unit) && titleScore(unit) === 0) {
        draft.title = locate(info.line, at, at + comma, value.slice(0, comma), 0.8);
        draft.team ??= locate(info.line, at + comma + 2, at + value.length, unit, 0.7);
      } else {
        draft.title = located;
      }
    } else if (EMPLOYER_FIELD.test(name)) {
      // "Company: Emirates NBD, Dubai, UAE": a place after the employer's name is its location.
      const comma = value.indexOf(', ');
      const place = comma > 0 ? value.slice(comma + 2) : '';
      // "Name and address of employer: Kestrel Pay UAB, Gedimino pr. 1, Vilnius": the address starts after
      // the name, at the first comma that no legal form follows ("Webranking S.r.l., Correggio (Italy)").
      const address = formRow(info.line.text)?.field === 'employer' ? nameEnd(value) : -1;
      if (draft.company) {
        // The header named the employer.
      } else if (
        place !== '' &&
        (isLocation(place) ||
          // "Organization : Meghna Digital Services, Sylhet": a town the gazetteer knows.
          knownPlace(place) ||
          // "Employer: Kaveri Softech Pvt. Ltd., Mysuru": after a name closed by its legal form, a place.
          (looseCompanyKey(value.slice(0, comma)) !== null && looseCompanyKey(`x ${place}`) !== 'x'))
      ) {
        draft.company = locate(info.line, at, at + comma, value.slice(0, comma), 0.8);
        draft.location ??= locate(info.line, at + comma + 2, at + value.length, place, 0.7);
      } else if (address > 0) {
        draft.company = locate(info.line, at, at + address, value.slice(0, address), 0.8);
      } else {
        draft.company = located;
      }
    } else if (!date) {
      continue;
    } else if (date.kind === 'range') {
      if (!draft.start) setRange(draft, info.line, date);
    } else if (/^(?:from|start|since)/u.test(name)) {
      if (!draft.start) setDate(draft, 'start', info.line, date);
    } else if (date.kind === 'single' && !/^(?:to|until|end)/u.test(name)) {
      // "When: Summer 2017", "Dates: 2019": one date for the whole position, which lies within it.
      if (!draft.start) {
        setDate(draft, 'start', info.line, date);
        setDate(draft, 'end', info.line, date);
      }
    } else if (date.kind === 'ongoing') {
      if (!draft.end && !draft.current)
        draft.current = locate(info.line, date.start, date.end, date.text, 0.8);
    } else if (!draft.end && !draft.current) {
      setDate(draft, 'end', info.line, date);
    }
    read.add(info);
  }
  return read;
}

/** Where an employer's name ends before ", " and its address: at the first comma no legal form follows, else -1. */
function nameEnd(value: string): number {
  let end = value.indexOf(', ');
  while (end > 0) {
    const next = value.indexOf(', ', end + 2);
    // "Booz Allen Hamilton, Inc.": a part that is a legal form alone is the name's.
    if (looseCompanyKey(`x ${value.slice(end + 2, next > 0 ? next : value.length)}`) !== 'x') return end;
    end = next;
  }
  return -1;
}

/**
 * "on WebLogic, Oracle, Puppet.", "starting October 2023": a line opening with a little word in lower case goes on
 * with the text above.
 */
function continuation(info: LineInfo): boolean {
  return /^(?:on|in|for|and|or|with|of|to|the|by|from|into|using|via|as|plus|starting|beginning|ending|effective|including|following|after|before|during)\s/u.test(
    info.line.text.trimStart(),
  );
}

/**
 * "  • Cut the bill 22% with Savings Plans and" over "    Karpenter on EKS": a hard-wrapped list item goes on
 * on the next line, set deeper than the item's marker with no blank line between. The line is the item's
 * text, however it is cased, never a header.
 */
function wrappedLines(infos: readonly LineInfo[]): Set<LineInfo> {
  const wrapped = new Set<LineInfo>();
  let item: LineInfo | null = null;
  infos.forEach((info, index) => {
    if (info.line.blank || info.line.heading > 0) {
      item = null;
    } else if (info.line.bullet) {
      item = info;
    } else if (item && info.line.indent > item.line.indent && info.dates.length === 0) {
      wrapped.add(info);
    } else {
      item = null;
      if (sentenceCut(infos[index - 1], info)) wrapped.add(info);
    }
  });
  return wrapped;
}

/** A line of running text that stops at a word no phrase ends with ("… with Unity on a"). */
const CUT_SENTENCE = new RegExp(String.raw`\s(?:${CUT_WORDS})$`, 'u');

/**
 * "… Hardware-in-the-loop tests with Unity on a" over "Raspberry Pi rig.": a paragraph hard-wrapped after a word
 * that cannot end a phrase goes on on the next line, which is its text, however it is cased, never a header.
 */
function sentenceCut(above: LineInfo | undefined, info: LineInfo): boolean {
  return (
    above !== undefined &&
    !above.line.blank &&
    above.line.heading === 0 &&
    above.dates.length === 0 &&
    above.words >= 6 &&
    info.dates.length === 0 &&
    !info.line.bullet &&
    CUT_SENTENCE.test(above.line.text.trimEnd())
  );
}

/**
 * "Claims Triage Models in Python with Pandas and Microsoft Excel for the" over "motor book; …": under a header that
 * already has its dates, a line of eight words or more stopping at a word no phrase ends with is the first line of the
 * job's text, hard-wrapped, never a name or title (a header's part runs to a name's end). Before the dates it may be a
 * long title or employer wrapped onto the next line, and the caller lets it join.
 */
function cutOpening(info: LineInfo, header: readonly LineInfo[]): boolean {
  return (
    header.some((line) => line.dates.length > 0) &&
    info.words >= 8 &&
    info.dates.length === 0 &&
    info.line.heading === 0 &&
    CUT_SENTENCE.test(info.line.text.trimEnd())
  );
}

/**
 * The title opening a sentence run in after a job's header: one to six words from a capital, up to the unit it was
 * held in ("on the payments team", "in the data group"), a comma, a bracket or the sentence's end.
 */
const RUN_IN_TITLE =
  /^\s*(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?)(?=\s+(?:on|in|at|for|with|within)\s+(?:the|a|an)\s|\s*[,;:(]|\.\s|\.?$)/u;

/** "**Paystack.** Built…", "__Andela__: Placed…": a name set in bold that runs into its paragraph. */
const RUN_IN_NAME = /^\s*(?:\*\*|__)([^*_]{1,60}?)[.:]?(?:\*\*|__)[.:]?\s+\S/u;

/** The words of the bracket `part` stands in, its dates included ("(promoted in 2021)"), or null outside one. */
function bracketAround(text: string, part: { start: number; end: number }): string | null {
  const open = text.lastIndexOf('(', part.start);
  const close = text.indexOf(')', Math.max(open, part.end - 1));
  if (open < 0 || close < 0 || text.slice(open + 1, part.start).includes(')')) return null;
  return text.slice(part.end, close).includes('(') ? null : text.slice(open + 1, close);
}

/** A bracket's opening words when it describes what stands before it or tells its history, in lower case as a remark is. */
const DESCRIBING =
  /^(?:my|our|a|an|the|now|formerly|previously|later|acquired|part\s+of|then|via|through|promoted|(?:joined|started|hired)\s+as|(?:moved|transferred)\s+from|alongside|while|during|besides)\b/u;

/** "a savings bank in London", "an insurer": an apposition after a comma, describing the name before it. */
const APPOSITION = /^an?\s+\p{Ll}[\p{Ll}-]*(?:\s|$)/u;

/**
 * A name without the description after it: "Quillon Bank" of "Quillon Bank, a savings bank in London" and of
 * "Brightwater Labs (data consultancy)" (a bracket opening in lower case or with a describing word).
 */
function withoutDescription(text: string): string {
  const trimmed = text.trim();
  const comma = /^(.+?),\s+(.*)$/u.exec(trimmed);
  if (comma && APPOSITION.test(comma[2] as string)) return comma[1] as string;
  const bracket = closingBracket(trimmed);
  if (bracket && bracket.before !== '' && (/^\p{Ll}/u.test(bracket.inner) || DESCRIBING.test(bracket.inner)))
    return bracket.before;
  return trimmed;
}

/** "Name (inner)": the bracket closing `text` (its content) and the text before it, trimmed at its end. */
function closingBracket(text: string): { before: string; inner: string } | null {
  const found = /\(([^()]+)\)$/u.exec(text);
  return found ? { before: text.slice(0, found.index).trimEnd(), inner: found[1] as string } : null;
}

/** Notes a bracket saying how the job was held (see `PositionDraft.engagement`). */
function heldHowSpan(draft: PositionDraft, span: Located): void {
  draft.engagement = [...(draft.engagement ?? []), span];
}

/** A line of dates and at most a place after them ("09/2020 – present, Gdańsk"). */
function closingDates(info: LineInfo): boolean {
  return (
    info.lead?.kind === 'range' && info.rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length <= 3
  );
}

/**
 * "**Firmware Engineer — Intel**", its bullets, then "*09/2019 – present, Gdańsk*": a layout that closes each
 * entry with its dates. It shows where the section opens with a header that has no dates and its first dates
 * stand alone on their line after that entry's body, with no dates on the line after them.
 */
function datesClose(content: readonly LineInfo[]): boolean {
  const [head] = content;
  if (!head || head.dates.length > 0 || head.line.bullet || head.prose) return false;
  const at = content.findIndex((info) => info.dates.length > 0);
  const dated = content[at];
  if (at < 2 || !dated || !closingDates(dated)) return false;
  const between = content.slice(1, at);
  const next = content[at + 1];
  return between.some((info) => info.line.bullet || info.prose) && (!next || next.dates.length === 0);
}

/** The dates that close an entry are its dates; the line is no part of its summary. */
function readClosingDates(draft: PositionDraft, lines: readonly LineInfo[]): void {
  const [last] = lines.slice(-1);
  if (!last?.lead) return;
  setRange(draft, last.line, last.lead);
  draft.summary = draft.summary.filter((value) => value.line !== last.line.n);
  const place = last.rest.trim();
  if (place !== '' && !draft.location)
    draft.location = locate(last.line, last.restStart, last.restStart + place.length, place, 0.6);
}

/** The line's last date, of that kind, closes it after a gap, a tab or a bar ("Acme Corp    2005"). */
function closedBy(info: LineInfo, kind: DateMention['kind']): boolean {
  const last = info.dates[info.dates.length - 1];
  if (last === undefined || last.kind !== kind || last === info.lead) return false;
  if (info.line.text.slice(last.end).trim() !== '') return false;
  // Read from the end, not with a regex ending in `\s{2,}$`, which rescans a long blank run from each of its starts.
  const before = info.line.text.slice(0, last.start);
  const words = before.trimEnd();
  return before.length - words.length >= 2 || before.endsWith('\t') || words.endsWith('|');
}

/**
 * Whether the line's last date, of `kind`, closes it after a separator ("— 2013", ", 2013", "(2013)", "| 2013"),
 * at most a closing bracket or stop after it.
 */
function closesWithDate(info: LineInfo, kind: DateMention['kind']): boolean {
  const last = info.dates[info.dates.length - 1];
  return (
    last !== undefined &&
    last.kind === kind &&
    last !== info.lead &&
    /^[\s).*_]*$/u.test(info.line.text.slice(last.end)) &&
    /(?:\s[-–—|·•]\s*|,\s*|\(\s*|\s{2,}|\t)$/u.test(info.line.text.slice(0, last.start))
  );
}

/** A list item of a few words closed by one year, no other date ("- **Kestrel Shipping** — IT Intern — 2013"). */
function yearItem(info: LineInfo): boolean {
  return info.dates.length === 1 && !info.prose && info.words <= 10 && closesWithDate(info, 'single');
}

/** What a header line's fields leave out: its dates and lengths of time. */
function blanks(info: LineInfo): { start: number; end: number }[] {
  return [...headerDates(info).map((date) => ({ start: date.start, end: date.end })), ...info.durations];
}

function headerDates(info: LineInfo): DateMention[] {
  return info.dates.filter((date) => date.kind !== 'ongoing' || info.lead === date);
}

/** What a line says about being a header: title, company evidence (see `features`). */
function evidence(info: LineInfo, catalogue: Catalogue): { title: boolean; company: boolean } {
  const parts = splitParts(info.line, blanks(info), catalogue);
  let title = false;
  let company = false;
  for (const part of parts) {
    if (heldHow(part.text)) continue;
    const found = features(part, catalogue);
    if (found.title > 0) title = true;
    if (found.company >= 2) company = true;
  }
  return { title, company };
}

/**
 * "Red Hat Enterprise Linux, VMware, Puppet, Bash.", "Ruby, Go": a list whose items are mostly catalogue
 * technologies (of two, both) is what the job used, no header line (a technology that shares its name with a company
 * names no employer there).
 */
function technologyList(info: LineInfo, catalogue: Catalogue): boolean {
  // A line holding a range of dates heads a job or an item ("2021 – 2023: Staff Engineer @ UiPath — Go, Kubernetes").
  if (hasRange(info)) return false;
  // "2019 – now: Lead Developer @ Northwind (Rust, Redis)": the items are what stands outside brackets; a bracketed list
  // closing a job's line is that job's stack, not the line.
  const items = info.line.text
    .replace(/\([^()]*\)/gu, ' ')
    .trim()
    .replace(/[.;]$/u, '')
    .split(/[,;|·•]/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length < 2) return false;
  const known = items.filter((item) => catalogue.technologies.find(item) !== undefined).length;
  if (items.length > 2) return known * 3 >= items.length * 2;
  // Two names that are also employers ("Salesforce · Heroku", "Oracle, NetSuite") may be the employer line.
  return known === 2 && items.every((item) => catalogue.companies.find(item) === undefined);
}

/** The rest of a role's line that goes on with the role: it opens with a function word in lower case. */
const ROLE_GOES_ON =
  /^(?:then|of|for|and|in|with|on|at|to|the|a|an|by|from|as|including|within|via|while)\b/u;

/**
 * The words of a line that may name an employer: without a place set flush right of them ("CARNEGIE MELLON
 * UNIVERSITY, DEPARTMENT OF STATISTICS & DATA SCIENCE    Pittsburgh, PA", "ACME    Berlin") and without the units
 * of at most 6 name words named after it over commas ("…, Department of Statistics & Data Science", "…, Robotics
 * Lab"), which name its team, when what stands before them names an organisation: an institution, or a line
 * `organisation` finds a company's evidence on. A line that names none keeps its units ("…, DATA PLATFORM LAB").
 */
function employerName(text: string, organisation: () => boolean): string {
  const cells = lineCells(text);
  const last = cells[cells.length - 1];
  let name = text;
  if (cells.length > 1 && last !== undefined) {
    const place = text.slice(last.start, last.end);
    if (isLocation(place) || knownPlace(place)) name = text.slice(0, last.start);
  }
  const parts = name.split(',');
  let kept = parts.length;
  while (kept > 1) {
    const unit = (parts[kept - 1] as string).trim();
    if ((!UNIT_OF.test(unit) && !RESEARCH_UNIT.test(unit)) || nameWords(unit) > 6) break;
    kept--;
  }
  if (kept === parts.length) return name;
  const rest = parts.slice(0, kept).join(',');
  return isInstitution(rest.trim()) || organisation() ? rest : name;
}

function headerLike(info: LineInfo): boolean {
  return !info.prose && info.words <= 16;
}

/**
 * Reads the experience section: entries split at header lines and date anchors, each header read
 * into company, title, team, location and dates. A layout's repeated header shape decides a part
 * whose words alone do not (the title slot of "DATE: Title (Company)" holds a title even when its
 * words are not a known job title).
 */
export function readExperience(
  lines: readonly DocLine[],
  catalogue: Catalogue,
): {
  positions: PositionDraft[];
  /** Work on one's own account with no employer named ("Self-employed, Kraków"): no position (see `ownAccount`). */
  ownWork: PositionDraft[];
  /** Mentoring or organising at a practitioners' community, set out as a job: no position (see `namesCommunity`). */
  community: PositionDraft[];
  unplaced: LineInfo[];
} {
  const { lines: read, promotions } = splitPromotions(
    splitRunInHeaders(
      joinWrappedNames(splitPositionTables(splitLabelledPairs(engagementLines(federalBlocks(lines))))),
    ),
  );
  const infos = read.map(lineInfo);
  markEngagementRecords(infos);
  const promotionOf = new Map(promotions.map((promotion) => [promotion.line, promotion]));
  placeAfterDates(infos);
  industryAfterDates(infos);
  employerDescriptions(infos, catalogue);
  const wrapped = wrappedLines(infos);
  const closing = datesClose(infos.filter((info) => !info.line.blank)) ? closingDates : () => false;
  const evidenceOf = new Map<LineInfo, { title: boolean; company: boolean }>();
  const evidenceFor = (info: LineInfo) => {
    let found = evidenceOf.get(info);
    if (!found) {
      found = evidence(info, catalogue);
      evidenceOf.set(info, found);
    }
    return found;
  };
  // An employer line the catalogues do not know ("Zenreach, San Francisco, CA") shows by what follows
  // it: a short capitalised line right above a title line that names no employer.
  const employerLines = new Set<LineInfo>();
  const bulletAnchors = new Set<LineInfo>();
  // Lines a profile prints about a job ("Full-time · 6 yrs", "Stockholm, Sweden") are skipped: an employer
  // line stands over the title under them.
  const content = infos.filter((info) => !info.line.blank && !info.meta);
  // "The Hut Group, Manchester" / "September 2021 to date" / "Senior Developer": the dates may come
  // between the employer and the title; once one such trio shows the layout, an employer line over
  // its dates needs no known title below it ("Boots UK" / "July 2015 to …" / "IT Graduate Scheme").
  const overDates: LineInfo[] = [];
  // Organisations' lines over the dated rows of their positions (`organisationOverRow`): employers by the layout.
  const organisationRows: LineInfo[] = [];
  const loudOverDates = new Set<LineInfo>();
  let datedLayout = false;
  // "National Oceanic and Atmospheric Administration" over "Silver Spring, MD United States" over the dates: the
  // employer's place between it and its dates is looked past, and is no employer line of its own.
  const placesUnder = new Set<LineInfo>();
  // "Boots UK" over "IT Graduate Scheme    Jul 2015 – Sep 2016": once employer lines stand over dated title lines,
  // a line set apart as they are, over a dated line that names no employer, is one too, whatever the title's words.
  let employersOverDated = 0;
  const overDatedLines: LineInfo[] = [];
  const blankAbove = (info: LineInfo) => infos[infos.indexOf(info) - 1]?.line.blank !== false;
  // "Payments Platform Migration" over "Client engagement    Mar 2013 – Dec 2013" under "Consultant    Jan 2012 –
  // Feb 2016": a range held within the range of the position just above is an engagement within it, no employer.
  const engagementOfAbove = (index: number, dated: LineInfo): boolean => {
    for (let n = index - 1; n >= 0; n--) {
      const above = content[n] as LineInfo;
      if (hasRange(above)) return rangeWithin(dated.dates, above.dates);
    }
    return false;
  };
  // "Regional Health Authority" over "Data Entry Clerk    Mar 2016 – Dec 2016" under "Senior Consultant    Jan 2015
  // – Dec 2020": a consultant's client, named over a title held within the consulting job's range, is no employer.
  const clientOfConsultant = (index: number, dated: LineInfo): boolean => {
    const above = content.slice(0, index).findLast(hasRange);
    return above !== undefined && CONSULTING_TITLE.test(above.line.text) && engagementOfAbove(index, dated);
  };
  content.forEach((info, index) => {
    if (placesUnder.has(info)) return;
    const under = content[index + 1];
    const place = under !== undefined && index + 2 < content.length && isLocation(under.line.text);
    if (place) index++;
    const next = content[index + 1];
    // "* **Erste Group**, Vienna" over "    * Security Lead, since 2022": a list item over its own items.
    const parentItem = !!next && info.line.bullet && next.line.bullet && next.line.indent > info.line.indent;
    const named = withoutDescription(info.line.text);
    if (
      !next ||
      info.prose ||
      wrapped.has(info) ||
      (info.line.bullet && !parentItem) ||
      info.dates.length > 0 ||
      labelled(info) ||
      nameWords(employerName(named, () => evidenceFor(info).company)) > 6
    )
      return;
    // "### Česká spořitelna": a name set as a heading or in bold needs no capitals to stand out as one.
    const cased =
      info.line.heading > 0 ||
      info.line.bold ||
      titleCased(named) ||
      sentenceCasedBody(named) ||
      lowerCaseBrand(info.line.text) ||
      soleBrand(info, () => blankAbove(info));
    if (!cased || evidenceFor(info).title) return;
    // "Dashboards in Apache Superset." closes a sentence of the text above: a name ends with none.
    if (info.words >= 3 && endsSentence(info.line.text)) return;
    const titled = dateOnly(next) ? content[index + 2] : next;
    if (titled === next || titled === undefined) {
      const below = evidenceFor(next);
      if (
        below.title &&
        !below.company &&
        (!next.line.bullet || parentItem) &&
        !clientOfConsultant(index, next)
      ) {
        employerLines.add(info);
        if (hasRange(next)) employersOverDated++;
      } else if (
        !below.company &&
        organisationOverRow(info, next) &&
        (next.line.indent > info.line.indent || (blankAbove(info) && !engagementOfAbove(index, next)))
      ) {
        organisationRows.push(info);
      } else if (
        !below.company &&
        !next.line.bullet &&
        hasRange(next) &&
        blankAbove(info) &&
        !engagementOfAbove(index, next)
      ) {
        overDatedLines.push(info);
      }
      return;
    }
    if (place) placesUnder.add(under);
    overDates.push(info);
    // "**Slevomat.cz**" over "*2013 – 2017*": an employer set loud over its dates, no title named.
    if (info.line.bold || info.line.heading > 0) loudOverDates.add(info);
    const below = evidenceFor(titled);
    if (below.title && !below.company && !titled.line.bullet && !dateOnly(titled)) datedLayout = true;
  });
  // "- **Nordic Semiconductor** (Trondheim) — 2020 - current" over "  - *Senior Firmware Engineer*": a dated
  // list item with items of its own under it is an entry, whatever its words.
  const datedParents = new Set(
    content.filter((info, index) => {
      const next = content[index + 1];
      return (
        info.line.bullet &&
        info.line.heading === 0 &&
        hasRange(info) &&
        info.words <= 12 &&
        !info.prose &&
        next?.line.bullet &&
        next.line.indent > info.line.indent
      );
    }),
  );
  const itemsOverDates = listItemsOverDates(content);
  const datedEmployers = new Set([...(datedLayout ? overDates : []), ...organisationRows]);
  // Known by the layout alone, such a line's first part is the employer whatever its slot says (see readEntry).
  if (employersOverDated >= 2) for (const info of overDatedLines) datedEmployers.add(info);
  for (const info of [...datedEmployers, ...loudOverDates]) employerLines.add(info);
  // The parts of dated header lines: a heading that repeats one names that entry's details below. A Markdown table's
  // row led by one date is one ("| 2015 | Quillbrook Labs | Intern |").
  const datedLineParts = infos
    .filter((info) => hasRange(info) || (info.lead?.kind === 'single' && /^\s*\|/u.test(info.line.raw)))
    .map(
      (info) => new Set(splitParts(info.line, blanks(info), catalogue).map((part) => lookupKey(part.text))),
    );
  const datedParts = new Set(datedLineParts.flatMap((keys) => [...keys]));
  // The keys a detail heading repeats: its whole text, else each of its parts ("### Nubank — Senior
  // iOS Engineer" under a table row "Mar 2022 – Present | Nubank | Senior iOS Engineer").
  const detailKeysOf = new Map<LineInfo, string[] | null>();
  const detailKeys = (info: LineInfo): string[] | null => {
    let keys = detailKeysOf.get(info);
    if (keys === undefined) {
      keys = readDetailKeys(info);
      detailKeysOf.set(info, keys);
    }
    return keys;
  };
  function readDetailKeys(info: LineInfo): string[] | null {
    if (info.dates.length > 0) return null;
    // "**Paystack.** Built the merchant app…": a paragraph led by an employer's name in bold, run in.
    const runIn = RUN_IN_NAME.exec(info.line.raw)?.[1]?.trim();
    const key = lookupKey(info.line.heading > 0 ? info.line.text : (runIn ?? ''));
    if (key !== '' && datedParts.has(key)) return [key];
    const parts = splitParts(info.line, [], catalogue).map((part) => lookupKey(part.text));
    if (parts.length < 2 || parts.some((part) => part === '')) return null;
    // "Senior Software Engineer – Flipkart" under a table row "Flipkart, Bengaluru | Senior Software Engineer |
    // Jan 2021 to Till date": an undated line repeating one dated line's parts is that position again.
    if (datedLineParts.some((keys) => parts.every((part) => keys.has(part)))) return parts;
    if (key === '' || info.line.heading === 0) return null;
    return parts.every((part) => datedParts.has(part)) ? parts : null;
  }
  const detailKey = (info: LineInfo): string | null => detailKeys(info)?.[0] ?? null;
  const detailHeading = (info: LineInfo) => detailKey(info) !== null;
  // "Backend Engineer" over "Netcompany    Jan 2015 – Feb 2019": once title lines stand over dated lines that name
  // no title, a line set apart as they are over such a line is a title line too, whatever its words ("Charge
  // Nurse", "Senior softwareudvikler": a title may be set in sentence case), as an employer line is by the layout
  // above. Such a title sits directly on its dated line: a line set apart from it ends the entry above, and a
  // sub-heading ("Key projects", "Client engagements") names what follows, no title.
  let titlesOverDated = 0;
  const overDatedTitles: LineInfo[] = [];
  content.forEach((info, index) => {
    const next = content[index + 1];
    if (
      !next ||
      info.prose ||
      wrapped.has(info) ||
      info.line.bullet ||
      info.dates.length > 0 ||
      labelled(info) ||
      info.words > 6 ||
      !blankAbove(info) ||
      blankAbove(next) ||
      next.line.bullet ||
      !hasRange(next) ||
      next.lead !== null ||
      evidenceFor(next).title ||
      detailHeading(info) ||
      looseSectionKind(info.rest) !== null
    )
      return;
    const own = evidenceFor(info);
    if (own.company || employerLines.has(info) || !/^\p{Lu}/u.test(info.rest)) return;
    if (own.title) titlesOverDated++;
    overDatedTitles.push(info);
  });
  const titleLines = new Set([
    ...(titlesOverDated >= 2 ? overDatedTitles : []),
    ...titlesOverEmployers(content, blankAbove, evidenceFor),
  ]);
  const stacks = stackedHeaders(infos);
  const stackHeads = new Set(stacks.map((stack) => stack[0] as LineInfo));
  const stackOf = new Map(
    stacks.flatMap(([head, ...rest]) => rest.map((line) => [line, head as LineInfo] as const)),
  );
  for (const stack of stacks) profileLinesInStack(stack, evidenceFor, catalogue);
  const barredHeads = barredHeadersOverDates(content, evidenceFor);
  // "** Skyscanner" over "FROM: 2017-03" / "ROLE: Software Engineer": a heading over labelled fields. A word in
  // lower case is no heading: "responsibilities" ends a Europass label wrapped over two lines ("Main activities
  // and" / "responsibilities").
  const fieldHeads = new Set(
    content.filter((info, index) => {
      const next = content[index + 1];
      return (
        !entryField(info) &&
        !labelledDetail(info) &&
        !/^\s*\p{Ll}+\s*$/u.test(info.line.text) &&
        !labelled(info) &&
        next !== undefined &&
        entryField(next) !== null &&
        !info.prose &&
        // "U.S. Department of Veterans Affairs, Office of Information and Technology" over "Dates of Employment:
        // 04/2021 - Present": an agency and its office run longer over the job's dates.
        (info.words <= 8 || (info.words <= 12 && dateOnly(next)))
      );
    }),
  );
  // "Job Title: …" / "Company: …" / "From: … To: …" (an applicant-tracking system's export): a record of
  // fields opens at its first field after a blank line, whichever field the system prints first.
  const recordStarts = new Set(
    infos.filter((info, index) => {
      if (!entryField(info)) return false;
      const above = infos[index - 1];
      const previous = infos.slice(0, index).findLast((line) => !line.line.blank);
      const below = infos.slice(index + 1).find((line) => !line.line.blank);
      return (
        (above === undefined || above.line.blank) &&
        !(previous && fieldHeads.has(previous)) &&
        below !== undefined &&
        entryField(below) !== null
      );
    }),
  );
  // Header lines close with their dates after a gap ("Larkspur Systems    2008 – 2012").
  const rangesClose = content.some((info) => closedBy(info, 'range'));
  // Lines led by a range with the title after it, as a date column sets them ("03/2018 – dosud    Účetní").
  const rangesLead = content.some(
    (info) => info.lead?.kind === 'range' && /^\p{Lu}/u.test(info.rest) && !info.line.bullet,
  );
  const yearLed = (info: LineInfo) =>
    info.lead?.kind === 'single' &&
    info.lead.from !== null &&
    info.dates.length === 1 &&
    /^\p{Lu}/u.test(info.rest) &&
    !info.line.bullet &&
    !info.prose &&
    info.words <= 10;
  const yearClosed = (info: LineInfo) =>
    closedBy(info, 'single') &&
    info.dates.length === 1 &&
    !info.line.bullet &&
    !info.prose &&
    info.words <= 8;
  const startsEntry = (info: LineInfo, current: Entry | null): boolean => {
    // "Promoted to Senior Developer (2021)" opens a position at the employer above; undated, it is the job's text.
    const promotion = promotionOf.get(info.line);
    if (promotion) return promotion.dated && current !== null;
    if (afterBreak(info, current)) return true;
    if (fieldHeads.has(info) || recordStarts.has(info)) return true;
    // A Europass form holds each of its rows once per job: where the rows run on with no blank line between jobs
    // (a Word table's rows), a row the entry holds already ("Dates", "Occupation or position held") opens the next.
    const row = current && formRow(info.line.text);
    if (
      row &&
      row.field !== 'describing' &&
      [...current.header, ...current.body].some((line) => formRow(line.line.text)?.field === row.field)
    )
      return true;
    if (current && closing(info)) return false;
    if (sentenceTail(info, content[content.indexOf(info) - 1])) return false;
    if (detailHeading(info)) return true;
    if (nextRecord(info, current)) return true;
    // "Company Name: Microsoft" / "Job Title: …" / "Dates Employed: …" (an ATS export): records of
    // fields with no heading; an employer field opens one unless it fills the entry above.
    if (current && labelAgain(info, current)) return true;
    if (employerField(info)) {
      return (
        current === null ||
        (!recordStarts.has(current.header[0] as LineInfo) &&
          [...current.header, ...current.body].some((line) => employerField(line)))
      );
    }
    if (
      info.prose ||
      info.meta ||
      labelled(info) ||
      continuation(info) ||
      entryField(info) ||
      labelledDetail(info)
    )
      return false;
    if (technologyList(info, catalogue)) return false;
    if (detailHeading(info)) return true;
    if (employerLines.has(info)) return true;
    if (titleLines.has(info)) return true;
    if (stackHeads.has(info)) return true;
    if (barredHeads.has(info)) return true;
    // "Sabbatical" over its dates: an entry of its own, so that it is no part of the position above; so is a
    // retraining's line that is no list item ("Umschulung zum …" over the school and its dates).
    if (
      splitParts(info.line, blanks(info)).some(
        (part) => namesBreak(part.text) || (!info.line.bullet && RETRAINING.test(part.text)),
      )
    )
      return true;
    const { title, company } = evidenceFor(info);
    if (itemsOverDates.has(info)) return true;
    if (info.line.bullet && info.line.heading === 0) {
      // "- **Andela** · Oct 2016 → Feb 2018" in a list whose items are the positions: an item like
      // the others (its dates, their indent) is one, whatever its words.
      const anchor = current?.header[0];
      // "- **2019** Research Intern, Microsoft Research" among "- **2020–2022** …": one year leads it as a range
      // would, when it names a title ("- **2018** Hackathon winner, Spotify Hack Week" is an award).
      if (
        anchor &&
        bulletAnchors.has(anchor) &&
        (hasRange(info) ||
          (info.lead?.kind === 'single' && anchor.lead !== null && title) ||
          (title && yearItem(info) && closesWithDate(anchor, 'range'))) &&
        info.words <= 12 &&
        info.line.indent === anchor.line.indent
      ) {
        bulletAnchors.add(info);
        return true;
      }
      // "(2) Mokpo Webworks Inc.   May 2015 - March 2021" after the rows of a table under "(1) Gangnam Cargo Co., Ltd.
      // April 2021 - Present": a numbered item with a range, set as an earlier numbered item that opened an entry, opens one too.
      if (
        info.line.numbered &&
        hasRange(info) &&
        info.words <= 12 &&
        [...bulletAnchors].some((item) => item.line.numbered && item.line.indent === info.line.indent)
      ) {
        bulletAnchors.add(info);
        return true;
      }
      if (datedParents.has(info) && !(current && nestedIn(info, current))) {
        bulletAnchors.add(info);
        return true;
      }
      // "- **Graduate Developer** · Umhlaba Games · Jan 2016 – Dec 2017" after a dated job's bullets (earlier roles
      // folded under the last): set apart, naming a title, over a span the job's own does not hold, a position.
      const held = current?.header.flatMap((line) => line.dates) ?? [];
      if (
        title &&
        hasRange(info) &&
        blankAbove(info) &&
        info.words <= 16 &&
        held.some((date) => date.kind === 'range') &&
        !rangeWithin(info.dates, held)
      ) {
        bulletAnchors.add(info);
        return true;
      }
      // "- Senior Engineer (2019 – 2021)" listed under an employer's heading, or opening the section; "- **Kestrel
      // Shipping** — IT Intern — 2013" opening it, a title closed by the one year it was held.
      if (!(hasRange(info) || (current === null && title && yearItem(info))) || !(title || company))
        return false;
      if (current === null) {
        bulletAnchors.add(info);
        return true;
      }
      const underHeading = current.header.every(
        (line) => !evidenceFor(line).title && headerDates(line).length === 0,
      );
      if (underHeading || bulletAnchors.has(current.header[0] as LineInfo)) {
        bulletAnchors.add(info);
        return true;
      }
      return false;
    }
    // "Senior Consultant (2016.07 - 2018.03)" under "2015.01 - 2018.03  Netcompany": a title with dates
    // inside the employer's is a position there (a promotion), not a part of one.
    if (hasRange(info) && current && nestedIn(info, current) && !(title && !company)) return false;
    if (hasRange(info) && (info.lead !== null || info.words <= 16)) return true;
    if (dateOnly(info)) return true;
    if (info.lead && info.lead.kind === 'single' && (title || company)) return true;
    // "### 2018 · Shannon Mapping" after "### 2019 – present · Lough Derg Software": a heading led by one year, at the level of
    // the heading led by dates that opened the entry above, opens an entry as that one did.
    const opener = current?.header[0];
    if (
      info.lead?.kind === 'single' &&
      info.line.heading > 0 &&
      opener?.lead &&
      opener.line.heading === info.line.heading
    )
      return true;
    // "### Verpleegkundige · Ziekenhuis Noord" over "**Aug 2014 → Dec 2020** · Tiel" after "### Title · Employer" over
    // its own dates: a heading at the level of the heading that opened the entry above, over a line led by its
    // range, opens an entry as that one did, whatever its words.
    // The line under is looked up only for a heading at the opener's level: a search per line would be quadratic.
    if (
      info.line.heading > 0 &&
      info.dates.length === 0 &&
      opener?.line.heading === info.line.heading &&
      content[content.indexOf(info) + 1]?.lead?.kind === 'range' &&
      headerLike(info) &&
      nameWords(info.line.text) <= 10
    )
      return true;
    // "Radiant Controls    2005" among "Larkspur Systems    2008 – 2012": a header line closed by one date, set
    // apart as the lines closed by ranges are, heads an entry as they do.
    if (yearClosed(info) && rangesClose && blankAbove(info)) return true;
    // "léto 2014    Pomocník na stavbě" among lines led by ranges: one year or season leading a line set apart, the
    // column's other lines led by their ranges, heads an entry as they do (a summer job's period) when the line below
    // names an employer or a title; over anything else ("2018    Employee of the Year") it is an award or a note.
    if (yearLed(info) && rangesLead && blankAbove(info)) {
      const next = content[content.indexOf(info) + 1];
      const tail = next?.line.text.split(',').pop()?.trim() ?? '';
      if (
        next &&
        next.dates.length === 0 &&
        (evidenceFor(next).company || evidenceFor(next).title || knownPlace(tail) || isLocation(tail))
      )
        return true;
    }
    if (!headerLike(info)) return false;
    // "Master's thesis intern · imec, Leuven" over "Feb 2022 – Jun 2022": a short line naming a role right
    // over a line of dates alone heads an entry, however it is cased.
    const below = content[content.indexOf(info) + 1];
    if (title && below && dateOnly(below) && nameWords(info.line.text) <= 8 && !info.line.bullet) return true;
    // "Ayudante alumno" over "Universidad Nacional de Córdoba · Part-time" over "Mar 2017 - Dec 2018 · 1 yr 10 mos"
    // (a profile page pasted as text): a role over its employer and how the job was held, over the dates.
    const belowThat = content[content.indexOf(info) + 2];
    if (
      title &&
      below &&
      belowThat &&
      datesAndLength(belowThat) &&
      heldAfterName(below.line.text) &&
      nameWords(info.line.text) <= 8 &&
      !info.line.bullet
    )
      return true;
    // "Registered Nurse at Charité – Universitätsmedizin Berlin", "QA Engineer at bol.com, Utrecht" over a line of
    // dates alone: "Title at Employer" heads an entry whatever its words.
    if (
      below &&
      dateOnly(below) &&
      info.words <= 12 &&
      !info.line.bullet &&
      titleAt(info.line.text.trim()) !== null
    )
      return true;
    // "Ingénieure logicielle" over "Qonto, Paris" over "Septembre 2021 – aujourd'hui", the previous job's text right
    // above it: a title in sentence case, as French, Polish or Spanish CVs write them, over a name no title's words
    // make, over a line of dates alone, heads an entry.
    if (
      title &&
      below &&
      belowThat &&
      dateOnly(belowThat) &&
      below.dates.length === 0 &&
      !evidenceFor(below).title &&
      titleCased(below.line.text) &&
      nameWords(below.line.text) <= 6 &&
      nameWords(info.line.text) <= 6 &&
      !info.line.bullet &&
      !below.line.bullet
    )
      return true;
    const cased = titleCased(info.rest) || info.line.heading > 0 || info.line.bold || info.line.caps;
    return cased && (title || company);
  };
  const joinsHeader = (info: LineInfo, current: Entry): boolean => {
    if (promotionOf.has(info.line) || stackHeads.has(info) || afterBreak(info, current)) return false;
    if (stackOf.get(info) === current.header[0]) return true;
    // The terms of the job, an address, a sentence describing the employer (`employerDescriptions`): the header's.
    if (info.meta && info.terms) return true;
    // "Duties, Accomplishments and Related Skills:": a line that ends in a colon opens the text under it.
    if (
      info.prose ||
      cutOpening(info, current.header) ||
      technologyList(info, catalogue) ||
      /[:：]\s*$/u.test(info.line.text)
    )
      return false;
    if (info.meta) return true;
    if (profileHeaderClosed(current.header, evidenceFor)) return false;
    if (
      current.header.filter((line) => !line.meta).length >= 4 ||
      labelled(info) ||
      detailHeading(info) ||
      continuation(info) ||
      // "Dates of Employment: 04/2021 - Present" under the employer: the header's dates, as a line of dates is.
      (entryField(info) && !dateOnly(info))
    )
      return false;
    // "### Senior Engineer, Acme" over "- Jan 2020 – Present": the first list item holds the header's dates.
    if (
      info.line.bullet &&
      closingDates(info) &&
      !current.header.some((line) => headerDates(line).length > 0)
    )
      return true;
    if (info.line.bullet && info.line.heading === 0) return false;
    // "| - Matching service in Kotlin" under a table row "2023.01 - now | Tech Lead, Dispatch": a list item in the
    // row's cell is the job's text.
    if (CELL_ITEM.test(info.line.text)) return false;
    // "Jan 2015 –" waits for its end on the next line.
    const headerHasRange = current.header.some(
      (line) => hasRange(line) && !line.dates.some((date) => date.openEnded),
    );
    const headerHasDate = current.header.some((line) => headerDates(line).length > 0);
    // "March 2017 — June 2020    Norvale Bank" over "3 years 4 months    Retail banking": the job's length in the
    // date column, under its dates, holds the line beside it in the header.
    if (headerHasRange && info.dates.length === 0 && lengthBeside(info) && headerLike(info)) return true;
    // "BSc Statistics, University of Kestrel, 2023" under a dated job's line with no heading between: a degree's
    // line, no part of the job's header. Under a line of dates alone, or a school's dated line, it heads an entry of
    // studies ("10/2010 - 09/2014    Technische Universität" over "B.Sc. Informatik").
    if (
      headerHasRange &&
      current.header.some((line) => evidenceFor(line).title) &&
      opensWithDegree(info.line.text) &&
      titleScore(info.line.text) === 0
    )
      return false;
    if (hasRange(info)) return !headerHasRange && !(headerHasDate && !dateOnly(info));
    if (dateOnly(info)) return !headerHasRange;
    if (info.lead && info.lead.kind === 'single') {
      // "08/2020 –   Title" over "01/2024   Company": the end of the date the header opened.
      if (info.lead.from && current.header.some((line) => line.leadOpen) && !headerHasRange) return true;
      if (stackedEnd(info, current)) return true;
      return !headerHasDate;
    }
    // Under a line of dates alone, the header line names employer, place, title and team at once.
    // "Ho Chi Minh City University of Technology    Ho Chi Minh City": a name and its place can run long.
    const limit = current.header.every(dateOnly) ? 16 : 12;
    if (!headerLike(info) || info.words > limit) return false;
    // An employer line over its own dates opens the next entry once this one has its dates.
    // So does a heading naming an employer over a title ("### GitHub" / "**Senior Engineer**") once
    // this entry has its title too.
    const loudEmployer =
      employerLines.has(info) &&
      (info.line.heading > 0 || info.line.bold) &&
      current.header.some((line) => evidenceFor(line).title);
    if ((datedEmployers.has(info) || loudOverDates.has(info) || loudEmployer) && headerHasDate) return false;
    // "UST Global Inc., Thiruvananthapuram" / "Senior Technical Architect" / "Apr 2020 – Present" over "Wipro
    // Limited, Bangalore" (a table of positions read cell by cell): a header naming its employer, its title and
    // its dates is whole; a line naming another employer opens the next entry when the lines under it give that
    // entry a title or dates of its own ("Deployed at Toyota Motor Corporation" over "- Java." does not).
    if (
      headerHasDate &&
      evidenceFor(info).company &&
      current.header.some((line) => evidenceFor(line).company) &&
      current.header.some((line) => evidenceFor(line).title) &&
      ownHeaderBelow(info)
    )
      return false;
    // "Claims systems for insurers: Java EE": a description before a colon says what the job was about.
    const described = /^([^:：]+)[:：]\s+\S/u.exec(info.line.text);
    if (described && !titleCased(described[1] as string)) return false;
    const { title } = evidenceFor(info);
    if (title && current.header.some((line) => evidenceFor(line).title)) return false;
    // "Applications Developer (fixed-term contract)": how the job was held does not count against the case, nor does
    // a remark on the job after a title ("Data Engineer (project for a retail client)", see `withoutTitleRemark`).
    const engagementOut = info.rest.replace(/\(([^)]*)\)/gu, (whole, inner: string, at: number) =>
      ENGAGEMENT.test(inner.trim()) ||
      (remarkOnJob(inner) && titleScore(info.rest.slice(0, at).replace(/[*_]/gu, '').trim()) > 0)
        ? ' '
        : whole,
    );
    // "04/2015 - 09/2018" over "Softwareentwickler (Software Developer), msg systems ag": under a line of dates
    // alone, a line that opens with a role and names more after it is the job's, whatever the case of the rest.
    // Not when the rest goes on with the role ("Developer of the internal tools, then of the portal") or the line
    // below could name the employer on its own ("Engineer, backend payments" over "Kestrel Freight GmbH").
    if (current.header.every(dateOnly)) {
      const [first, ...more] = splitParts(info.line, blanks(info));
      if (
        first &&
        more.length > 0 &&
        titleScore(first.text) > 0 &&
        /^\p{Lu}/u.test(first.text) &&
        !ROLE_GOES_ON.test((more[0] as { text: string }).text) &&
        !employerBelow(info)
      )
        return true;
    }
    // "Oravské stavby, s.r.o., Dolný Kubín" under "01/2016 – 02/2021    Java vývojár": a line naming an employer (by
    // its legal form or the catalogue), in sentence case as Czech, Slovak or Polish names are written, completes a
    // header of one dated line that names none.
    const [dated] = current.header;
    const legalName =
      current.header.length === 1 &&
      dated !== undefined &&
      hasRange(dated) &&
      (evidenceFor(dated).title || dated.lead?.kind === 'range') &&
      !evidenceFor(dated).company &&
      evidenceFor(info).company;
    return (
      titleCased(engagementOut) ||
      lowerCaseBrand(info.rest) ||
      info.line.heading > 0 ||
      info.line.bold ||
      legalName
    );
  };
  let infoIndex: Map<LineInfo, number> | undefined;
  // The line right under a role: a short capitalised line that is no sentence, place, date or item may be the
  // employer standing on its own line.
  const employerBelow = (info: LineInfo): boolean => {
    infoIndex ??= new Map(infos.map((line, n) => [line, n]));
    const below = infos[(infoIndex.get(info) ?? infos.length) + 1];
    if (!below || below.line.blank || below.line.bullet || below.prose || below.meta) return false;
    const text = below.line.text.trim();
    return (
      below.dates.length === 0 &&
      below.words <= 5 &&
      /^\p{Lu}/u.test(text) &&
      !/[.:;]$/u.test(text) &&
      !isLocation(text) &&
      !evidenceFor(below).title
    );
  };
  // The next two lines that are no blank, stopping at a list item or a sentence: whether one names a title or
  // dates, as the rest of a header would.
  const ownHeaderBelow = (info: LineInfo): boolean => {
    infoIndex ??= new Map(infos.map((line, n) => [line, n]));
    let seen = 0;
    for (let n = (infoIndex.get(info) ?? infos.length) + 1; n < infos.length && seen < 2; n++) {
      const line = infos[n] as LineInfo;
      if (line.line.blank) continue;
      seen++;
      if (line.line.bullet || line.prose) return false;
      if (headerDates(line).length > 0 || evidenceFor(line).title) return true;
    }
    return false;
  };
  // "2017    Software Engineer" over "2019    Kakao · Pangyo": a timeline's left column stacks the start over
  // the end, with no dash between. The end is no later entry's start where the line it leads names no title,
  // the line above named a title but no employer, and it is not before the start.
  const stackedEnd = (info: LineInfo, current: Entry): boolean => {
    const [head] = current.header;
    if (current.header.length !== 1 || !head?.lead || head.lead.kind !== 'single' || head.leadOpen)
      return false;
    const start = head.lead.from;
    const end = info.lead?.kind === 'single' ? info.lead.from : null;
    if (!start || !end || monthKey(end, true) < monthKey(start, false)) return false;
    const above = evidenceFor(head);
    return above.title && !above.company && !evidenceFor(info).title && info.rest.trim() !== '';
  };
  const { entries, before } = splitEntries(infos, startsEntry, joinsHeader);
  const kept = entries.filter((entry, n) => !careerBreak(entry) && !breakUnderName(entry, entries[n + 1]));
  // "### Sword Health" under a table whose rows are the positions: the lines under it are about the
  // position at that employer above, however far from its row.
  const details = new Map<Entry, string[]>();
  for (const entry of kept) {
    const [head] = entry.header;
    const keys = entry.header.length === 1 && head ? detailKeys(head) : null;
    if (keys) details.set(entry, keys);
  }
  // "Acme Corp, Austin, TX" in one entry: the document writes "Employer, City, CC", so "Globex, Porto, PT" in
  // another names an employer too, though the time zones know no Porto.
  // Entries dated by ranges: one date alone in another entry's header is no start, unless it is the latest
  // (see `readEntry`). The year the latest range ends (Infinity for one still running), or null with none.
  const rangeEnds = kept.flatMap((entry) =>
    entry.header.flatMap((info) =>
      info.dates
        .filter((date) => date.kind === 'range')
        .map((date) => (date.ongoing || !date.to ? Number.POSITIVE_INFINITY : date.to.year)),
    ),
  );
  const rangesEnd = rangeEnds.length > 0 ? Math.max(...rangeEnds) : null;
  const employerPlaces = kept.some((entry) =>
    entry.header.some(
      (info) =>
        /,\s*[A-Z]{2}$/u.test(info.line.text.trim()) && employerBeforePlace(info.line.text.trim(), catalogue),
    ),
  );
  // Positions a promotion opened: their one date is where they start (see `promotionSpans`).
  const promoted = new Set<PositionDraft>();
  const drafts = kept
    .filter((entry) => !details.has(entry))
    .map((entry) => {
      const read = readEntry(entry, catalogue, datedEmployers, employerPlaces, rangesEnd);
      if (!read.draft.start && !read.draft.current) readClosingDates(read.draft, entry.body.filter(closing));
      if (promotionOf.has((entry.header[0] as LineInfo).line)) promoted.add(read.draft);
      return read;
    });
  drafts.forEach(({ draft }, index) => {
    if (titleAfterArrow(drafts[index - 1]?.draft, draft, lines)) promoted.add(draft);
  });
  unitsBesideTitles(drafts);
  applyLayout(drafts, catalogue);
  employersOverTitles(drafts, catalogue);

  const unheld: ReadEntry[] = [];
  for (const [entry, keys] of details) {
    const span = entrySpan(entry);
    // Every position at that employer above: the paragraph tells of the employer's time, whatever the
    // title, unless the heading names the title too.
    const atEmployer = drafts.filter(
      ({ draft }) =>
        draft.first < span.first && draft.company && keys.includes(lookupKey(draft.company.value)),
    );
    const titled = atEmployer.filter(
      ({ draft }) => draft.title && keys.includes(lookupKey(draft.title.value)),
    );
    const holders = keys.length > 1 && titled.length > 0 ? titled : atEmployer;
    for (const { draft } of holders) draft.details = [...(draft.details ?? []), span];
    if (holders.length === 0)
      unheld.push(readEntry(entry, catalogue, datedEmployers, employerPlaces, rangesEnd));
  }
  if (unheld.length > 0) {
    drafts.push(...unheld);
    drafts.sort((a, b) => a.draft.first - b.draft.first);
  }
  // An entry without an employer of its own continues the one above ("Stripe" over two titles);
  // an employer line with no title and no dates over such entries is their heading, not a position.
  const headings = new Set<PositionDraft>();
  const sameEmployer = new Set<PositionDraft>();
  // The employer line whose titles are being read: it stays open over every title dated within it.
  let employer: ReadEntry | null = null;
  const children = new Set<PositionDraft>();
  // Rows of work under an employer line (see `projectRow`): projects of its position, no positions.
  const projectRows = new Set<PositionDraft>();
  const headingLevel = headingLevels(infos);
  // The titled position whose heading the headings below it are deeper than (see `subheadingProject`).
  let headed: PositionDraft | null = null;
  // Lines of the levels held in one job (see `levelsInTurn`): no positions.
  const toldLevels = new Set<PositionDraft>();
  for (let i = 1; i < drafts.length; i++) {
    const draft = drafts[i]?.draft as PositionDraft;
    const previous = drafts[i - 1]?.draft as PositionDraft;
    if (headingLevel(previous) > 0 && previous.title && !projectRows.has(previous)) headed = previous;
    else if (headed && headingLevel(draft) <= headingLevel(headed)) headed = null;
    if (headed && subheadingProject(draft, headed, headingLevel, catalogue)) {
      headed.projects.push({ name: draft.company as Located, first: draft.first, last: draft.last });
      headed.details = [...(headed.details ?? []), { first: draft.first, last: draft.last }];
      projectRows.add(draft);
      continue;
    }
    // "Farfetch, Porto   Oct 2019 – present" over "Engineering Manager (since Jan 2022)": a dated line
    // that names no role, over titles dated within its span, is their employer.
    if (
      !draft.company &&
      !previous.company &&
      draft.title &&
      previous.title &&
      titleScore(previous.title.value) === 0 &&
      titleScore(draft.title.value) > 0 &&
      previous.highlights.length === 0 &&
      within(draft, previous)
    ) {
      previous.company = previous.title;
      previous.title = null;
    }
    if (employerLine(previous) && !projectRows.has(previous)) employer = drafts[i - 1] as ReadEntry;
    else if (!children.has(previous)) employer = null;
    const open = employer && within(draft, employer.draft) ? employer : null;
    const clients = open !== null && ownAccount(open);
    // "TBC Bank — Tbilisi   Sep 2020 – Present" over "Senior Data Analyst, Retail Analytics (2022 – present)"
    // and "Data Analyst, Risk Reporting (2020 – 2022)": under an employer line whose dates hold the title's,
    // the name after the title's comma is the unit. Under "Freelance — Berlin" it is the client.
    const unit = commaAfterTitle(drafts[i] as ReadEntry);
    if (
      open &&
      !clients &&
      draft.company &&
      unit?.label === 'company' &&
      // "Engineer, Routing Group": a group's name, no company the catalogue knows, is the unit.
      (!unit.strong || (unit.found.team && unit.found.company < 3)) &&
      sameLine(draft.company, unit.part.line)
    ) {
      draft.team = draft.company;
      draft.company = null;
      unit.label = 'team';
    }
    if (open) children.add(draft);
    // "NTT DATA Corporation (April 2012 – March 2019)" over "2016/10 – 2019/03  Internet banking renewal for a
    // regional bank (role: sub-leader)": under an employer line with no title whose dates hold it, a row that names a
    // piece of work, not an organisation, is a project of the one position the employer line is.
    if (open && !clients && !open.draft.title && projectRow(draft, catalogue)) {
      open.draft.projects.push({ name: draft.company as Located, first: draft.first, last: draft.last });
      open.draft.details = [...(open.draft.details ?? []), { first: draft.first, last: draft.last }];
      projectRows.add(draft);
      continue;
    }
    if (open && clients && draft.company) {
      // The own-account line names no employer: the name after "Freelance" is where the work was done.
      headings.add(open.draft);
      draft.location ??= open.draft.company;
      continue;
    }
    // "Data Engineer" / "Accenture | 2018 – 2022" over "Senior Analyst, then Consultant": the levels held told in one
    // undated line under a dated title are what the job was, no position; that line and what follows are the job's.
    if (
      !draft.company &&
      !draft.start &&
      !draft.current &&
      previous.start &&
      previous.title &&
      draft.title &&
      levelsInTurn(lines.find((line) => line.n === draft.title?.line))
    ) {
      previous.last = Math.max(previous.last, draft.last);
      previous.highlights.push(...draft.highlights);
      previous.summary.push(...draft.summary);
      previous.projects.push(...draft.projects);
      draft.company = previous.company;
      toldLevels.add(draft);
      continue;
    }
    // "Freelance" over "Own practice": work on one's own account names no employer, and takes none from above.
    if (
      !draft.company &&
      previous.company &&
      !(drafts[i] as ReadEntry).ownAccountPart &&
      !freelanceTitle(draft)
    ) {
      draft.company = { ...previous.company, confidence: previous.company.confidence * 0.8 };
      sameEmployer.add(draft);
      laterTitleStart(previous, draft);
      if (!draft.location && previous.location) draft.location = previous.location;
      if (
        !previous.title &&
        previous.highlights.length === 0 &&
        (!(previous.start || previous.current) || within(draft, previous))
      ) {
        headings.add(previous);
        draft.first = Math.min(draft.first, previous.first);
      }
    }
  }
  const repeated = promotionSpans(drafts, promoted, lines);
  const engagements = clientEngagements(drafts, sameEmployer, catalogue);
  // "Freelance Software Developer" over "Self-employed, Kraków | Jan 2020 – Ongoing": a title held on one's own
  // account, over no clients' titles, names no employer; the name after "Self-employed" is the place.
  const ownWork = new Set(
    drafts
      .filter(
        (read) =>
          (read.draft.title || read.ownAccountName) &&
          !headings.has(read.draft) &&
          !children.has(read.draft) &&
          ownAccount(read),
      )
      .map((read) => {
        // "Freelance" over "Own practice": work on one's own account that no title names is named by those words.
        read.draft.title ??= read.ownAccountName;
        return read.draft;
      }),
  );
  for (const draft of ownWork) {
    draft.location ??= draft.company;
    draft.company = null;
  }
  freelanceOwnWork(drafts, ownWork, headings, children);
  const studies = new Set(drafts.filter((read) => read.studies).map((read) => read.draft));
  const community = new Set(
    drafts
      .map((read) => read.draft)
      .filter((draft) => draft.company !== null && namesCommunity(draft.company.value)),
  );
  const positions = drafts
    .map((read) => read.draft)
    .filter(
      (draft) =>
        !headings.has(draft) &&
        !projectRows.has(draft) &&
        !toldLevels.has(draft) &&
        !ownWork.has(draft) &&
        !engagements.has(draft) &&
        !repeated.has(draft) &&
        !studies.has(draft) &&
        !community.has(draft) &&
        (draft.company || draft.title),
    );
  shareLadderBodies(positions, sameEmployer);
  return {
    positions,
    ownWork: [...ownWork],
    community: [...community],
    unplaced: before,
  };
}

/** "Senior Analyst, then Consultant": two titles joined by ", then" (groups 1 and 2). */
const THEN_JOINED = /^\s*([^,]{2,60}?)\s*,\s*(?:and\s+)?then\s+([^,]{2,60}?)\s*\.?\s*$/iu;

/** True when `line` is the levels held in one job told in turn, undated ("Associate, then Senior Associate"). */
function levelsInTurn(line: DocLine | undefined): boolean {
  if (!line || line.bullet || findDates(line.text).length > 0) return false;
  const found = THEN_JOINED.exec(line.text);
  return found !== null && titleScore(found[1] as string) > 0 && titleScore(found[2] as string) > 0;
}

/**
 * "Quillon Bank" over "A payments company of 40 people." over "Senior Engineer    Mar 2019 – Present": one sentence
 * right under a short name that names no role, over a line that names one, describes the employer. It belongs to
 * the header (`meta`) and is none of its fields (`terms`), so the name still stands over its title.
 */
function employerDescriptions(infos: readonly LineInfo[], catalogue: Catalogue): void {
  const filled = infos.filter((info) => !info.line.blank);
  for (let n = 1; n + 1 < filled.length; n++) {
    const [name, info, below] = [filled[n - 1], filled[n], filled[n + 1]] as [LineInfo, LineInfo, LineInfo];
    if (infos[infos.indexOf(info) - 1] !== name) continue;
    const sentence =
      !info.line.bullet &&
      info.line.heading === 0 &&
      info.dates.length === 0 &&
      info.words >= 3 &&
      info.words <= 20 &&
      /^\p{Lu}/u.test(info.line.text.trim()) &&
      endsSentence(info.line.text) &&
      sentences(info.line.text).length === 1;
    if (!sentence && !tagline(name, info, below, catalogue)) continue;
    // The name opens a header: no place, and not under a line of dates (a job's place and text are above one).
    const above = filled[n - 2];
    const named =
      !name.line.bullet &&
      !name.prose &&
      !name.meta &&
      !isLocation(name.line.text) &&
      !(above && above.dates.length > 0) &&
      name.dates.length === 0 &&
      name.words <= 6 &&
      !endsSentence(name.line.text) &&
      (name.line.bold || name.line.heading > 0 || titleCased(name.line.text)) &&
      !evidence(name, catalogue).title;
    if (!named || below.line.bullet || !evidence(below, catalogue).title) continue;
    info.meta = true;
    info.terms = true;
  }
}

/**
 * "Firma | Lodos Bilişim | Tarih | 2018 – 2021" (a Word form's row of two fields), "Company: Quillon Labs    Position:
 * QA Engineer": a line of several labelled fields of a position is read as one line per field, each on the line's
 * number with the fields before it blanked (so its columns stay), as if the writer had set one field a line.
 */
function splitLabelledPairs(lines: readonly DocLine[]): DocLine[] {
  return lines.flatMap((line) => {
    const pairs = line.blank ? null : labelledPairs(line.text);
    if (!pairs) return [line];
    return pairs.map(({ start, end }) => {
      const column = line.columns[start] ?? 0;
      return {
        ...line,
        text: ' '.repeat(start) + line.text.slice(start, end),
        raw: ' '.repeat(column) + line.raw.slice(column, line.columns[end] ?? line.raw.length),
      };
    });
  });
}

/**
 * "Pracodawca: Wrzos" … "Pracodawca: Bursztyn Soft", "Position: QA Engineer" … "Position: Tester": a label of the
 * fields that make a position (employer, title, dates) that comes again in an entry opens the next position, blank
 * line or not.
 */
function labelAgain(info: LineInfo, current: Entry): boolean {
  const key = positionLabelKey(info);
  // Only in an entry of fields: under "Consultant, Acme   2015 – 2020", "Role:" again is the next engagement's.
  const opening = current.header[0];
  if (key === null || !opening || entryField(opening) === null) return false;
  return [...current.header, ...current.body].some((line) => positionLabelKey(line) === key);
}

/** The folded label of a line `positionLabel` reads ("pozisyon", "company name"), else null. */
function positionLabelKey(info: LineInfo): string | null {
  const found = positionLabel(info);
  return (
    found &&
    foldKey(info.line.text.slice(0, found.at))
      .replace(/[\s:：|]+/gu, ' ')
      .trim()
  );
}

/**
 * "Data Annotator" / "Sama" / "Aug 2019 - Dec 2020" after a blank line, as a job portal's export stacks every
 * position ("MLOps Engineer" / "Apollo Agriculture" / "Mar 2023 - Currently working here"): where two stacks or more of
 * the same height (two to five short lines over a line of dates alone or with their length, a blank line above them)
 * repeat in a section, each stack's first line opens an entry, whatever its words, and the stack's other lines are
 * that entry's header. A portal prints what it knows of the job between the employer and the dates ("Cajera" /
 * "Tienda Inglesa" / "Comercio minorista | Atención al cliente" / "Montevideo, Uruguay" / "ene. 2016 - feb. 2019"):
 * the stack holds them, in lower case or not. Returns the stacks, each from its first line to its dates.
 */
function stackedHeaders(infos: readonly LineInfo[]): LineInfo[][] {
  const byHeight = new Map<number, LineInfo[][]>();
  infos.forEach((info, index) => {
    if (!datesAndLength(info) || info.line.bullet) return;
    let top = index;
    while (top > 0) {
      const above = infos[top - 1] as LineInfo;
      if (above.line.blank) break;
      if (
        above.line.bullet ||
        above.dates.length > 0 ||
        above.prose ||
        above.words > 8 ||
        labelled(above) ||
        entryField(above) ||
        index - top >= 5
      )
        return;
      top--;
    }
    const height = index - top;
    if (height < 2) return;
    byHeight.set(height, [...(byHeight.get(height) ?? []), infos.slice(top, index + 1)]);
  });
  return [...byHeight.values()].filter((stacks) => stacks.length >= 2).flat();
}

/**
 * "Seguros | Tecnología, Sistemas y Telecomunicaciones", "Services numériques · CDI" below a stack's title and
 * employer (`stackedHeaders`): what a portal prints of the job in parts set apart by bars or middle dots (the
 * employer's industry and the job's area, how it was held) names no title or employer of the entry. Marks such
 * lines `meta` and `terms`, and a place there `meta` (the job's location).
 */
function profileLinesInStack(
  stack: readonly LineInfo[],
  evidenceFor: (info: LineInfo) => { title: boolean; company: boolean },
  catalogue: Catalogue,
): void {
  for (const info of stack.slice(2)) {
    if (info.dates.length > 0) continue;
    // "Go · Kafka · Kubernetes" in the stack: the job's technologies, no employer.
    if (technologyList(info, catalogue)) {
      info.meta = true;
      info.terms = true;
      continue;
    }
    const text = info.line.text.trim();
    if (placeOrSite(text)) {
      info.meta = true;
      continue;
    }
    const pieces = barredParts(text);
    const found = evidenceFor(info);
    if (pieces.length < 2 || found.title || found.company) continue;
    info.meta = true;
    info.terms = true;
  }
}

/**
 * "Android Developer" / "Full-time" / "Oct 2019 - Dec 2021 · 2 yrs 3 mos" (a profile copied from LinkedIn or a portal):
 * the dates with their length under the job's own lines close its header, when those lines already name the title
 * (`evidenceFor`) and the employer or say how the job was held. Only the place (`meta`) stands under them; the next line is the job's text
 * ("Kotlin, Coroutines and Retrofit.") or the next employer's name, though set as a name.
 */
function profileHeaderClosed(
  header: readonly LineInfo[],
  evidenceFor: (info: LineInfo) => { title: boolean; company: boolean },
): boolean {
  const at = header.findIndex((line) => hasRange(line) && line.durations.length > 0 && datesAndLength(line));
  if (at <= 0) return false;
  const above = header.slice(0, at);
  // "Acme Robotics" / "Boston, MA" over the dates: no title yet, the one under them is the header's.
  if (!header.some((line) => evidenceFor(line).title)) return false;
  return (
    above.filter((line) => !line.meta).length >= 2 ||
    above.some((line) => (line.meta && !line.durationOnly) || heldAfterName(line.line.text))
  );
}

/**
 * What a line sets between its parts ("Title | Employer | City", "Title — Employer", "Title, Employer"): its shape as
 * a header, by the first kind of separator it holds (bars, then spaced dashes, then commas), or null.
 */
const HEADER_SEPARATORS: readonly (readonly [string, RegExp])[] = [
  ['bar', /\s\|\s/gu],
  ['dash', /\s[—–-]\s/gu],
  ['comma', /,\s/gu],
];

function separatorShape(text: string): string | null {
  for (const [kind, pattern] of HEADER_SEPARATORS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) return `${kind}${count}`;
  }
  return null;
}

/**
 * "**Practică Python | Orvento Software | Cluj-Napoca**" over "iun. 2015 – aug. 2015" among "**Inginer
 * software | Delmar Systems | Timișoara**" over "martie 2020 – prezent"; "Tolk inom teknisk dokumentation, Ravnholt"
 * over "mars 2014 – maj 2017 · Borås" among "Senior systemutvecklare, Kallvik Marin" over "juni 2017 – nu ·
 * Uddevalla": where two or more lines set alike (bold, heading level, capitals and indent), with as many separators of
 * one kind between their parts (`separatorShape`), each right over a line of dates alone or of dates and a place
 * (`datesAndPlace`, any capitalised words), name
 * a title or an employer, every line so set heads an entry, whatever its words. A line over dates that is set otherwise
 * (a project's name in bold, a line of fewer parts) is left to the other rules.
 */
function barredHeadersOverDates(
  content: readonly LineInfo[],
  evidenceFor: (info: LineInfo) => { title: boolean; company: boolean },
): Set<LineInfo> {
  const shapes = new Map<string, LineInfo[]>();
  content.forEach((info, index) => {
    const next = content[index + 1];
    if (
      !next ||
      !(dateOnly(next) || datesAndPlace(next, true)) ||
      info.line.bullet ||
      info.prose ||
      info.dates.length > 0 ||
      info.words > 16
    )
      return;
    const separators = separatorShape(info.line.text);
    if (separators === null) return;
    const key = `${separators}:${info.line.heading}:${info.line.bold}:${info.line.caps}:${info.line.indent}`;
    shapes.set(key, [...(shapes.get(key) ?? []), info]);
  });
  const heads = new Set<LineInfo>();
  for (const lines of shapes.values()) {
    const named = lines.filter((info) => {
      const found = evidenceFor(info);
      return found.title || found.company;
    });
    if (named.length >= 2) for (const info of lines) heads.add(info);
  }
  return heads;
}

/**
 * "Applaudo Studios — San Salvador" over "Nearshore software studio serving US companies" over "Engineering Manager
 * <TAB>2014 – 2018": a line in sentence case (two words in lower case or more, no period needed) set more quietly than
 * the name above it, over a dated line that names a role, tells what the employer is, as `employerDescriptions`'
 * sentence does. A title set in sentence case ("Senior software engineer") or a place is none.
 */
function tagline(name: LineInfo, info: LineInfo, below: LineInfo, catalogue: Catalogue): boolean {
  const text = info.line.text.trim();
  const lowerWords = (text.match(/(?<![\p{L}\p{N}])\p{Ll}{3,}/gu) ?? []).filter(
    (word) => !NAME_JOINERS.has(word) && !ROLE_GOES_ON.test(word),
  ).length;
  return (
    !info.line.bullet &&
    info.line.heading === 0 &&
    !(info.line.bold && name.line.heading === 0) &&
    info.dates.length === 0 &&
    info.words >= 3 &&
    info.words <= 16 &&
    /^\p{Lu}/u.test(text) &&
    lowerWords >= 2 &&
    !isLocation(text) &&
    !evidence(info, catalogue).title &&
    hasRange(below) &&
    !below.line.bullet
  );
}

/**
 * "Bancoria, Bogotá    2015 – Present" over "Engineering Manager, Digital Channels    Feb 2022 – Present" and
 * "Technical Lead    Mar 2018 – Jan 2022": a dated line whose parts name no role, right over a title dated within
 * its span, is the employer's line, however the titles' layout voted its slots. Its first part that is no place
 * is the employer, a place the location; the titles under it go on at that employer (see `readExperience`).
 */
function employersOverTitles(read: readonly ReadEntry[], catalogue: Catalogue): void {
  read.forEach((entry, index) => {
    const { draft, parts } = entry;
    const next = read[index + 1];
    if (
      !next ||
      !draft.start ||
      !(draft.end || draft.current) ||
      parts.length === 0 ||
      parts.length > 3 ||
      parts.some(
        (item) => item.found.title > 0 || item.found.team || item.part.line !== parts[0]?.part.line,
      ) ||
      draft.highlights.length > 0 ||
      draft.summary.length > 0 ||
      !next.parts.some((item) => item.label === 'title' && item.found.title > 0) ||
      !within(next.draft, draft)
    )
      return;
    const employer = parts.find((item) => !item.found.location) ?? null;
    if (!employer || (employer.label === 'company' && draft.title === null)) return;
    draft.title = null;
    draft.team = null;
    draft.company = null;
    draft.location = null;
    // "Bancoria, Manizales": the name after the employer's is its place, as a header's layout has it, unless
    // evidence names it an organisation.
    const place = (item: ReadEntry['parts'][number]) =>
      item.found.location || (item.part.index > employer.part.index && item.found.company === 0);
    for (const item of parts) {
      item.label = item === employer ? 'company' : place(item) && !draft.location ? 'location' : null;
      item.strong = item.label !== null;
      if (item.label) setPart(draft, item.label, item.part, catalogue);
    }
  });
}

/**
 * "| 03/2021 – present | Twiga Foods | Backend Engineer → Senior Backend Engineer (2023) |": a title after an arrow
 * from the title before it on the same line, dated by one date of its own, is a promotion inside the line's span:
 * its date is when it started (see `promotionSpans`).
 */
function titleAfterArrow(
  above: PositionDraft | undefined,
  draft: PositionDraft,
  lines: readonly DocLine[],
): boolean {
  const earlier = above?.title;
  const later = draft.title;
  if (!earlier || !later || earlier.column === undefined || later.column === undefined) return false;
  if (earlier.line !== later.line || earlier.endLine !== earlier.line) return false;
  if (!draft.start || (draft.end && monthKey(draft.end.date, false) !== monthKey(draft.start.date, false)))
    return false;
  const text = lines.find((line) => line.n === later.line)?.raw ?? '';
  const between = text.slice(earlier.column + earlier.value.length, later.column);
  return /^[\s*_]*(?:→|⟶|-+>)[\s*_]*$/u.test(between);
}

/**
 * "Software Engineer    2018 – 2021" then "Promoted to Senior Developer (2021)" under "Northwind Freight    2018 –
 * 2023": a promotion's one date is when the new title started; it holds until the end of the span above that
 * holds that date at the same employer (a title's, else the employer line's). A title above still open then ends
 * where the promotion starts. Returns the promotions that repeat a title above dated from that year ("Senior
 * Software Engineer    2019 – 2023" … "Promoted to Senior Software Engineer in 2019"): no positions of their own.
 * The title above that the promotion repeats, read from "QA Engineer → Senior QA Engineer" (`lines`: the document's
 * lines as written), was the one before the arrow until then.
 */
function promotionSpans(
  drafts: readonly ReadEntry[],
  promoted: ReadonlySet<PositionDraft>,
  lines: readonly DocLine[],
): Set<PositionDraft> {
  const repeated = new Set<PositionDraft>();
  // Each title to the promotion that follows it and took its span's end.
  const closedBy = new Map<PositionDraft, PositionDraft>();
  drafts.forEach(({ draft }, index) => {
    if (!promoted.has(draft) || !draft.start || draft.current) return;
    const start = monthKey(draft.start.date, false);
    if (draft.end && monthKey(draft.end.date, false) !== start) return;
    const employer = lookupKey(draft.company?.value ?? '');
    for (let n = index - 1; n >= 0; n--) {
      const above = (drafts[n] as ReadEntry).draft;
      if (lookupKey(above.company?.value ?? '') !== employer) return;
      if (!above.start || monthKey(above.start.date, false) > start) continue;
      if (
        above.title &&
        lookupKey(above.title.value) === lookupKey(draft.title?.value ?? '') &&
        monthKey(above.start.date, true) >= monthKey(draft.start.date, true)
      ) {
        repeated.add(draft);
        return;
      }
      const end = above.current
        ? Number.POSITIVE_INFINITY
        : above.end
          ? monthKey(above.end.date, true)
          : null;
      if (end === null || end <= monthKey(draft.start.date, true)) continue;
      draft.end = above.end;
      draft.current = above.current;
      if (above.title) {
        above.end = draft.start;
        above.current = null;
        if (lookupKey(above.title.value) === lookupKey(draft.title?.value ?? ''))
          above.title = titleBeforeArrow(above.title, lines) ?? above.title;
        if (n === index - 1) closedBy.set(above, draft);
      }
      return;
    }
    draft.end = null;
  });
  textToPromotions(closedBy);
  return repeated;
}

/**
 * "Site Reliability Engineer" over "June 2015 – Present", the entry's bullets, then "Promoted to Senior SRE in
 * 2018" (and perhaps "Promoted to Principal SRE in 2021", or "…, then to Principal SRE (2021)" on the same line):
 * promotions told after the text of the entry they split, with no text of their own, close that entry. The text
 * tells of the entry's time and is the latest title's, as a reader takes it (the earlier ones keep their headers);
 * it is handed once, to the last promotion of the run (`closedBy`: each title to the promotion after it).
 */
function textToPromotions(closedBy: ReadonlyMap<PositionDraft, PositionDraft>): void {
  const givers = [...closedBy.keys()].filter((draft) => bodyStart(draft) !== null);
  for (const giver of givers) {
    const run: PositionDraft[] = [];
    for (
      let next = closedBy.get(giver);
      next && bodyStart(next) === null && next.first > giver.last;
      next = closedBy.get(next)
    )
      run.push(next);
    const latest = run[run.length - 1];
    if (!latest) continue;
    const bodyEnd = giver.last;
    moveBody(giver, latest);
    datedProjectsToTitles([giver, ...run], latest, bodyEnd);
  }
}

/**
 * "Medtronic | 2012 – 2019" over "Director" and then "Engineering Manager (2012 – 2015)": titles listed
 * latest first under the employer's span, the earlier one dated and starting with it. The title above
 * holds the rest of the span: it began when the one below it ended.
 */
function laterTitleStart(above: PositionDraft, below: PositionDraft): void {
  if (!above.title || !above.start || !below.start || !below.end || below.current) return;
  if (monthKey(above.start.date, false) !== monthKey(below.start.date, false)) return;
  const aboveEnd = above.current || !above.end ? Number.POSITIVE_INFINITY : monthKey(above.end.date, true);
  if (monthKey(below.end.date, true) >= aboveEnd) return;
  above.start = below.end;
}

/** The lines a position's own text covers (its bullets, paragraphs and sub-headings), or null if none. */
function bodyStart(draft: PositionDraft): number | null {
  const lines = [
    ...draft.highlights.map((line) => line.line),
    ...draft.summary.map((line) => line.line),
    ...draft.projects.map((project) => project.first),
  ];
  return lines.length > 0 ? Math.min(...lines) : null;
}

/**
 * A promotion ladder: titles listed one under another at one employer ("Director" / "Senior Manager" /
 * "Staff Engineer", each with its dates) over one block of bullets or one paragraph. That block tells
 * of the employer's time and sits under the last title only because it has to sit somewhere: it is
 * the latest role's (the one started last, else the first listed), as a reader takes it. Where each
 * title has text of its own, each keeps its own.
 */
function shareLadderBodies(positions: PositionDraft[], sameEmployer: ReadonlySet<PositionDraft>): void {
  const startOf = (draft: PositionDraft) =>
    draft.start ? monthKey(draft.start.date, false) : Number.NEGATIVE_INFINITY;
  for (let i = 0; i < positions.length; i++) {
    let k = i;
    const employer = lookupKey(positions[i]?.company?.value ?? '');
    while (
      k + 1 < positions.length &&
      sameEmployer.has(positions[k + 1] as PositionDraft) &&
      lookupKey(positions[k + 1]?.company?.value ?? '') === employer
    )
      k++;
    const ladder = positions.slice(i, k + 1);
    i = k;
    const last = ladder[ladder.length - 1] as PositionDraft;
    const from = bodyStart(last);
    if (ladder.length < 2 || from === null || ladder.slice(0, -1).some((draft) => bodyStart(draft) !== null))
      continue;
    // The titles stand one under another: no line of another kind between them.
    if (ladder.slice(1).some((draft, n) => draft.first > (ladder[n] as PositionDraft).last + 2)) continue;
    const latest = ladder.reduce((best, draft) => (startOf(draft) > startOf(best) ? draft : best));
    const bodyEnd = last.last;
    if (latest !== last) moveBody(last, latest);
    datedProjectsToTitles(ladder, latest, bodyEnd);
  }
}

/**
 * The text a later title takes from the title over it (see `shareLadderBodies`, `textToPromotions`): its bullets,
 * paragraphs and sub-headings, with their lines as a span of its details; the giver keeps the lines above the text.
 */
function moveBody(giver: PositionDraft, taker: PositionDraft): void {
  const from = bodyStart(giver);
  if (from === null) return;
  taker.highlights = giver.highlights;
  taker.summary = giver.summary;
  taker.projects = giver.projects;
  taker.details = [...(taker.details ?? []), { first: from, last: giver.last }];
  giver.highlights = [];
  giver.summary = [];
  giver.projects = [];
  giver.last = from - 1;
}

/**
 * "Client: Aviva (2019 – 2022)" in the block under a ladder of titles: a consultant's engagement with dates of its
 * own is a project of the title whose span holds its start, with its lines (up to the next engagement).
 */
function datedProjectsToTitles(
  ladder: readonly PositionDraft[],
  holder: PositionDraft,
  bodyEnd: number,
): void {
  const projects = [...holder.projects].sort((a, b) => a.first - b.first);
  projects.forEach((project, n) => {
    const from = findDates(project.name.value).find((date) => date.from !== null)?.from;
    if (!from) return;
    const start = monthKey(from, false);
    const title = ladder.find(
      (draft) =>
        draft.start !== null &&
        monthKey(draft.start.date, false) <= start &&
        (draft.current !== null || (draft.end !== null && start <= monthKey(draft.end.date, true))),
    );
    if (!title || title === holder) return;
    const next = projects[n + 1];
    const last = next ? next.first - 1 : bodyEnd;
    holder.projects.splice(holder.projects.indexOf(project), 1);
    title.projects.push(project);
    title.details = [...(title.details ?? []), { first: project.first, last }];
    // The holder's text given away at its head: its span starts after it (one starting on the same line would tie).
    holder.details = holder.details?.map((span) =>
      span.first === project.first ? { first: last + 1, last: span.last } : span,
    );
  });
}

/**
 * "Programadora Freelance    2018 – 2019" over "Proyectos independientes", "Freelance Web Developer    2016 – 2018":
 * a title that says the work was freelance, in an entry that names no employer, takes none from the entry above.
 */
function freelanceTitle(draft: PositionDraft): boolean {
  return draft.title !== null && namesFreelance(draft.title.value);
}

/** A title that names work done for clients: its engagements are the clients' names. */
const CONSULTING_TITLE = /\b(?:consultant|consulting|contractor|advisor|adviser|freelancer)\b/iu;

/**
 * "Barclays (2021 – Present)" under "Accenture plc" / "Principal Consultant (2021 – Present)": an entry that names
 * no title the vocabulary knows, no employer of its own, and dates held within the dates of a titled position
 * at the same employer above it is a client engagement, a project of that position (with its lines), no
 * position. Its name must read as an organisation (the catalogue, a legal suffix, an organisation word), or the
 * title holding it must name consulting work: "Barista Trainer (2018 – 2019)" under "Shift Supervisor (2015 –
 * Present)" is a second position with a title the vocabulary does not know. Returns the engagements.
 */
function clientEngagements(
  drafts: readonly ReadEntry[],
  sameEmployer: ReadonlySet<PositionDraft>,
  catalogue: Catalogue,
): Set<PositionDraft> {
  const found = new Set<PositionDraft>();
  for (const [index, { draft }] of drafts.entries()) {
    if (!sameEmployer.has(draft) || !draft.title || !draft.company || titleScore(draft.title.value) > 0)
      continue;
    if (!draft.start || !/^\p{Lu}/u.test(draft.title.value)) continue;
    const organisation = companyEvidence(draft.title.value, catalogue) > 0;
    const company = lookupKey(draft.company.value);
    const holder = drafts
      .slice(0, index)
      .map((read) => read.draft)
      .find(
        (other) =>
          !found.has(other) &&
          other.title !== null &&
          other.company !== null &&
          lookupKey(other.company.value) === company &&
          titleScore(other.title.value) > 0 &&
          (organisation || CONSULTING_TITLE.test(other.title.value)) &&
          within(draft, other),
      );
    if (!holder) continue;
    found.add(draft);
    holder.projects.push({ name: draft.title, first: draft.first, last: draft.last });
    holder.details = [...(holder.details ?? []), { first: draft.first, last: draft.last }];
  }
  return found;
}

/** The heading level of the line each draft's header opens on (0 for a line set as no heading). */
function headingLevels(infos: readonly LineInfo[]): (draft: PositionDraft) => number {
  const levels = new Map(infos.map((info) => [info.line.n, info.line.heading]));
  return (draft) => levels.get(draft.first) ?? 0;
}

/**
 * "### Toss | 2022.03 ~ present" over "**Server Developer, Payments Core Team**", then "#### Merchant settlement
 * batch rewrite (2023.05 ~ 2024.01)": a heading deeper than a titled position's, naming no title and no organisation
 * the catalogue knows, dated within that position, is a project of it (as Korean and Japanese résumés list the
 * projects done at each employer), no position.
 */
function subheadingProject(
  draft: PositionDraft,
  holder: PositionDraft,
  headingLevel: (draft: PositionDraft) => number,
  catalogue: Catalogue,
): boolean {
  const level = headingLevel(draft);
  return (
    level > headingLevel(holder) &&
    draft.company !== null &&
    !draft.title &&
    titleScore(draft.company.value) === 0 &&
    companyEvidence(draft.company.value, catalogue) < 2 &&
    within(draft, holder)
  );
}

/**
 * A row whose name is a piece of work in sentence case ("Internet banking renewal for a regional bank", "ANSER
 * settlement system maintenance"): three words or more, two of them words in small letters of four letters or more
 * (a name is written in capitals, so "regional bank" names no bank), no catalogue employer, legal form or
 * institution, no title before it (a role written after it, "(role: programmer)", is the project's).
 */
function projectRow(draft: PositionDraft, catalogue: Catalogue): boolean {
  const name = draft.company;
  if (
    !name ||
    (draft.title && !(draft.title.line === name.line && (draft.title.column ?? 0) > (name.column ?? 0)))
  )
    return false;
  const words = name.value.trim().split(/\s+/u);
  return (
    words.length >= 3 &&
    /^\p{Lu}/u.test(name.value.trim()) &&
    words.slice(1).filter((word) => /^\p{Ll}{4,}$/u.test(word)).length >= 2 &&
    companyEvidence(name.value, catalogue) < 2 &&
    !isInstitution(name.value) &&
    titleScore(name.value) === 0
  );
}

/**
 * "Rewrote the logger app …, tracked in Firebase" over "Crashlytics.": a short line closing a sentence that the
 * line right above (a sentence or a line of eight words or more, with no stop at its end, at the same indent) began is that sentence's end, no header,
 * whatever name it holds.
 */
function sentenceTail(info: LineInfo, above: LineInfo | undefined): boolean {
  const text = info.line.text.trim();
  return (
    above !== undefined &&
    !above.line.blank &&
    (above.prose || above.words >= 8) &&
    !/[.!?:;]["')\]]*$/u.test(above.line.text.trimEnd()) &&
    above.line.indent === info.line.indent &&
    !info.line.bullet &&
    info.line.heading === 0 &&
    info.dates.length === 0 &&
    info.words <= 6 &&
    /\p{L}[.!?]$/u.test(text) &&
    !ABBREVIATION.test(text.split(/\s+/u).at(-1) as string)
  );
}

/** "Mar 2017 - Dec 2018 · 1 yr 10 mos": dates, and at most how long they make. */
function datesAndLength(info: LineInfo): boolean {
  return info.lead !== null && info.rest.replace(DURATION, '').replace(/[\s·•|()]/gu, '') === '';
}

/** "Globant · Full-time": a name, then how the job was held, as a profile page prints the employer. */
function heldAfterName(text: string): boolean {
  const parts = text.split(' · ');
  return parts.length === 2 && /\p{L}/u.test(parts[0] as string) && heldHow(parts[1] as string);
}

/** A dated line naming an employer and no role or work of its own, not a place: the heading of the titles under it. */
function employerLine(draft: PositionDraft): boolean {
  return (
    draft.company !== null &&
    !draft.title &&
    (draft.start !== null || draft.current !== null) &&
    draft.highlights.length === 0 &&
    !isLocation(draft.company.value)
  );
}

/** "Freelance — ", "Self-employed, ": work on one's own account opening a header line, before a name. */
const OWN_ACCOUNT_PART = new RegExp(`^\\s*(?:${OWN_ACCOUNT_WORDS.join('|')})\\s*$`, 'iu');
const OWN_ACCOUNT_OPENING = new RegExp(`^\\s*(?:${OWN_ACCOUNT_WORDS.join('|')})\\s*[—–|,·:-]\\s*$`, 'iu');

/**
 * "Freelance — Berlin   Jan 2018 – Present", "Self-employed, Leeds": how the work was held stands where the
 * employer goes, so the names under it are clients and the name after it is the place. A name after it that
 * the catalogue, a legal suffix or an organisation word shows to be a firm ("Self-employed — Nowak Software
 * GmbH") is the person's own firm: their employer.
 */
function ownAccount(read: ReadEntry): boolean {
  const company = read.parts.find((item) => item.label === 'company');
  // "Freelance Developer | Self-employed | 03/2020 – 05/2022": the part where the employer goes says the work
  // was held on one's own account, and no other part names an employer.
  if (company === undefined) return read.ownAccountPart && read.draft.company === null;
  return (
    OWN_ACCOUNT_OPENING.test(company.part.line.text.slice(0, company.part.start)) &&
    company.found.company === 0
  );
}

/**
 * Freelance work that names no client adds to `ownWork`: "Freelance web developer, Port Vila" (a place where the
 * employer goes), "Content Writer (Freelance) at Upwork" (a marketplace), "💼 Freelance (since 2022)" over the
 * clients' rows (the words alone where the employer goes, no title). A marketplace or the words are no place.
 */
function freelanceOwnWork(
  drafts: readonly ReadEntry[],
  ownWork: Set<PositionDraft>,
  headings: ReadonlySet<PositionDraft>,
  children: ReadonlySet<PositionDraft>,
): void {
  for (const read of drafts) {
    const draft = read.draft;
    if (ownWork.has(draft) || headings.has(draft) || children.has(draft)) continue;
    const company = draft.company?.value ?? null;
    // "Freelance Illustrator | Fiverr": the own-account words opening the line were read as where the work was.
    if (
      !draft.title &&
      draft.location &&
      company &&
      namesMarketplace(company) &&
      namesFreelance(draft.location.value)
    ) {
      draft.title = draft.location;
      draft.location = null;
    }
    if (company !== null && !draft.title && ownAccountAlone(company)) {
      draft.title = draft.company;
      draft.company = null;
      ownWork.add(draft);
      continue;
    }
    const header = [...new Set(read.parts.map((item) => item.part.line.text))].join(' ');
    const named = read.parts.find((item) => item.label === 'company');
    const body = [...draft.summary, ...draft.highlights].map((item) => item.value).join(' ');
    const unknownName = named !== undefined && named.found.company === 0;
    if (!draft.title || !freelanceWithoutClient(header, company, unknownName, body)) continue;
    if (company !== null && !namesMarketplace(company)) draft.location ??= draft.company;
    draft.company = null;
    ownWork.add(draft);
  }
}

/** The inner position's dates lie within the outer's: the outer is the employer's span over its titles. */
function within(inner: PositionDraft, outer: PositionDraft): boolean {
  if (!inner.start || !outer.start) return false;
  const endOf = (draft: PositionDraft, start: LocatedDate) =>
    draft.current ? Number.POSITIVE_INFINITY : monthKey((draft.end ?? start).date, true);
  return (
    monthKey(outer.start.date, false) <= monthKey(inner.start.date, false) &&
    endOf(inner, inner.start) <= endOf(outer, outer.start)
  );
}

/**
 * "Data Annotator" over "Kilima Labs" over "Aug 2019 – Dec 2020" among "Annotation Team Lead" over "Kilima Labs" over
 * "Jan 2021 – Feb 2023" (a job board's layout: title, employer and dates each on a line of their own): once two
 * such trios show the layout with titles the vocabulary knows, a line set apart as they are (a blank line above it,
 * or the last item of the entry above, as a Word file copied out writes them), over an undated line over a line of
 * dates alone, is a title line too, whatever its words ("Data Annotator", "Sommelier").
 */
function titlesOverEmployers(
  content: readonly LineInfo[],
  blankAbove: (info: LineInfo) => boolean,
  evidenceFor: (info: LineInfo) => { title: boolean; company: boolean },
): LineInfo[] {
  let known = 0;
  const found: LineInfo[] = [];
  content.forEach((info, index) => {
    const employer = content[index + 1];
    const dates = content[index + 2];
    if (
      !employer ||
      !dates ||
      info.prose ||
      info.line.bullet ||
      employer.line.bullet ||
      info.dates.length > 0 ||
      employer.dates.length > 0 ||
      info.words > 6 ||
      !(blankAbove(info) || content[index - 1]?.line.bullet) ||
      blankAbove(employer) ||
      blankAbove(dates) ||
      !dateOnly(dates) ||
      !/^\p{Lu}/u.test(info.rest) ||
      looseSectionKind(info.rest) !== null
    )
      return;
    const own = evidenceFor(info);
    if (own.company || evidenceFor(employer).title) return;
    if (own.title) known++;
    found.push(info);
  });
  return known >= 2 ? found : [];
}

/**
 * "Glassblower    2015 – 2019" over "Kestrel Studio, Hinxton": where a header's employer is known, the part that
 * opens a header line of its own, title-cased, a few words, nothing showing it to be an organisation or a place,
 * is the title the header names, whatever its words; a body line ("Apprentice, then journeyman: …", "Member of the
 * … team: …") never takes its place.
 */
function headerOwnTitle(
  parts: ReadEntry['parts'],
  draft: PositionDraft,
): ReadEntry['parts'][number] | undefined {
  const company = draft.company;
  if (!company) return undefined;
  return parts.find(
    ({ part, label, found }) =>
      label === null &&
      part.index === 0 &&
      part.line.n !== company.line &&
      found.company === 0 &&
      !found.location &&
      part.text.split(/\s+/u).length <= 5 &&
      titleCased(part.text) &&
      findDates(part.text).length === 0,
  );
}

interface ReadEntry {
  draft: PositionDraft;
  parts: { part: Part; found: PartFeatures; label: PartLabel | null; strong: boolean }[];
  /** A part of the header is how the work was held on one's own account, alone ("| Self-employed |"). */
  ownAccountPart: boolean;
  /** Where the header says so alone ("Freelance"): the name of the work when no title names it. */
  ownAccountName: Located | null;
  /** The header labels the entry as studies ("Oct 2011 -> Jul 2016    EDUCATION"): no position. */
  studies: boolean;
}

function readEntry(
  entry: Entry,
  catalogue: Catalogue,
  datedEmployers: ReadonlySet<LineInfo>,
  employerPlaces = false,
  rangesEnd: number | null = null,
): ReadEntry {
  const span = entrySpan(entry);
  const draft = emptyPosition(span.first, span.last, 'header');
  // Dates: the first range in the header, else a single start date; its end may open the next line.
  const dated = entry.header.flatMap((info) => headerDates(info).map((date) => ({ info, date })));
  const range = dated.find(({ date }) => date.kind === 'range');
  const single = dated.find(({ date }) => date.kind === 'single');
  if (range) {
    setRange(draft, range.info.line, range.date);
    // "Jan 2019 –" at a line's end, its end opening the next line.
    const all = [...entry.header, ...entry.body];
    const next = all[all.indexOf(range.info) + 1];
    if (range.date.openEnded && next?.lead && next.lead.kind !== 'range') {
      draft.current = null;
      const { endMonth } = range.date;
      if (next.lead.kind === 'ongoing')
        draft.current = locate(next.line, next.lead.start, next.lead.end, next.lead.text, 0.8);
      else if (endMonth !== undefined && next.lead.from && next.lead.from.month === null)
        setDate(draft, 'end', next.line, { ...next.lead, from: { ...next.lead.from, month: endMonth } });
      else setDate(draft, 'end', next.line, next.lead);
    }
  } else if (single) {
    setDate(draft, 'start', single.info.line, single.date);
    // "Northwind Freight    2021" over "Larkspur Systems    2017 – 2021": one date alone, at or after the end of
    // every range of the other entries, is the start of the current job, written alone.
    const latestAlone =
      rangesEnd !== null &&
      dated.length === 1 &&
      (single.date.from?.year ?? Number.NEGATIVE_INFINITY) >= rangesEnd;
    // A start in the left date column, its end (or "now") opening the next line: 2025/09 … / - now …
    const next = [...entry.header, ...entry.body].find(
      (info) => info.line.n > single.info.line.n && info.lead,
    );
    const nextIndex = [...entry.header, ...entry.body].findIndex((info) => info.line.n > single.info.line.n);
    const following = [...entry.header, ...entry.body][nextIndex];
    if (single.info.lead === single.date && next && next === following && next.lead) {
      if (next.lead.kind === 'single' && next.lead.from) {
        setDate(draft, 'end', next.line, next.lead);
      } else if (next.lead.kind === 'ongoing') {
        draft.current = locate(next.line, next.lead.start, next.lead.end, next.lead.text, 0.8);
      }
    } else if (
      (single.info.lead !== single.date && !latestAlone) ||
      LEADING_SEASON.test(single.date.text) ||
      // "- **2019** Research Intern, Microsoft Research": a list item led by one year lies within it.
      (single.info.line.bullet && single.date.from?.month === null && dated.length === 1) ||
      // "2005    Summer Intern, Radiant Controls" where the other entries give ranges ("2008 – 2012    …"): the
      // writer gives one date for a position within it, not its start. The latest entry ("2022    Senior
      // Engineer, …" over "2017 – 2022    …") is the current job, its start written alone.
      (rangesEnd !== null && dated.length === 1 && !single.info.leadOpen && !latestAlone)
    ) {
      // One date in a header line ("Intern, Google, Summer 2014"), or a season leading it ("Summer 2016
      // Research Intern"): the position lies within it.
      setDate(draft, 'end', single.info.line, single.date);
    }
  }
  const parts: ReadEntry['parts'] = [];
  let ownAccountPart = false;
  // The first parts of lines that an engagement's bracket follows ("Lagerist (befristet), …").
  const engagedFirst = new Set<Part>();
  let ownAccountName: Located | null = null;
  let studies = false;
  for (const info of entry.header) {
    if (entryField(info) || labelledDetail(info) || info.terms) continue;
    // "Warsaw, Poland" on a line of its own under a job's dates, "Silver Spring, MD United States" right under the
    // employer's line: the job's place, whole.
    const place = info.line.text.trim();
    const previous = entry.header[entry.header.indexOf(info) - 1];
    // The line above names no title ("Software Engineer" over "Bitpanda, Vienna, Austria" names the employer there).
    const underEmployer =
      previous !== undefined &&
      previous === entry.header[0] &&
      previous.dates.length === 0 &&
      !evidence(previous, catalogue).title &&
      place.includes(',');
    if (
      (info.meta || underEmployer) &&
      info.dates.length === 0 &&
      !/\s{3,}|\t|[|·•]/u.test(place) &&
      titleScore(place) === 0 &&
      isLocation(place) &&
      !employerBeforePlace(place, catalogue, employerPlaces)
    ) {
      const at = info.line.text.indexOf(place);
      draft.location ??= locate(info.line, at, at + place.length, place, 0.7);
      continue;
    }
    // "Almaty, kolesa.kz" under the employer (a job portal's place and web address): the job's place, and no name.
    const placeAndSite = info.meta && info.dates.length === 0 ? siteAfterPlace(place) : null;
    if (placeAndSite) {
      const at = info.line.text.indexOf(place);
      const town = placeAndSite.place;
      draft.location ??= locate(info.line, at, at + town.length, town, 0.7);
      continue;
    }
    const spans = blanks(info);
    // A line led by a single date and naming no title or company is the left date column's
    // neighbour: the text after the date describes the work (a sub-heading or a summary).
    // The end stacked under the start ("2018  Android Developer" over "2021  Getir · Istanbul") leads the line
    // naming the employer, however unknown.
    const stackedUnder =
      info !== entry.header[0] && !entry.header[0]?.leadOpen && sameLine(draft.end, info.line);
    // A season or year leading the entry's first line over a short line naming no title, the employer's ("léto 2014
    // Pomocník na stavbě" over "Stavby Novák s.r.o., Brno"), as the date column's ranges lead theirs: the rest is the
    // title.
    const below = entry.header[1];
    const overEmployer =
      info === entry.header[0] &&
      !info.leadOpen &&
      below !== undefined &&
      below.dates.length === 0 &&
      !below.line.bullet &&
      !below.prose &&
      below.words <= 8 &&
      !evidence(below, catalogue).title;
    // "### 2018 · Shannon Mapping" over "**Software Intern**": a heading led by its year over the title held
    // names the employer, no project.
    const overTitle =
      info === entry.header[0] &&
      info.line.heading > 0 &&
      below !== undefined &&
      below.dates.length === 0 &&
      !below.line.bullet &&
      evidence(below, catalogue).title;
    if (
      info.lead &&
      info.lead.kind === 'single' &&
      !stackedUnder &&
      !overEmployer &&
      !overTitle &&
      evidenceFree(info, catalogue)
    ) {
      const rest = info.rest.trim();
      if (rest !== '') {
        const value = locate(info.line, info.restStart, info.line.text.length, rest, 0.6);
        if (info.line.heading > 0 || info.line.bold) {
          draft.projects.push({ name: value, first: info.line.n, last: info.line.n });
        } else {
          draft.summary.push(value);
        }
      }
      continue;
    }
    let previousPart: Part | undefined;
    for (const part of engagementOutOfSlots(
      splitParts(info.line, spans, catalogue, {
        closingBrackets: (inner) => ENGAGEMENT.test(inner) || HELD_AS.test(inner.trim()),
      }),
    )) {
      const before = previousPart;
      previousPart = part;
      // "(part-time)", "(contract via Hays)": how the person was engaged is no field of the header.
      const inBracket = info.line.text[part.start - 1] === '(' && info.line.text[part.end] === ')';
      // "(promovida a Sênior em 2021)": a remark on the title before it.
      if (remarksOnTitle(bracketAround(info.line.text, part) ?? '')) continue;
      // "Data Engineer (project for a retail client)": a remark on the job after its title is no field.
      if (inBracket && before && titleScore(before.text) > 0 && remarkOnJob(part.text)) continue;
      if (inBracket && ENGAGEMENT.test(part.text.trim())) {
        if (before && before.index === 0 && /^\s*\($/u.test(info.line.text.slice(before.end, part.start)))
          engagedFirst.add(before);
        heldHowSpan(draft, locate(info.line, part.start, part.end, part.text, 0.8));
        // "(Contract, Payments)": what follows the engagement's comma is the unit the job was in, unless it
        // names no unit ("(Teilzeit, 40 %)", "(contract, remote)").
        const unit = ENGAGEMENT_THEN_UNIT.exec(part.text);
        const rest = unit?.[1] as string | undefined;
        if (rest && /^\p{L}/u.test(rest) && !ENGAGEMENT.test(rest) && titleScore(rest) === 0) {
          const start = part.end - rest.length;
          const found = features({ ...part, start, text: rest }, catalogue);
          // Set on the draft, not offered as a part: the other entries' brackets are no units by its slot.
          if (found.company === 0 && !found.location && !draft.team) {
            draft.team = locate(info.line, start, part.end, rest, 0.6);
          }
        }
        continue;
      }
      // "Park Apps (my studio)", "Lumen (now part of Corvo)": a bracket that describes the name is no field.
      // "(promoted from Senior Engineer in 2016)": the job's history, its date in the bracket too.
      // "Freelance - 2016 to 2018 (alongside school and a weekend job)": a bracket read whole as a part, beside the dates, describes too.
      const bracketed = /^\((.*)\)$/u.exec(part.text.trim())?.[1];
      if (
        ((inBracket || info.line.text[part.start - 1] === '(') && DESCRIBING.test(part.text.trim())) ||
        (bracketed !== undefined && DESCRIBING.test(bracketed.trim()))
      )
        continue;
      if (inBracket && before && nameAgain(before, part)) continue;
      // "Halden Freight Holdings AS (Haldy)": the employer's other name is written with it (see `setPart`), no field.
      if (
        inBracket &&
        before &&
        /^\s*\($/u.test(info.line.text.slice(before.end, part.start)) &&
        namesOrganisationAgain(before.text, part.text, catalogue)
      )
        continue;
      // "Aug 2021 -> Current    POSITION", "Period": a field's label names no employer and no title.
      if (fieldLabel(part.text)) continue;
      // "Oct 2011 -> Jul 2016    EDUCATION": a timeline's entry whose label is a section's name of studies is no job.
      if (info.lead && info.rest.trim() === part.text.trim() && sectionKind(part.text) === 'education') {
        studies = true;
        continue;
      }
      // "Softwareentwickler (Software Developer)": a title in brackets after a title in another language is its
      // translation; "Developer (Team Lead)", "Senior Engineer (Engineering Manager)" say more in the same language.
      // "Software Engineer (Intern)": the person's word for an internship or apprenticeship says how the job was
      // held, as "(Internship)" does.
      // "QA Engineer, working student": the same after the title's comma.
      const afterComma =
        before !== undefined && /^\s*,\s*$/u.test(info.line.text.slice(before.end, part.start));
      if (before && afterComma && HELD_AS.test(part.text.trim()) && titleScore(before.text) > 0) continue;
      // "Quillon Bank, a savings bank in London": an apposition describing the name before it is no field.
      if (before && afterComma && APPOSITION.test(part.text.trim())) continue;
      // "IT Support (intern)": what was held as an intern is the title, whatever its words.
      if (inBracket && before && HELD_AS.test(part.text.trim())) {
        const held = parts.find((item) => item.part === before);
        if (held) held.found = { ...held.found, title: Math.max(held.found.title, 1) };
        continue;
      }
      if (
        inBracket &&
        before &&
        titleScore(part.text) > 0 &&
        titleScore(before.text) > 0 &&
        !namesEnglishRole(before.text) &&
        !sharesWord(before.text, part.text)
      )
        continue;
      if (inBracket && before && GRANT_TYPE.test(part.text.trim()) && GRANT_HOLDER.test(before.text))
        continue;
      // "Klarna · Full-time": how the job was held, printed beside the employer.
      // "Internship" alone on its line where the title goes names the role.
      // "Kazan, www.volgaport.ru": the employer's web address a portal prints under it names nothing of the job.
      if (webAddress(part.text)) continue;
      // "Lead Developer (team of 5)", "Engineering Manager (~30 engineers)": the team's headcount names nothing of the job.
      if (inBracket && HEADCOUNT.test(part.text.trim())) continue;
      if (heldHow(part.text) && (part.count > 1 || titleScore(part.text) === 0)) {
        if (OWN_ACCOUNT_PART.test(part.text)) {
          ownAccountPart = true;
          ownAccountName ??= locate(part.line, part.start, part.end, part.text, 0.5);
        }
        continue;
      }
      parts.push({ part, found: features(part, catalogue), label: null, strong: false });
    }
  }
  // "Lagerist (befristet), Halden Logistik GmbH, Bremen": how the job was held is said of the title, so the first
  // part it follows is the title when another part of its line names the employer by evidence.
  for (const item of parts) {
    if (
      engagedFirst.has(item.part) &&
      item.found.title === 0 &&
      item.found.company === 0 &&
      !item.found.location &&
      parts.some((other) => other.part.line === item.part.line && other.found.company >= 1)
    )
      item.found = { ...item.found, title: 1 };
  }
  fieldAfterTitle(parts);
  assignParts(parts);
  townsBesideEmployers(parts);
  universityOverUnits(parts);
  employerAfterAt(parts);
  employerBesideTitle(parts);
  lowerCaseUnitAfterTitle(parts, catalogue);
  titleAcrossDash(parts);
  cityBeforeCountry(parts);
  placeBesideDates(parts, entry.header);
  // An employer line over its dates: its first part is the employer, over weaker evidence.
  const employer = parts.find(
    ({ part }) =>
      part.index === 0 && entry.header.some((info) => info.line === part.line && datedEmployers.has(info)),
  );
  const named = parts.find((item) => item.label === 'company');
  if (employer && employer.label === null && !(named && named.found.company >= 2)) {
    if (named) named.label = null;
    employer.label = 'company';
    employer.strong = true;
  }

  for (const { part, label } of parts) {
    if (label) setPart(draft, label, part, catalogue);
  }
  const fields = readEntryFields(draft, [
    ...entry.header.filter((info) => entryField(info) || labelledDetail(info)),
    ...entry.body,
  ]);
  // "Software Developer, C# and WPF for hospital systems" right under a header that names no title:
  // the title, then what the job was about.
  const opening = entry.body[0];
  const own = draft.title ? undefined : headerOwnTitle(parts, draft);
  if (own) {
    // The header's own title outranks what a body line opens with ("Member of the … team: …").
    own.label = 'title';
    setPart(draft, 'title', own.part, catalogue, 0.6);
  }
  if (!draft.title && opening && !opening.line.bullet) {
    const head = /^\s*([^,;:(]+?)\s*[,;:(]/u.exec(opening.line.text)?.[1];
    // "Quillon Freight (2019–2022). Senior engineer on the payments team, building …": the sentence run in after the
    // header opens with the title, in whatever case, before the unit it was held in or a comma.
    const runIn =
      entry.header.some((info) => info.line.n === opening.line.n) &&
      RUN_IN_TITLE.exec(opening.line.text)?.[1];
    if (head && titleScore(head) > 0 && titleCased(head)) {
      const at = opening.line.text.indexOf(head);
      draft.title = locate(opening.line, at, at + head.length, head, 0.6);
    } else if (runIn && titleScore(runIn) > 0) {
      const at = opening.line.text.indexOf(runIn);
      draft.title = locate(opening.line, at, at + runIn.length, runIn, 0.6);
    }
  }
  // "- Senior Software Engineer" as the first item under "__Takealot.com__, Cape Town" (markdown-cv and
  // other list-first layouts): a short title-cased item naming a role, no sentence, is the title.
  let titleItem: LineInfo | null = null;
  if (!draft.title && opening?.line.bullet) {
    const text = opening.line.text.trim();
    const head = (text.split(',')[0] as string).trim();
    if (text.split(/\s+/u).length <= 6 && !/[.;:]$/u.test(text) && titleScore(head) > 0 && titleCased(head)) {
      const at = opening.line.text.indexOf(head);
      draft.title = locate(opening.line, at, at + head.length, head, 0.6);
      titleItem = opening;
    }
  }
  // Body: bullets are highlights, other lines summary, quiet headings projects.
  let project: PositionDraft['projects'][number] | null = null;
  let lastItem: LineInfo | null = null;
  for (const info of entry.body) {
    if (fields.has(info) || info === titleItem) continue;
    // The end date that opens the first body line is the entry's, not part of the highlight.
    let start = 0;
    if (info.lead && (sameLine(draft.end, info.line) || sameLine(draft.current, info.line)))
      start = info.restStart;
    while (start < info.line.text.length && /\s/u.test(info.line.text[start] as string)) start++;
    const text = info.line.text.slice(start);
    if (text === '') continue;
    const value = locate(info.line, start, info.line.text.length, text, 0.7);
    const label = info.line.bullet ? null : FIELD_LABEL.exec(text);
    if (label) {
      const name = (label[1] as string).toLowerCase();
      const valueText = (label[2] as string).trim();
      const valueAt = info.line.text.length - (label[2] as string).length;
      if (/^(?:team|group|department|squad)$/u.test(name) && valueText !== '' && !draft.team) {
        draft.team = locate(info.line, valueAt, valueAt + valueText.length, valueText, 0.8);
        continue;
      }
      if (/^projects?$/u.test(name) && valueText !== '') {
        const projectName = valueText.replace(/\s*[(–—:-].*$/u, '').trim();
        if (projectName !== '') {
          draft.projects.push({
            name: locate(info.line, valueAt, valueAt + projectName.length, projectName, 0.7),
            first: info.line.n,
            last: info.line.n,
          });
          continue;
        }
      }
    }
    const quietHeading = !info.line.bullet && (info.line.heading > 0 || info.line.bold) && info.words <= 10;
    if (quietHeading) {
      project = { name: value, first: info.line.n, last: info.line.n };
      draft.projects.push(project);
      continue;
    }
    if (project) project.last = info.line.n;
    if (continueItem(draft.highlights, lastItem, info, text)) continue;
    lastItem = info.line.bullet ? info : null;
    if (info.line.bullet) draft.highlights.push(value);
    else draft.summary.push(value);
  }
  if (!draft.start && !draft.end && !draft.current) {
    for (const info of entry.header) {
      const looks = DATE_LIKE.exec(info.line.text);
      if (looks) {
        draft.unreadableDate = locate(info.line, looks.index, looks.index + looks[0].length, looks[0], 0.3);
        break;
      }
    }
  }
  let confidence = 0.4;
  if (draft.start) confidence += 0.2;
  if (draft.title && draft.title.confidence >= 0.8) confidence += 0.2;
  if (draft.company && draft.company.confidence >= 0.8) confidence += 0.2;
  draft.confidence = Math.min(1, confidence);
  return { draft, parts, ownAccountPart, ownAccountName, studies };
}

/**
 * "  - Working on the sales pipelines for a" over "    supermarket chain client.": a list item wrapped onto a line
 * indented to where the item's text starts (a hanging indent) goes on on that line. Returns the highlight the line
 * continues, or null. `item` is the last list item read, kept while its wrapped lines follow.
 */
function itemGoingOn(highlights: readonly Located[], item: LineInfo | null, info: LineInfo): Located | null {
  const last = highlights[highlights.length - 1];
  if (!item || !last || info.line.bullet || info.dates.length > 0 || info.line.heading > 0) return null;
  if (last.endLine !== info.line.n - 1) return null;
  return info.line.indent > item.line.indent && info.line.indent === item.line.columns[0] ? last : null;
}

/** Joins `text` to the last highlight when `info` goes on with it (see `itemGoingOn`); says whether it did. */
export function continueItem(
  highlights: Located[],
  item: LineInfo | null,
  info: LineInfo,
  text: string,
): boolean {
  const going = itemGoingOn(highlights, item, info);
  if (!going) return false;
  highlights[highlights.length - 1] = { ...going, value: `${going.value} ${text}`, endLine: info.line.n };
  return true;
}

/**
 * "Infosys, San Francisco, US" under "08/2020 – 01/2024  Title": three names shaped like "City, Region, Country"
 * are the employer and its place, not a place alone ("Amsterdam, North Holland, Netherlands"), where the first
 * names an organisation (a catalogue employer, a legal form, an organisation's word), or where a known city
 * stands before a country's two-letter code ("Careem, Dubai, AE") after a name that is no title and no known
 * place. A region the time zones do not name ("Munich, Bavaria, DE", "Lisbon, Lisboa, PT") leaves the line a
 * place, unless the document writes its employers so elsewhere (`employerPlaces`): an employer named after a
 * city or a title is worse than none.
 */
function employerBeforePlace(place: string, catalogue: Catalogue, employerPlaces = false): boolean {
  const names = place.split(/\s*,\s*/u);
  if (names.length !== 3) return false;
  const [first, middle, last] = names as [string, string, string];
  if (
    catalogue.companies.find(first) !== undefined ||
    looseCompanyKey(first) !== null ||
    organisationScore(first) > 0
  ) {
    return true;
  }
  return (
    /^[A-Z]{2}$/u.test(last) &&
    (knownPlace(middle) || (employerPlaces && !/^[A-Z]{2}$/u.test(middle) && !isCountry(middle))) &&
    titleScore(first) === 0 &&
    !isLocation(first) &&
    !knownPlace(first)
  );
}

/**
 * "ZBank (Zambezi Bank of Commerce)", "CTRIP (Trip.com Group)", "NHS (National Health Service)": a bracket right
 * after a name that is no title and no place names it again, spelt out or shortened; the employer is the name as
 * written before it: the two open with the same word, or one abbreviates the other. So is "MoMo (M_Service JSC)",
 * "Thegioididong (Mobile World JSC)": a brand, then in the bracket the registered company behind it, its legal form
 * written. A bracket naming another organisation ("Student Research Assistent (University of Duesseldorf)") is left
 * to the header's other rules.
 */
function nameAgain(name: Part, bracket: Part): boolean {
  if (!/^\s*\($/u.test(name.line.text.slice(name.end, bracket.start))) return false;
  const plain = (part: Part) =>
    /^\p{Lu}/u.test(part.text) && titleScore(part.text) === 0 && !isLocation(part.text);
  if (!plain(name) || !plain(bracket) || TEAM_WORD.test(name.text)) return false;
  // "Acme Ltd (Acme Logistics Group)": the same first word names the same organisation; a unit's word alone
  // ("Northwind (Payments Group)") names a team in it.
  const first = (text: string) => text.split(/\s+/u)[0]?.toLowerCase();
  return (
    first(name.text) === first(bracket.text) ||
    abbreviates(name.text, bracket.text) ||
    abbreviates(bracket.text, name.text) ||
    abbreviates(bracket.text, withoutLeadingLegalForm(name.text)) ||
    // Not "Self-employed (Kestrel Consulting Ltd)", "Contract (Acme Ltd)": there the bracket is the employer.
    (looseCompanyKey(bracket.text) !== null &&
      looseCompanyKey(name.text) === null &&
      !OWN_ACCOUNT_PART.test(name.text) &&
      !heldHow(name.text))
  );
}

/**
 * "N.V. Energiebedrijven Suriname (EBS)": where the employer's name is named again in the bracket right after it, the
 * name's span in the document runs to the bracket's end, so that the short name is read as the employer's, not as a
 * technology ("EBS", the block storage). `kept` says whether the bracket is written with the name (see
 * `namesOrganisationAgain`): then the value is the name and its bracket, as written.
 */
function nameAgainEnd(name: Part, catalogue: Catalogue): { end: number; kept: boolean } {
  const bracket = /^\s*\(\s*([^()]*?)\s*\)/u.exec(name.line.text.slice(name.end));
  if (!bracket) return { end: name.end, kept: false };
  const start = name.line.text.indexOf(bracket[1] as string, name.end);
  const inner: Part = {
    ...name,
    start,
    end: start + (bracket[1] as string).length,
    text: bracket[1] as string,
  };
  const kept = namesOrganisationAgain(name.text, inner.text, catalogue);
  return { end: kept || nameAgain(name, inner) ? name.end + bracket[0].length : name.end, kept };
}

/** A company group's word, closing a name ("Trip.com Group", "Grupo Mangue"). */
const GROUP_WORD = /(?<![\p{L}])(?:Group|Groupe|Gruppe|Gruppo|Grup|Grupo)(?![\p{L}])/u;

/**
 * The kinds of business or organisation a one-word bracket after an employer says it is ("(Healthcare)",
 * "(Consulting)", "(Startup)", "(NGO)"), in English as CVs write them: no name of the employer.
 */
const SECTOR_BRACKET =
  /^(?:healthcare|health|retail|banking|finance|insurance|logistics|government|public\s+sector|education|media|energy|automotive|hospitality|pharma|pharmaceuticals|manufacturing|construction|telecoms?|startup|start-up|scale-?up|non-?profit|ngo|charity|agency|consultancy|consulting|enterprise|corporate|stealth)$/iu;

/**
 * "Halden Freight Holdings AS (Haldy)", "Norrvik Bank Corporation (Norrvik)", "Acme Holdings S.A. (Acme Group)": a shorter
 * name in brackets right after an employer's registered name of two words or more names the organisation again, as
 * its brand or its group, and is written with it. Only a bracket that shares a word's start with the name
 * (`sharesStem`) or that the catalogue knows as a company: a client's, sector's, office's or place's words share none.
 * Only a name in a name's capitals that names no title, team, place,
 * way the job was held ("(Remote)", "(Contract)"), sector (`SECTOR_BRACKET`), technology, date or list and says
 * nothing about the name ("(Now part of …)"); one word only after a name with its legal form ("Acme Oy (Acmi)"), as a
 * town is one word too ("Acme Malaysia (Ipoh)"). Capitals only ("(NYSC)", "(KTS)") are a short form or a programme; a
 * longer name in the bracket ("Brand (Registered Name Ltd)", "ACRONYM (Its Full Name)") spells out what the
 * employer's own name stands for, one word before a bracket ("Brightpay (Milano)") or an institution's name
 * ("Hospital … (Its Health Service)") is no registered name, and an institution in the bracket ("Research Assistant
 * (University of …)") is another organisation: those brackets stay out.
 */
function namesOrganisationAgain(name: string, inner: string, catalogue: Catalogue): boolean {
  const words = inner.split(/\s+/u);
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return (
    /^[\p{Lu}\p{N}]/u.test(name) &&
    name.trim().split(/\s+/u).length >= 2 &&
    letters(inner) < letters(name) &&
    !isInstitution(name) &&
    titleScore(name) === 0 &&
    !isLocation(name) &&
    !knownPlace(name) &&
    !heldHow(name) &&
    !OWN_ACCOUNT_PART.test(name) &&
    !TEAM_WORD.test(name) &&
    !isInstitution(inner) &&
    (words.length >= 2 || looseCompanyKey(name) !== null) &&
    /^[\p{Lu}\p{N}]/u.test(inner) &&
    /\p{Ll}/u.test(inner) &&
    words.length <= 8 &&
    !/[,;:/|]/u.test(inner) &&
    findDates(inner).length === 0 &&
    titleScore(inner) === 0 &&
    (!TEAM_WORD.test(inner) || GROUP_WORD.test(inner)) &&
    !isLocation(inner) &&
    !knownPlace(inner) &&
    !heldHow(inner) &&
    !HELD_AS.test(inner) &&
    !ENGAGEMENT.test(inner) &&
    !DESCRIBING.test(inner.toLowerCase()) &&
    !SECTOR_BRACKET.test(inner) &&
    !CLIENT_WORD.test(inner) &&
    !(catalogue.technologies.find(inner) && !catalogue.companies.find(inner)) &&
    (sharesStem(name, inner) || catalogue.companies.find(inner) !== undefined)
  );
}

/**
 * A bracket naming whom the job served ("(Client Acme)", "(Kunde Acme)", "(Cliente Acme)", "(for Acme)"), in the
 * languages CVs are written in: the client, no name of the employer.
 */
const CLIENT_WORD =
  /^(?:clients?|customers?|kunden?|cliente?s?|klant(?:en)?|klient(?:en)?|kund|asiakas|for|für|pour|para|per|voor)(?![\p{L}])/iu;

/**
 * Whether a word of one name and a word of the other open with the same four letters, accents and case aside
 * ("Norrvik Bank Corporation" and "Norrvik", "Halden Holdings" and "Haldy"): the bracket names the organisation again
 * rather than its client, sector, office or place.
 */
function sharesStem(name: string, inner: string): boolean {
  const stems = (text: string) =>
    foldKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4)
      .map((word) => word.slice(0, 4));
  const own = new Set(stems(name));
  return stems(inner).some((stem) => own.has(stem));
}

/** "N.V. Energiebedrijven Suriname" → "Energiebedrijven Suriname": a dotted legal form written before the name. */
function withoutLeadingLegalForm(name: string): string {
  const lead = /^(\S+\.)\s+(?=\p{Lu})/u.exec(name);
  return lead && looseCompanyKey(`x ${lead[1]}`) === 'x' ? name.slice(lead[0].length) : name;
}

/** "ZBank" of "Zambezi Bank of Commerce", "NHS" of "National Health Service": the short name's letters, in order, from the long one's, its first letter first. */
function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const whole = long.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (letters.length < 2 || letters.length >= whole.length || letters[0] !== whole[0]) return false;
  let at = 0;
  for (const letter of whole) if (letter === letters[at]) at++;
  return at >= letters.length;
}

function evidenceFree(info: LineInfo, catalogue: Catalogue): boolean {
  const found = evidence(info, catalogue);
  return !found.title && !found.company;
}

function sameLine(value: Located | null, line: DocLine): boolean {
  return value !== null && value.line === line.n;
}

function setRange(draft: PositionDraft, line: DocLine, date: DateMention): void {
  if (date.from) {
    draft.start = { ...locate(line, date.start, date.end, date.text, 0.9), date: date.from };
  }
  if (date.to) draft.end = { ...locate(line, date.start, date.end, date.text, 0.9), date: date.to };
  if (date.ongoing) draft.current = locate(line, date.start, date.end, date.text, 0.9);
}

function setDate(draft: PositionDraft, which: 'start' | 'end', line: DocLine, date: DateMention): void {
  if (!date.from) return;
  const value = { ...locate(line, date.start, date.end, date.text, 0.8), date: date.from };
  if (which === 'start') draft.start = value;
  else draft.end = value;
}

/** "Engineer via Upwork" in the employer's slot: a title before the agency names no employer; the agency does. */
const TITLE_VIA_AGENCY = /^(.*?\S)\s+(?:via|through)\s+(?=\p{Lu})/u;

/** Letters a place's name has, however short ("NY", "Oslo"). */
const PLACE_LETTERS = /\p{L}{2}/u;

function setPart(
  draft: PositionDraft,
  label: PartLabel,
  part: Part,
  catalogue: Catalogue,
  confidence = 0.9,
): void {
  const agency = label === 'company' ? TITLE_VIA_AGENCY.exec(part.text) : null;
  if (agency && titleScore(agency[1] as string) > 0) {
    const start = part.start + agency[0].length;
    part = { ...part, start, text: part.line.text.slice(start, part.end) };
  }
  const value = locate(part.line, part.start, part.end, part.text, confidence);
  if (label === 'company') {
    const again = nameAgainEnd(part, catalogue);
    value.endColumn = locate(part.line, part.start, again.end, '', 0).endColumn;
    if (again.kept) value.value = part.line.text.slice(part.start, again.end);
  }
  if (label === 'title' && !draft.title) draft.title = value;
  else if (label === 'company' && !draft.company) draft.company = value;
  // "2019 - 85 %": a location has letters; a figure left over from the header names no place.
  else if (label === 'location' && !draft.location && PLACE_LETTERS.test(part.text)) draft.location = value;
  else if (label === 'team' && !draft.team) draft.team = value;
}

/** Labels parts on their own evidence: a known job title, a known company, a place, a team. */
function assignParts(parts: ReadEntry['parts']): void {
  const byTitle = [...parts].filter((p) => p.found.title > 0).sort((a, b) => b.found.title - a.found.title);
  const title = byTitle[0];
  if (title) {
    title.label = 'title';
    title.strong = true;
  }
  unitsAfterNames(parts);
  // "Assistant Professor, Division of Software and Computer Systems, KTH Royal Institute of Technology", "U.S.
  // Department of Energy, Office of Science": a part naming a unit of an organisation is the employer only when no
  // other part names one; beside the employer it is the team.
  // Of two units on one line the first is the organisation the second is part of ("Department of Veterans Affairs,
  // Office of Information and Technology").
  const unitOf = (p: ReadEntry['parts'][number]) => Number(UNIT_OF.test(p.part.text));
  const outerFirst = (a: ReadEntry['parts'][number], b: ReadEntry['parts'][number]) =>
    unitOf(a) === 1 && unitOf(b) === 1 && a.part.line === b.part.line ? a.part.index - b.part.index : 0;
  // "Staff Engineer (Platform Group)" over "Halyard Systems, Leeds": a unit in brackets right after the title is the
  // team the title was held in, not the employer, while another line holds a name free to be the employer. A name
  // beside the dates does not count: that is where the place goes (see placeBesideDates).
  const freeName = (p: ReadEntry['parts'][number]) =>
    freeToBeEmployer(p) && findDates(p.part.line.text).length === 0;
  const teamAfterTitle = (p: ReadEntry['parts'][number]) =>
    title !== undefined &&
    p.found.team &&
    p.found.company < 2 &&
    p.part.line === title.part.line &&
    p.part.index === title.part.index + 1 &&
    /^\s*\(\s*$/u.test(p.part.line.text.slice(title.part.end, p.part.start)) &&
    parts.some((other) => other.part.line !== p.part.line && freeName(other));
  const companies = parts
    .filter((p) => p.label === null && p.found.company > 0 && !teamAfterTitle(p))
    .sort((a, b) => unitOf(a) - unitOf(b) || outerFirst(a, b) || b.found.company - a.found.company);
  const company = companies[0];
  if (company) {
    company.label = 'company';
    company.strong = company.found.company >= 2;
  }
  for (const p of parts) {
    if (p.label !== null) continue;
    if (company && unitOf(p) === 1 && p.part.line === company.part.line && p.found.title === 0) {
      p.label = 'team';
      p.strong = true;
    } else if (p.found.location) {
      p.label = 'location';
      p.strong = true;
    } else if (p.found.team) {
      p.label = 'team';
      p.strong = true;
    }
  }
}

/**
 * "Software Intern – KTX, Nouadhibou", "Kumasi | Trelvo | Support Engineer": a part that is a town's name alone (the
 * gazetteer's, `knownPlace`), no organisation and no title by any evidence, is where the job was when another part of
 * the header is the employer or free to be it: the employer is the part that is no place. Alone ("Senior Engineer |
 * Lisbon"), the town is left to the layout. Not strong: a town's slot says nothing of other headers' parts.
 */
function townsBesideEmployers(parts: ReadEntry['parts']): void {
  const town = (item: ReadEntry['parts'][number]) =>
    item.label === null &&
    item.found.company === 0 &&
    item.found.title === 0 &&
    /^\p{Lu}/u.test(item.part.text) &&
    knownPlace(item.part.text);
  for (const item of parts) {
    if (!town(item)) continue;
    const employer = parts.some(
      (other) => other !== item && (other.label === 'company' || freeToBeEmployer(other)),
    );
    if (employer) item.label = 'location';
  }
}

/**
 * A header's part free to be the employer: unlabelled, a name (capital or digit first) with no evidence of a title, a
 * team or a place, and no town of the gazetteer.
 */
function freeToBeEmployer(item: ReadEntry['parts'][number]): boolean {
  return (
    item.label === null &&
    item.found.title === 0 &&
    !item.found.team &&
    !item.found.location &&
    /^[\p{Lu}\p{N}]/u.test(item.part.text) &&
    !knownPlace(item.part.text)
  );
}

/**
 * "Research Fellow, Department of Marine Biology, Faculty of Science, University of Tarvik", "Postdoctoral Researcher,
 * Institute of Tropical Diseases, University of Kelmor": where the employer's part is a unit of the university named
 * right after it (`unitOfUniversity`), the university is the employer and the unit the team, unless a team is named.
 */
function universityOverUnits(parts: ReadEntry['parts']): void {
  const company = parts.find((p) => p.label === 'company');
  if (!company || company.found.company >= 2) return;
  const { line } = company.part;
  const after = (item: ReadEntry['parts'][number]) =>
    parts.find((p) => p.part.line === line && p.part.index === item.part.index + 1);
  // "Faculty of Science, University of Tarvik" after the company's part: a unit of a unit runs on to the university.
  for (let unit = company, next = after(unit); next; unit = next, next = after(unit)) {
    const between = line.text.slice(unit.part.end, next.part.start);
    if (next.label !== null && next.label !== 'team') return;
    if (unitOfUniversity(unit.part.text, between, next.part.text)) {
      company.label = parts.some((p) => p.label === 'team') ? null : 'team';
      next.label = 'company';
      next.strong = true;
      return;
    }
    if (!isInstitution(next.part.text) || !/^\s*,\s*$/u.test(between)) return;
  }
}

/**
 * "Lab Technician, Halden Hospital, Research Centre, Oslo", "Analyst, Norrvik Council, Department of Planning": a
 * research unit or a department named right after another name, over a comma, is a unit of that organisation (the
 * team; the name before it is the employer, whatever evidence either has), as a unit named after its employer is.
 */
function unitsAfterNames(parts: ReadEntry['parts']): void {
  const unit = (text: string) => RESEARCH_UNIT.test(text) || UNIT_OF.test(text);
  for (const item of parts) {
    const { part } = item;
    if (item.label !== null || item.found.title > 0 || !unit(part.text)) continue;
    const before = parts.find(
      (other) => other.part.line === part.line && other.part.index === part.index - 1,
    );
    if (
      !before ||
      before.label !== null ||
      before.found.title > 0 ||
      before.found.location ||
      before.found.team ||
      unit(before.part.text) ||
      !/^\p{Lu}/u.test(before.part.text) ||
      !/^\s*,\s*$/u.test(part.line.text.slice(before.part.end, part.start))
    )
      continue;
    // Known by its place beside the employer, not by its words: no vote for the same slot in other headers.
    item.label = 'team';
  }
}

/**
 * "Research Fellow (BI)", "Bolseiro de Investigação (BIC)": the type of a research grant (the Portuguese science
 * foundation's "Bolsa de Investigação", "de Iniciação Científica", post-doctoral and doctoral grants) after a title
 * a grant is held as. It says how the post was funded, no part of the title.
 */
const GRANT_TYPE = /^(?:BI|BIC|BII|BIM|BPD|BD|BCC|BGCT|BTI)$/u;
const GRANT_HOLDER =
  /\b(?:fellow|researcher|research\s+assistant|bolseir[oa]|bolsista|investigador[a]?|grant\s+holder)\b/iu;

/**
 * "Division of …", "Office of …", "Economic Programs Directorate": a name that opens with a unit of an organisation
 * or ends with the noun of one.
 */
const UNIT_OF =
  /^(?:the\s+)?(?:division|department|dept\.|group|unit|chair|section|office|directorate|branch)\s+(?:of|for)\s|\s(?:division|department|directorate)$/iu;

/**
 * "01/09/2017 – 31/03/2020 – Munich, Germany" over "Research Associate" and "Fraunhofer IOSB": a name
 * no evidence makes an employer, followed by a comma and a country, is the city of that place when
 * another line of the header holds a name free to be the employer.
 */
function cityBeforeCountry(parts: ReadEntry['parts']): void {
  for (const item of parts) {
    const { part } = item;
    if (item.label !== null || item.found.company > 0 || item.found.title > 0) continue;
    if (!/^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}$/u.test(part.text)) continue;
    const next = parts.find((other) => other.part.line === part.line && other.part.index === part.index + 1);
    if (!next || !isCountry(next.part.text)) continue;
    if (!/^\s*,\s*$/u.test(part.line.text.slice(part.end, next.part.start))) continue;
    const employer = parts.some(
      (other) =>
        other.part.line !== part.line &&
        (other.label === 'company' || (other.label === null && other.found.title === 0 && !other.found.team)),
    );
    if (employer) item.label = 'location';
  }
}

/** Words of the land that make up many towns' names of several words ("Mawson Lakes", "Port Pirie", "Glen Waverley"). */
const TOWN_NAME_WORDS = new Set(
  'lake lakes beach bay creek heights hill hills park springs falls valley point harbour harbor vale mount port glen fort river rapids island grove ridge downs plains'.split(
    ' ',
  ),
);

/**
 * "Firmware Engineer | Quandong Robotics" over "Bendigo VIC  ·  Feb 2018 – Present" (a Word template's header),
 * "Quandong Robotics | Firmware Engineer", "Firmware Engineer, Quandong Robotics" or "Firmware Engineer" over "Quandong
 * Robotics" over it: a name alone beside a header line's dates that reads as a place ("City, Country", a known town, a
 * town and its state's code) is where the job was, when the header's lines without dates hold the title and one other
 * name, free to be the employer: that name is the employer. A state's code that spells a legal form too ("SA", "NV",
 * "AB") is the place's after a known town, or across a bar or a spaced dash (the template's "Title | Employer") after
 * a one-word town, a town named with a word of the land (TOWN_NAME_WORDS) or before a postcode ("Whyalla SA", "Glen
 * Osmond SA", "Mount Gambier SA 5290"); elsewhere "Almendro Pagos SA" or "Lindvall Teknik AB" may be the employer.
 */
function placeBesideDates(parts: ReadEntry['parts'], header: readonly LineInfo[]): void {
  const dated = (line: DocLine) => header.some((info) => info.line === line && info.dates.length > 0);
  const title = parts.find((item) => item.label === 'title' && !dated(item.part.line));
  const others = parts.filter((item) => item !== title && !dated(item.part.line));
  const employer = others[0];
  if (
    !title ||
    !employer ||
    others.length !== 1 ||
    (employer.label !== null && employer.label !== 'company' && employer.label !== 'team') ||
    employer.found.title > 0 ||
    employer.found.location ||
    employer.found.team ||
    !/^[\p{Lu}\p{N}]/u.test(employer.part.text)
  )
    return;
  const barred =
    employer.part.line === title.part.line &&
    /^\s*(?:\||\s[–—]|\s-)\s*$/u.test(
      title.part.line.text.slice(
        Math.min(title.part.end, employer.part.end),
        Math.max(title.part.start, employer.part.start),
      ),
    );
  const townAndState = (text: string) => {
    const town = townBeforeStateCode(text);
    if (town === null) return false;
    if (looseCompanyKey(text) === null || knownPlace(town)) return true;
    return (
      barred &&
      (!/\s/u.test(town) ||
        /\d$/u.test(text.trim()) ||
        town.split(/\s+/u).some((word) => TOWN_NAME_WORDS.has(word.toLowerCase())))
    );
  };
  const place = parts.find(
    ({ part, found }) =>
      part.count === 1 &&
      dated(part.line) &&
      found.title === 0 &&
      found.company < 3 &&
      (found.location || townAndState(part.text) || knownPlace(part.text)),
  );
  if (!place) return;
  place.label = 'location';
  place.strong = true;
  employer.label = 'company';
  employer.strong = true;
}

/** The part right after the title on its line, joined to it by a comma only ("Analytics Engineer, Population Health"). */
function commaAfterTitle(entry: ReadEntry): ReadEntry['parts'][number] | null {
  const title = entry.parts.find((item) => item.label === 'title');
  if (!title) return null;
  const next = entry.parts.find(
    (item) => item.part.line === title.part.line && item.part.index === title.part.index + 1,
  );
  if (!next || !/^\s*,\s*$/u.test(next.part.line.text.slice(title.part.end, next.part.start))) return null;
  return next;
}

/**
 * "Director of Engineering, Clinical Platforms" over "athenahealth, Boston, MA": the title and the unit
 * share a line, the employer has its own place (a line of its own, or a column set off by a wide gap or a
 * bar). The part after the title's comma is the unit when a name stands where the employer goes and the
 * section's layout never puts the employer after the title's comma (no entry reads "Title, Company"); in a
 * section of one entry, only a name the catalogue or a legal suffix shows to be an employer counts.
 */
function unitsBesideTitles(read: ReadEntry[]): void {
  const employerAfterComma = read.some((entry) => {
    const next = commaAfterTitle(entry);
    return next !== null && next.label === 'company' && next.strong;
  });
  if (employerAfterComma) return;
  const companySlots = new Map<string, number>();
  for (const entry of read) {
    // The employer as evidence labelled it, else the unlabelled name that opens a line without the title
    // or stands after the title across a bar or a wide gap.
    const title = entry.parts.find((item) => item.label === 'title')?.part;
    const company =
      entry.parts.find((item) => item.label === 'company') ??
      entry.parts.find(
        (item) =>
          item.label === null &&
          title !== undefined &&
          (item.part.line !== title.line
            ? item.part.index === 0
            : item.part.index === title.index + 1 && item !== commaAfterTitle(entry)),
      );
    if (!company || commaAfterTitle(entry) === company) continue;
    const key = lineSlotKey(entry, company.part);
    companySlots.set(key, (companySlots.get(key) ?? 0) + 1);
  }
  const companiesElsewhere = [...companySlots.values()].reduce((sum, count) => sum + count, 0);
  for (const entry of read) {
    const unit = commaAfterTitle(entry);
    if (!unit || (unit.label !== null && unit.label !== 'company') || unit.found.company >= 2) continue;
    if (unit.found.location || unit.found.title > 0) continue;
    // The employer's own place: a column after the unit (a bar, a dash, a wide gap; plain text and reStructuredText
    // write the dash as " - " or " -- ": "Site Reliability Engineer, Infrastructure -- Appier"), or the line above or
    // below the title's, named as a name is (no sentence: "Localization with ROS." is the job's text).
    const ownPlace = (item: ReadEntry['parts'][number]) =>
      item.part.line === unit.part.line
        ? item.part.index === unit.part.index + 1 &&
          /\s{2,}|\t|[|·•—–]|\s-{1,3}\s/u.test(item.part.line.text.slice(unit.part.end, item.part.start))
        : item.part.index === 0 &&
          Math.abs(item.part.line.n - unit.part.line.n) === 1 &&
          (titleCased(item.part.text) || lowerCaseBrand(item.part.line.text)) &&
          !/[.!?]$/u.test(item.part.text) &&
          !placeAfterRange(item);
    // "Zuri Pay — Engineering Manager, Platform" over "Mar 2021 – Present · Lagos": a name before the title
    // across a dash or a bar is the employer, whatever the lines around name.
    const title = entry.parts.find((item) => item.label === 'title')?.part;
    const leading = entry.parts.find(
      (item) =>
        title !== undefined &&
        item.part.line === title.line &&
        item.part.index === title.index - 1 &&
        (item.label === null || item.label === 'company') &&
        item.found.title === 0 &&
        !item.found.location &&
        /^\s+[—–-]\s+$|^\s*[|·•]\s*$/u.test(title.line.text.slice(item.part.end, title.start)),
    );
    const employer =
      leading ??
      entry.parts.find(
        (item) =>
          item !== unit &&
          (item.label === null || item.label === 'company' || item.label === 'location') &&
          ownPlace(item) &&
          // "**Providence**" alone on the line where the other entries name their employers: a name, not a place.
          // A town the gazetteer knows ("Kraków, Poland" flush right of "Senior Frontend Developer, Brainly") is
          // where the job was, as a place evidence finds is.
          (!(item.found.location || knownPlace(item.part.text)) ||
            (item.part.count === 1 && (companySlots.get(lineSlotKey(entry, item.part)) ?? 0) >= 2)) &&
          !item.found.team &&
          item.found.title === 0 &&
          !heldHow(item.part.text),
      );
    if (!employer) continue;
    // "Platform Engineer, Build Systems -- Orvanta": a dash or a bar binds more loosely than the title's comma, so the
    // name across it is the employer, the comma's the unit, even where no entry names its employer otherwise.
    const acrossDash =
      employer.part.line === unit.part.line &&
      employer.part.index === unit.part.index + 1 &&
      /^\s+(?:[—–]|-{1,3})\s+$|^\s*\|\s*$/u.test(
        unit.part.line.text.slice(unit.part.end, employer.part.start),
      );
    if (companiesElsewhere === 0 && employer.found.company < 2 && !acrossDash) continue;
    const { draft } = entry;
    if (employer.label === 'location' && draft.location?.line === employer.part.line.n) draft.location = null;
    unit.label = 'team';
    employer.label = 'company';
    employer.strong = employer.found.company >= 2;
    draft.company = locate(
      employer.part.line,
      employer.part.start,
      employer.part.end,
      employer.part.text,
      0.7,
    );
    draft.team = locate(unit.part.line, unit.part.start, unit.part.end, unit.part.text, 0.6);
  }
}

/** A town the gazetteer knows after the range on its line, nothing after it but how the job was held. */
function townAfterRange(item: ReadEntry['parts'][number]): boolean {
  const { part } = item;
  if (item.found.company > 0 || !knownPlace(part.text)) return false;
  const after = part.line.text.slice(part.end).split(/[,·|•]/u);
  return (
    after.every((piece) => {
      const words = piece.replace(/[*_]/gu, '').trim();
      return words === '' || heldHow(words);
    }) && findDates(part.line.text).some((date) => date.kind === 'range' && date.end <= part.start)
  );
}

/**
 * "Lead QA Engineer, Emajõe Fintech" over "Mar 2022 – Present | Tartu": a lone name after a date range on the
 * range's line, with nothing showing it to be an organisation (no catalogue entry, legal form or organisation
 * word), says where the job was, as "Jan 2022 – Present · Stockholm" does; it is not the employer's own place.
 */
function placeAfterRange(item: ReadEntry['parts'][number]): boolean {
  const { part } = item;
  if (part.count !== 1 || item.found.company > 0) return false;
  return findDates(part.line.text).some((date) => date.kind === 'range' && date.end <= part.start);
}

/** The places (see `slotKey`) where some entry's header sets a labelled part in brackets: a layout of brackets. */
function bracketedSlots(read: readonly ReadEntry[]): Set<string> {
  return new Set(
    read.flatMap((entry) =>
      entry.parts
        .filter(
          ({ part, label }) =>
            label !== null && part.line.text[part.start - 1] === '(' && part.line.text[part.end] === ')',
        )
        .map(({ part }) => slotKey(part)),
    ),
  );
}

function slotKey(part: Part): string {
  return `${part.count}:${part.index}`;
}

/** "line 0, part 0": a part's place by the header line it is on (an entry's first, second… line). */
function lineSlotKey(entry: ReadEntry, part: Part): string {
  const lines = [...new Set(entry.parts.map((item) => item.part.line.n))];
  return `line ${lines.indexOf(part.line.n)}:${part.index}`;
}

/**
 * "Docent biologie · Stedelijk Lyceum" among "Backend Developer · Halden" and "Junior Developer · Orvel": a line of
 * two parts that no evidence names, read as an employer's line over its dates (its first part the employer), where
 * two other entries or more put their titles first and their employers second on a line of two parts and none puts
 * an employer first, is a title then its employer, as theirs are.
 */
function titlesWhereTheLayoutPutsThem(read: readonly ReadEntry[], catalogue: Catalogue): void {
  const placed = (entry: ReadEntry, index: number, label: PartLabel) =>
    entry.parts.some(
      (item) => item.strong && item.label === label && item.part.count === 2 && item.part.index === index,
    );
  for (const entry of read) {
    const first = entry.parts.find(
      (item) =>
        item.label === 'company' &&
        item.found.company === 0 &&
        item.found.title === 0 &&
        item.part.count === 2 &&
        item.part.index === 0,
    );
    const second = entry.parts.find(
      (item) =>
        item.part.line === first?.part.line &&
        item.part.index === 1 &&
        item.label === null &&
        item.found.title === 0 &&
        !item.found.location,
    );
    if (!first || !second || entry.draft.title) continue;
    const others = read.filter((other) => other !== entry);
    const count = (index: number, label: PartLabel) =>
      others.filter((other) => placed(other, index, label)).length;
    if (count(0, 'title') < 2 || count(1, 'company') < 2 || count(0, 'company') > 0) continue;
    entry.draft.company = null;
    first.label = 'title';
    second.label = 'company';
    second.strong = true;
    setPart(entry.draft, 'title', first.part, catalogue, 0.6);
    setPart(entry.draft, 'company', second.part, catalogue, 0.6);
  }
}

/**
 * Fills the parts no evidence labelled from the layout: the label the same slot (same place among
 * the same number of parts) has in the other entries, else the first free part is the company and
 * the one after it a location.
 */
function applyLayout(read: ReadEntry[], catalogue: Catalogue): void {
  titlesWhereTheLayoutPutsThem(read, catalogue);
  const votes = new Map<string, Map<PartLabel, number>>();
  const vote = (key: string, label: PartLabel) => {
    const slot = votes.get(key) ?? new Map<PartLabel, number>();
    slot.set(label, (slot.get(label) ?? 0) + 1);
    votes.set(key, slot);
  };
  for (const entry of read) {
    for (const { part, label, strong } of entry.parts) {
      if (!label || !strong) continue;
      // "Lagos, Nigeria" on a line of its own says where a part stands on a place line only, not on a line
      // of as many parts that names the job ("Software Developer, Andela").
      const placeLine = entry.parts.every(
        (item) => item.part.line !== part.line || item.label === 'location',
      );
      if (!placeLine) vote(slotKey(part), label);
      vote(lineSlotKey(entry, part), label);
    }
  }
  // Where the entries' evidence, however weak, put an employer ("IBS Software" in "QA Engineer — IBS Software —
  // Kochi"): an acronym in that place of a like header ("Principal QA Engineer — UST — Kochi") is the employer.
  const employerSlots = new Set(
    read.flatMap((entry) =>
      entry.parts.filter((item) => item.label === 'company').map((item) => slotKey(item.part)),
    ),
  );
  const bracketed = bracketedSlots(read);
  // The entries whose evidence puts the employer last on its line ("Title, Employer"): `titleUnitEmployer`.
  const employerLast = new Set(
    read.filter((entry) =>
      entry.parts.some(
        ({ part, label, strong }) =>
          label === 'company' && strong && part.count >= 2 && part.index === part.count - 1,
      ),
    ),
  );
  // A part no evidence labelled in a place where the other entries' evidence puts their employers.
  const votedEmployer = (part: Part) => {
    const slot = votes.get(slotKey(part));
    return (slot?.get('company') ?? 0) > 0 && (slot?.get('title') ?? 0) === 0;
  };
  // Every header on one line: no employer stands over its titles on a line of its own.
  const oneLineHeaders = read.every(
    (entry) => new Set(entry.parts.map((item) => item.part.line.n)).size <= 1,
  );
  read.forEach((entry, index) => {
    const { draft } = entry;
    const above = read[index - 1];
    // An entry of no heading under the last employer named on a heading line ("### Employer" over its titles).
    const underEmployerHeading =
      !entry.parts.some((item) => item.part.line.heading > 0) &&
      (read
        .slice(0, index)
        .findLast((other) => other.draft.company !== null)
        ?.parts.some((item) => item.label === 'company' && item.part.line.heading > 0) ??
        false);
    for (const item of entry.parts) {
      if (item.label) continue;
      // "*Marzo de 2018 – Junio de 2020 · Tunja*" under a title, under an employer's heading: a town the gazetteer
      // knows after the range on the dates' line, with at most how the job was held after it ("· Tunja, remote"),
      // is where the job was, whatever the other entries put in that place; the employer goes on from the heading.
      if (!draft.location && underEmployerHeading && townAfterRange(item)) {
        item.label = 'location';
        setPart(draft, 'location', item.part, catalogue, 0.5);
        continue;
      }
      // "Biomedical Scientist (microbiology)" among "Research Assistant, School of Biosciences": a bracket right
      // after the title qualifies it, whatever the other entries set after a comma in that place.
      const specialty = bracketed.has(slotKey(item.part))
        ? null
        : qualifiedTitle(entry, item.part, { oneLineHeaders, above, catalogue });
      if (specialty) {
        item.label = 'title';
        draft.title = specialty;
        continue;
      }
      // "Ericsson AB, Kista" over "2019 – present  Senior Developer, 5G Core" and "2014 – 2019  Developer,
      // EPG": under an employer named on a line of its own, a title line like the one above has its
      // parts where that one has them, and the employer goes on.
      const sibling = above?.parts.find(
        (other) =>
          other.label !== null &&
          other.label !== 'company' &&
          other.part.index === item.part.index &&
          other.part.line.n === above.draft.title?.line,
      );
      if (
        sibling?.label &&
        !draft.company &&
        draft.title?.line === item.part.line.n &&
        above?.draft.company &&
        above.draft.company.line !== sibling.part.line.n &&
        !has(draft, sibling.label)
      ) {
        item.label = sibling.label;
        setPart(draft, sibling.label, item.part, catalogue, 0.6);
        continue;
      }
      // The same place among as many parts, else the same place on the same header line. A one-line
      // header with fewer parts than its siblings ("Telefónica de España, Madrid" among "Title, Employer,
      // City") lacks one of them: its part is a title by that place only when its words name a role.
      // A part alone on one of a stacked header's lines ("Harrow Depot" over "Picker Packer" over the dates on a
      // line of their own) takes its slot from the line it is on: every such part is the first of one.
      const byLine = votes.get(lineSlotKey(entry, item.part));
      const stacked =
        item.part.count === 1 &&
        new Set(entry.parts.map((other) => other.part.line.n)).size > 1 &&
        entry.parts.every((other) => other.part.count === 1 && findDates(other.part.line.text).length === 0);
      const exact = stacked ? undefined : votes.get(slotKey(item.part));
      const slot = exact ?? byLine;
      const oneLine =
        entry.parts.length > 1 && entry.parts.every((other) => other.part.line === item.part.line);
      const ranked = slot ? [...slot.entries()].sort((a, b) => b[1] - a[1]) : [];
      const unitBetween = titleUnitEmployer(entry, item, employerLast);
      const voted = ranked.find(
        ([label]) =>
          !has(draft, label) &&
          (exact !== undefined ||
            !oneLine ||
            label !== 'title' ||
            item.found.title > 0 ||
            unitBetween !== null),
      )?.[0];
      if (voted) {
        item.label = voted;
        setPart(draft, voted, item.part, catalogue, 0.7);
        // "Harjoittelija, laadunvarmistus, Pihlava Oyj": the part between the title and the employer is the unit.
        if (voted === 'title' && unitBetween && !has(draft, 'team')) {
          unitBetween.label = 'team';
          setPart(draft, 'team', unitBetween.part, catalogue, 0.6);
        }
        continue;
      }
      const qualified = qualifiedTitle(entry, item.part, { oneLineHeaders, above, catalogue });
      if (unitAfterTitle(entry, item) && !employerSlots.has(slotKey(item.part))) {
        item.label = 'team';
        setPart(draft, 'team', item.part, catalogue, 0.6);
      } else if (qualified) {
        item.label = 'title';
        draft.title = qualified;
      } else if (
        !draft.company &&
        !draft.title &&
        titleBeforeEmployer(entry, item, votedEmployer, employerLast)
      ) {
        // "Kasininkė, Kavinė Žalias Lapas" where the other entries' evidence puts the employer after the comma.
        item.label = 'title';
        setPart(draft, 'title', item.part, catalogue, 0.6);
      } else if (!draft.company && !draft.location && cityBeforeEmployer(entry, item)) {
        item.label = 'location';
        setPart(draft, 'location', item.part, catalogue, 0.5);
      } else if (!draft.company) {
        item.label = 'company';
        setPart(draft, 'company', item.part, catalogue, 0.6);
      } else if (
        !draft.title &&
        (titleScore(item.part.text) > 0 || titleBeforeEmployer(entry, item, votedEmployer, employerLast))
      ) {
        item.label = 'title';
        setPart(draft, 'title', item.part, catalogue, 0.6);
      } else if (!draft.title && unitBetween) {
        item.label = 'title';
        setPart(draft, 'title', item.part, catalogue, 0.6);
        if (!has(draft, 'team')) {
          unitBetween.label = 'team';
          setPart(draft, 'team', unitBetween.part, catalogue, 0.6);
        }
      } else if (
        !draft.location &&
        // "Staff Engineer | Dublin | Feb 2022 – Present": a city on the title's line is where, not the unit.
        (item.part.line.n === draft.company.line || knownPlace(item.part.text))
      ) {
        item.label = 'location';
        setPart(draft, 'location', item.part, catalogue, 0.5);
      } else if (!draft.team && item.part.line.n === draft.title?.line) {
        item.label = 'team';
        setPart(draft, 'team', item.part, catalogue, 0.5);
      }
    }
  });
}

/**
 * "Ohjelmistoarkkitehti, Solita Oy | 1/2022–": the first part of a line, before the employer across a comma, is the
 * title when no evidence named one, whatever its words, as "Title, Employer" writes it. The employer is the part
 * evidence labelled so, or one no evidence labelled in the place where the other entries' evidence puts their
 * employers (`votedEmployer`: "Kasininkė, Kavinė Žalias Lapas" among "Duomenų analitikė, Devbridge UAB"). Only
 * where another entry's evidence puts its employer last on its line (`employerLast`), as "Title, Employer" does. A
 * place there ("Espoo, Nokia Oyj"), a part with figures or a long phrase is none.
 */
function titleBeforeEmployer(
  entry: ReadEntry,
  item: ReadEntry['parts'][number],
  votedEmployer: (part: Part) => boolean,
  employerLast: ReadonlySet<ReadEntry>,
): boolean {
  const { part } = item;
  if (![...employerLast].some((other) => other !== entry)) return false;
  const employer = entry.parts.find(
    (other) =>
      (other.label === 'company' || (other.label === null && votedEmployer(other.part))) &&
      other.part.line === part.line &&
      other.part.index === part.index + 1,
  );
  return (
    employer !== undefined &&
    part.index === 0 &&
    /^\s*,\s*$/u.test(part.line.text.slice(part.end, employer.part.start)) &&
    /^\p{Lu}/u.test(part.text) &&
    !/\d/u.test(part.text) &&
    part.text.split(/\s+/u).length <= 6 &&
    !item.found.location &&
    !knownPlace(part.text) &&
    !isLocation(part.text)
  );
}

/**
 * "Harjoittelija, laadunvarmistus, Pihlava Oyj" among "Sovelluskehittäjä, Revonta Oyj" (another entry's employer
 * last on its line, `employerLast`): a line of three parts between commas whose last the evidence shows to be the
 * employer has its title first, whatever its words, and the unit the job was in between. Returns that unit's part
 * when `item` is such a line's first part, else null. A place between ("Developer, Tampere, Pihlava Oyj") is no unit.
 */
function titleUnitEmployer(
  entry: ReadEntry,
  item: ReadEntry['parts'][number],
  employerLast: ReadonlySet<ReadEntry>,
): ReadEntry['parts'][number] | null {
  const { part } = item;
  if (part.index !== 0 || part.count !== 3 || ![...employerLast].some((other) => other !== entry))
    return null;
  const onLine = entry.parts.filter((other) => other.part.line === part.line);
  const [first, middle, last] = onLine;
  if (onLine.length !== 3 || first !== item || !middle || !last) return null;
  if (last.label !== 'company' || last.found.company < 2) return null;
  const text = part.line.text;
  const commas = [
    text.slice(first.part.end, middle.part.start),
    text.slice(middle.part.end, last.part.start),
  ];
  if (!commas.every((between) => /^\s*,\s*$/u.test(between))) return null;
  if (
    middle.label !== null ||
    middle.found.location ||
    knownPlace(middle.part.text) ||
    middle.found.company >= 2
  )
    return null;
  return middle;
}

/**
 * "Senior Engineer | London | Jun 2018 – Mar 2021" over "Kestrel Payments": a city (one the time zones name) or a
 * country beside the title is where the job was, when a later line of the header holds a name no evidence labelled
 * that is no place: the employer on its own line.
 */
function cityBeforeEmployer(entry: ReadEntry, item: ReadEntry['parts'][number]): boolean {
  const place = (text: string) => knownPlace(text) || isCountry(text) || isLocation(text);
  const { part } = item;
  if (!place(part.text) || entry.draft.title?.line !== part.line.n) return false;
  return entry.parts.some(
    (other) =>
      other.label === null &&
      other.part.line.n > part.line.n &&
      other.found.title === 0 &&
      !place(other.part.text) &&
      /^\p{Lu}/u.test(other.part.text),
  );
}

/**
 * "Senior Software Engineer – ADAS, Continental Automotive": an acronym set off by a dash right after the
 * title, with the employer still to come on the line, names the unit the job was in.
 */
function unitAfterTitle(entry: ReadEntry, item: ReadEntry['parts'][number]): boolean {
  const { part } = item;
  if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(part.text)) return false;
  const onLine = entry.parts.filter((other) => other.part.line === part.line);
  const at = onLine.indexOf(item);
  const before = onLine[at - 1];
  const after = onLine[at + 1];
  return (
    before?.label === 'title' &&
    after !== undefined &&
    after.label === null &&
    /^\s+[–—-]\s+$/u.test(part.line.text.slice(before.part.end, part.start))
  );
}

/**
 * The word after an engagement's that says which ("placement year", "contract role"); Italy's internship within or
 * after a degree ("tirocinio curriculare", "tirocinio formativo").
 */
const ENGAGEMENT_QUALIFIERS =
  '(?:year|term|semester|period|basis|assignment|programme|program|job|role|position|curriculare|extracurriculare|formativo)';

/**
 * How someone was engaged, not what the job was: "(contract)", "(part-time)", "(remote)", and a
 * bracket that opens or closes with such a word ("(contract via an agency)", "(final-year internship)").
 */
const ENGAGEMENT_WORDS = `(?:${[
  ...EMPLOYMENT_TYPE_WORDS,
  ...WORK_MODE_WORDS,
  'contractor',
  'freelancer',
  'temp',
  'interim',
  'volunteer',
  'consultant',
  'consulting',
  'fixed[\\s-]term',
  'werkstudent',
  'working[\\s-]student',
  'co[\\s-]?op',
  // The tax terms a US contract is held on ("(W2 via Collabera)", "(C2C)", "(corp-to-corp)").
  'w-?2',
  'c2c',
  'corp[\\s-]to[\\s-]corp',
  'industrial[\\s-]placement',
  'placement',
  '(?:national|civil(?:ian)?)[\\s-]service',
  'n\\.?y\\.?s\\.?c\\.?',
  // Hours a week, a part-time post: "(20 hrs/week)", "(10 Std./Woche)", "(20 h/semaine)", "(20 godz./tydz.)",
  // "(20 horas por semana)", "(16 uur per week)".
  String.raw`\d{1,2}(?:[.,]5)?\s*(?:h|hrs?\.?|hours?|std\.?|stunden|godz\.?|uur|horas|heures)\s*(?:\/\s*|(?:per|pro|par|por|a(?:\s+la)?|w)\s+)(?:wk|week|woche|semaine|semana|tydz(?:ie[ńn]|\.)?|w)\.?`,
  // The same in the other languages of European and Latin American résumés: French, German, Spanish, Portuguese,
  // Italian, Dutch, Polish.
  'alternance',
  'int[ée]rim',
  'temps[\\s-]partiel',
  'teilzeit',
  'vollzeit',
  'praktikum',
  'werkvertrag',
  'pr[áa]cticas',
  'media[\\s-]jornada',
  'pasant[íi]a',
  'tiempo[\\s-]parcial',
  'est[áa]gio',
  'praktyki',
  'sta[żz]',
  'tirocinio',
  'deeltijd',
  // Cover for someone on leave, a locum, a secondment, a year in industry, a summer's work; Turkish "staj".
  '(?:maternity|paternity|parental)(?:[\\s-]leave)?[\\s-]cover',
  'locum',
  'secondment',
  'seconded',
  // A consultancy's or an agency's person working at its client: "(gedetacheerd bij Rabobank)", "(on assignment at
  // ING)", "(contracted to Telstra)", "(deployed at Shell)", "(détachée chez Airbus)".
  'gedetacheerde?',
  'on[\\s-]assignment',
  'contracted',
  'deployed',
  'placed',
  'outsourced',
  'd[ée]tach[ée]e?',
  'sandwich[\\s-]year',
  'year[\\s-]in[\\s-]industry',
  'summer',
  'staj[ıi]?',
  // Training and student terms as countries name them: Canada's co-op "work term", the Philippines' "OJT" (on-the-job
  // training), the Maghreb's and France's "PFE" (projet de fin d'études), Malaysia's and India's "industrial
  // training" ("latihan industri"), Indonesia's "magang" and "PKL" (praktik kerja lapangan); the Nordic summer job
  // ("sommarjobb", "sommerjobb", "kesätyö"), part- and full-time ("deltid", "heltid"); Indonesian and Malay part-time and contract ("paruh waktu", "separuh masa", "kontrak").
  'work[\\s-]terms?',
  'ojt',
  'on[\\s-]the[\\s-]job[\\s-]training',
  'pfe',
  "projet\\s+de\\s+fin\\s+d['’]\\s*[ée]tudes",
  'industrial[\\s-](?:training|attachment)',
  'latihan\\s+industri',
  'magang',
  'pkl',
  'praktik\\s+kerja(?:\\s+lapangan)?',
  'sommarjobb',
  'sommerjobb?',
  'kes[äa]ty[öo]',
  'deltid',
  'heltid',
  'paruh\\s+waktu',
  'separuh\\s+masa',
  'kontrak',
  // South Africa's learnership: a SETA-registered work-based qualification held at an employer.
  'learnership',
  // A dual or sandwich degree's terms at the employer and a German student's compulsory internship: "(Praxisphasen)",
  // "(Praxissemester)", "(Pflichtpraktikum)", "(duales Studium)".
  'praxisphasen?',
  'praxissemester',
  '(?:pflicht|vor|fach|grund)praktikum',
  'dual(?:es|er)?\\s+studium',
  // Holiday, side and casual jobs as the languages of the sets name them: German "Ferienjob", "Nebenjob", "Minijob";
  // French "job d'été", "job étudiant", "saisonnier"; Spanish, Portuguese and Italian summer jobs; Dutch "bijbaan",
  // "vakantiewerk"; English "holiday job", "casual", "zero-hours".
  '(?:ferien|sommer|neben|mini|studenten|aushilfs)job',
  'ferienarbeit',
  "jobs?\\s+(?:d['’]\\s*[ée]t[ée]|[ée]tudiants?|de\\s+vacances)",
  'saisonni(?:er|[èe]re)',
  'trabajo\\s+de\\s+verano',
  'empleo\\s+de\\s+verano',
  'trabalho\\s+de\\s+ver[ãa]o',
  'lavoro\\s+estivo',
  'bijbaan',
  'vakantie(?:werk|baan|job)',
  '(?:holiday|vacation)\\s+(?:job|work)',
  'casual',
  'zero[\\s-]hours?(?:\\s+contract)?',
  // Contracts by their kind: French apprenticeship and "contrat pro", Spanish, Portuguese and Italian fixed-term and
  // permanent contracts, Brazil's "PJ" (a contractor's own company) and "CLT" (a salaried post), part-time "meio
  // período", "mi-temps".
  'apprentissage',
  "contrat\\s+(?:de\\s+professionnalisation|pro|d['’]\\s*apprentissage)",
  'contrato\\s+(?:temporal|indefinido|fijo|por\\s+obra(?:\\s+y\\s+servicio)?|en\\s+pr[áa]cticas|de\\s+formaci[óo]n|tempor[áa]rio|a\\s+termo|sem\\s+termo)',
  'contratto\\s+a\\s+(?:tempo\\s+(?:determinato|indeterminato)|progetto)',
  'pj',
  'clt',
  'meio\\s+per[íi]odo',
  'mi[\\s-]temps',
].join('|')})(?:\\s+${ENGAGEMENT_QUALIFIERS})?`;
/**
 * The French internship, "(stage de fin d'études)", "(stage chez Thales)": an English word too ("Early-stage",
 * "Lighting Engineer (Stage)"), it is the engagement only as the bracket's first word, naming what or where.
 */
const FRENCH_INTERNSHIP = String.raw`stage\s+(?:(?:de|du|des|en|chez)\s|d['’]).*`;
const ENGAGEMENT = new RegExp(
  `^(?:${ENGAGEMENT_WORDS}(?:\\s*,\\s*.*|\\s+(?:via|through|with|for|at|to|de|d'|bei|über|con|presso|bij|chez|aupr[èe]s)\\s*.*)?|.*[\\s-]${ENGAGEMENT_WORDS}|${FRENCH_INTERNSHIP})$`,
  'iu',
);

/**
 * "Shopify Developer (contract) | Bayou Threads | Remote | 09/2019 – 07/2020" among "Title | Employer | City |
 * dates": how the person was engaged, in brackets, is no part of the header's layout, so the parts after it keep
 * the places (index among as many parts) the other entries give them.
 */
function engagementOutOfSlots(parts: readonly Part[]): Part[] {
  const engaged = (part: Part) =>
    part.line.text[part.start - 1] === '(' &&
    part.line.text[part.end] === ')' &&
    ENGAGEMENT.test(part.text.trim());
  const count = parts.filter((part) => !engaged(part)).length;
  if (count === parts.length) return [...parts];
  let index = 0;
  return parts.map((part) => (engaged(part) ? part : { ...part, index: index++, count }));
}

/** "Contract, Payments": an engagement word, its comma, and the rest (group 1). */
const ENGAGEMENT_THEN_UNIT = new RegExp(`^\\s*${ENGAGEMENT_WORDS}\\s*,\\s*(\\S(?:.*\\S)?)\\s*$`, 'iu');

/** What `employerInBracket` reads of the section around an entry. */
interface BracketContext {
  /** Every header of the section is one line: no employer stands over its titles on a line of its own. */
  oneLineHeaders: boolean;
  /** The entry before, as far as it is read. */
  above: ReadEntry | undefined;
  catalogue: Catalogue;
}

/**
 * "Senior Software Engineer (UI)", "Data Engineer (Platform)": a bracket right after the title that no
 * evidence and no other entry's layout names as anything else qualifies the title; it is kept in it.
 * How someone was engaged ("(contract)") is no part of the title, nor is an employer's name in the bracket (see
 * `employerInBracket`).
 */
function qualifiedTitle(entry: ReadEntry, part: Part, context: BracketContext): Located | null {
  const title = entry.parts.find((item) => item.label === 'title' && item.part.line === part.line)?.part;
  if (!title || !entry.draft.title) return null;
  const text = part.line.text;
  if (!/^\s*\($/u.test(text.slice(title.end, part.start)) || text[part.end] !== ')') return null;
  if (
    part.text.split(/\s+/u).length > 3 ||
    ENGAGEMENT.test(part.text.trim()) ||
    HELD_AS.test(part.text.trim()) ||
    employerInBracket(entry, part, context)
  )
    return null;
  return locate(part.line, title.start, part.end + 1, text.slice(title.start, part.end + 1), 0.6);
}

/**
 * "Software Developer (Halden Freight)      Jun 2017 – Mar 2021": a dated header of a title and a bracket only, in a
 * section whose headers are each one line (no employer over its titles, as "Xero" over "Developer (Mobile Apps)"),
 * names the employer in the bracket when the bracket reads as an employer's name (see `bracketNamesEmployer`).
 * Without it the job has no employer at all. Under a header that names its employer before its title ("Acme Corp —
 * Senior Engineer" over "Engineer (Payments Risk)"), a title alone is a later post with that employer, its bracket
 * the specialty; after "Title / Employer" or "Title at Employer" the bracket stands where those name the employer.
 */
function employerInBracket(entry: ReadEntry, part: Part, context: BracketContext): boolean {
  const { oneLineHeaders, above, catalogue } = context;
  if (!oneLineHeaders || entry.draft.company || !entry.draft.start) return false;
  // The title and the bracket are the header's only parts, on one line.
  if (
    !entry.parts.every(
      (item) => item.part === part || (item.label === 'title' && item.part.line === part.line),
    )
  )
    return false;
  const company = above?.draft.company;
  const title = above?.draft.title;
  if (
    company?.column !== undefined &&
    title?.column !== undefined &&
    company.line === title.line &&
    company.column < title.column
  )
    return false;
  return bracketNamesEmployer(part.text.trim(), catalogue, false);
}

function has(draft: PositionDraft, label: PartLabel): boolean {
  return draft[label] !== null;
}
