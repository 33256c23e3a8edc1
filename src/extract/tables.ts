import type { DocLine } from './line-model.js';

/** What a column of a table of positions holds, by the label its header row gives it. */
export type Column = 'company' | 'title' | 'dates' | 'start' | 'end' | 'location' | 'other';

/** A column of clients, not in English ("Cliente", "Klient", "Auftraggeber", "Opdrachtgever", "Müşteri"). */
const CLIENT_LABEL =
  /^(?:clientes?|klient(?:en)?|kunde|auftraggeber(?:in)?|opdrachtgever|committente|m[üu][şs]teri|zleceniodawca)$/iu;

const COLUMN_LABELS: [Column, RegExp][] = [
  [
    'company',
    /^(?:company|employer|organi[sz]ation|where|client|firm|workplace|(?:company|employer)\s+name|empresa|entreprise|soci[ée]t[ée]|employeur|arbeitgeber|unternehmen|firma|werkgever|bedrijf|organisatie|azienda|organizaci[óo]n|organiza[çc][ãa]o|empregador)$/iu,
  ],
  // A gist's "When | Where | What": the role held is what.
  [
    'title',
    /^(?:role|title|what|job(?:\s+(?:title|role))?|position(?:\s+held)?|designation|function|cargo|puesto|poste|fonction|r[ôo]le|funktion|stelle|functie|rol|ruolo|mansione|fun[çc][ãa]o)$/iu,
  ],
  [
    'dates',
    /^(?:period|dates?|when|duration|years?|tenure|from\s*[-–]\s*to|time(?:\s+period)?|(?:employment\s+)?period|per[íi]odo|p[ée]riode|zeitraum|dauer|datum|periode|fechas?)$/iu,
  ],
  [
    'location',
    /^(?:location|city|place|based\s+in|country|ubicaci[óo]n|ciudad|lieu|ville|ort|standort|locatie|plaats|luogo|sede|localiza[çc][ãa]o|cidade)$/iu,
  ],
  // A consultant's table of engagements names the client in the languages CVs are written in ("Cliente | Rol |
  // Periodo", "Auftraggeber | Rolle | Zeitraum", "Opdrachtgever | Rol | Periode", "Klient | Rola | Okres").
  ['company', CLIENT_LABEL],
  ['title', /^(?:rolle|rola|papel|stanowisko|pozisyon|g[öo]rev)$/iu],
  ['dates', /^(?:okres|d[öo]nem|tarih(?:ler)?|quando|cu[áa]ndo|quand|wann)$/iu],
  // A spreadsheet's or an export's pair of date columns ("From | To", "Start	End").
  ['start', /^(?:from|start(?:ed)?|since|begin(?:ning)?)$/iu],
  ['end', /^(?:to|until|till|end(?:ed)?)$/iu],
];

/**
 * Labels of the columns a table of positions holds besides its header's fields: what was done and with what
 * ("Environment", "Responsibilities", "Tech stack"), in English and the languages of European résumés.
 */
const BODY_LABEL =
  /^(?:environment|technolog(?:y|ies)|tech(?:nology)?\s+stack|stack|tools?|skills|responsibilit(?:y|ies)|(?:key\s+|main\s+)?(?:duties|tasks|achievements|responsibilities|activities)|description|details|summary|projects?|team|department|notes|entorno|tecnolog[íi]as?|responsabilidades|tareas|funciones|logros|environnement|technologies|responsabilit[ée]s|missions?|t[âa]ches|r[ée]alisations|umgebung|technologien|aufgaben|verantwortung|t[äa]tigkeiten|omgeving|technologie[ëe]n|taken|verantwoordelijkheden|ambiente|tecnologie|responsabilit[àa]|attivit[àa]|atividades)$/iu;

/**
 * What a header row's cell names: a column of a position's header, `other` for a column of its text (a known
 * label such as "Environment" or "Responsibilities"), null for a cell that is no label. A cell naming two header
 * fields ("Employer / Position", "Company & Role") is a header column, by its first.
 */
/** What joins the fields a compound label names ("Employer / Position", "Company & Role", "Firma und Position"). */
const LABEL_JOINS = /\s*(?:[/&+,]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/iu;

function labelColumn(label: string): Column | null {
  const text = label.trim().replace(/\s*[:：]$/u, '');
  const direct = COLUMN_LABELS.find(([, pattern]) => pattern.test(text))?.[0];
  if (direct) return direct;
  if (BODY_LABEL.test(text)) return 'other';
  const pieces = text.split(LABEL_JOINS).filter((piece) => piece !== '');
  if (pieces.length < 2) return null;
  const kinds = pieces.map((piece) => COLUMN_LABELS.find(([, pattern]) => pattern.test(piece))?.[0]);
  if (kinds.some((kind) => kind === undefined)) return null;
  return kinds[0] as Column;
}

/** How many of a position's fields a header cell names: two for "Position & Organisation", else one. */
export function labelFields(label: string): number {
  const text = label.trim().replace(/\s*[:：]$/u, '');
  if (COLUMN_LABELS.some(([, pattern]) => pattern.test(text)) || labelColumn(label) === null) return 1;
  return text.split(LABEL_JOINS).filter((piece) => piece !== '').length;
}

interface Cell {
  start: number;
  end: number;
  text: string;
  /** Where the separator after the cell stands (-1 after the last cell). */
  separator: number;
}

/**
 * The cells of a table row: each cell's span in the line's text, separated by `|`, or, in a line with
 * no bar, by runs of tabs (a table pasted from a spreadsheet or a word processor).
 */
function cells(text: string): Cell[] {
  const bars = text.includes('|');
  const spans: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || (bars ? text[i] === '|' : text[i] === '\t')) {
      const cell = text.slice(start, i);
      const lead = cell.length - cell.trimStart().length;
      spans.push({
        start: start + lead,
        end: start + cell.trimEnd().length,
        text: cell.trim(),
        separator: i === text.length ? -1 : i,
      });
      if (!bars) while (text[i + 1] === '\t') i++;
      start = i + 1;
    }
  }
  return bars || spans.length >= 3 ? spans : [];
}

function columnOf(label: string): Column {
  return labelColumn(label) ?? 'other';
}

/**
 * What each column of a table of positions holds, when `labels` (a header row's cells, left to right)
 * are such a table's header: a company or a title column and at least one more known column, a start
 * column only with an end column, and at most two columns no label names (the tasks, the stack).
 * Null for any other row. A PDF's or a Word document's grid shows its cells, so two will do there;
 * a line of text needs three bars' worth (`minimum`), or two cells that are labels both ("| Role | Period |").
 */
export function positionColumns(labels: readonly string[], minimum = 2): Column[] | null {
  const named = labels.map((label) => labelColumn(label));
  if (labels.length < (named.every((column) => column !== null) ? 2 : minimum)) return null;
  const columns = named.map((column) => column ?? 'other');
  const known = new Set(columns.filter((column) => column !== 'other'));
  return (known.has('company') || known.has('title')) &&
    known.size >= 2 &&
    // A lone "From" or "To" column is no pair of dates.
    known.has('start') === known.has('end') &&
    named.filter((column) => column === null).length <= 2
    ? columns
    : null;
}

/** "Period", "Employer / Position", "Environment": the label of a field of a position, never a value of one. */
export function fieldLabel(text: string): boolean {
  return labelColumn(text) !== null;
}

/**
 * "Period | Employer | Position", "Dates    Company    Title": a row whose cells are all labels of a position's
 * fields, at least one of them a header's (see `labelColumn`), is a table's header row, never a position.
 */
export function labelRow(cellTexts: readonly string[]): boolean {
  const named = cellTexts.map((text) => labelColumn(text));
  return (
    cellTexts.length >= 2 &&
    named.every((column) => column !== null) &&
    named.some((column) => column !== 'other')
  );
}

/**
 * The labels of a table of studies' columns that name the school or the degree ("Institution", "University",
 * "Degree", "Qualification"), in English and the languages of European résumés.
 */
const STUDY_KEY_LABEL =
  /^(?:(?:educational\s+)?(?:institution|establishment)|school|university|college|degree(?:\s+obtained)?|qualification|diploma|instituci[óo]n|universidad|titulaci[óo]n|t[íi]tulo|[ée]tablissement|[ée]cole|dipl[ôo]me|hochschule|universit[äa]t|abschluss|instelling|opleiding|istituto|universit[àa]|laurea|institui[çc][ãa]o|grau)$/iu;

/** A school's or a degree's label anywhere in a line: what a header row of a table of studies holds at least. */
const STUDY_KEY_WORD = new RegExp(STUDY_KEY_LABEL.source.replace(/^\^|\$$/gu, ''), 'iu');

/** The other columns a table of studies has: what was studied and how it went ("Field of study", "Grade"). */
const STUDY_LABEL =
  /^(?:major|minor|field(?:\s+of\s+study)?|subjects?|course|programme|program|speciali[sz]ation|grade|gpa|result|honou?rs|award|mention|note|fach|studiengang|especialidad|curso|fili[èe]re)$/iu;

/**
 * "| Period | Institution | Degree |", "Years    School    Qualification": a header row whose cells all name
 * columns of a table of studies (the school or the degree in at least one, the others what was studied, its dates
 * or place), none a column of a table of positions (an employer, a title). Such a table lists education,
 * whatever section it stands in. A row of bars names two cells or more; a row of tabs or gaps, labels only.
 */
export function studiesHeaderRow(text: string): boolean {
  if (!STUDY_KEY_WORD.test(text)) return false;
  const barred = cells(text);
  const texts = (barred.length > 0 ? barred : gappedCells(text))
    .map((cell) => cell.text.replace(/\s*[:：]$/u, ''))
    .filter((cell, index, all) => cell !== '' || (index > 0 && index < all.length - 1));
  if (texts.length < 2) return false;
  const study = (label: string) => STUDY_KEY_LABEL.test(label) || STUDY_LABEL.test(label);
  const beside = (label: string) => {
    const column = labelColumn(label);
    return column === 'dates' || column === 'start' || column === 'end' || column === 'location';
  };
  return (
    texts.some((label) => STUDY_KEY_LABEL.test(label)) &&
    texts.every((label) => study(label) || beside(label))
  );
}

/**
 * A row of a table of positions as the head line of its entry: its header cells (company, title,
 * dates, place) in the header's order, apart by " | ", a start and the end after it as one range.
 */
export function positionHead(columns: readonly Column[], texts: readonly string[]): string {
  const parts: string[] = [];
  columns.forEach((column, index) => {
    const text = (texts[index] ?? '').replace(/\s+/gu, ' ').trim();
    if (column === 'other' || text === '') return;
    const previous = (texts[index - 1] ?? '').trim();
    if (column === 'end' && columns[index - 1] === 'start' && previous !== '') {
      parts[parts.length - 1] = `${parts[parts.length - 1]} – ${text}`;
      return;
    }
    parts.push(text);
  });
  return parts.join(' | ');
}

/**
 * Whether a table of two columns is one record laid out vertically, a label cell beside each value
 * ("Employer | Infosys", "Role | Technology Lead", "Duration | Jan 2020 – till date", "Environment |
 * Java, Oracle"), as services companies' Word templates print a position or a client project: every
 * row holds a label and a value, and at least two labels name fields of a position's header (the
 * labels a table of positions has in its header row). A date column beside its entries is no record.
 */
export function isRecordTable(rows: readonly (readonly string[])[]): boolean {
  if (rows.length < 2 || rows.some((row) => row.length !== 2)) return false;
  const labels = rows.map((row) => recordLabel(row[0] as string));
  if (labels.some((label) => label === null)) return false;
  return (
    new Set(labels.map((label) => columnOf(label as string)).filter((column) => column !== 'other')).size >= 2
  );
}

/** A label cell's words ("Role", "Client:"), without a closing colon; null for a cell that is no label. */
export function recordLabel(text: string): string | null {
  const label = text.trim().replace(/\s*[:：]$/u, '');
  return /^\p{L}[\p{L}/&.()' -]{0,29}$/u.test(label) && label.split(/\s+/u).length <= 4 ? label : null;
}

/**
 * `text` with only the cells at `keep` left, every other character a space: columns do not move.
 * Kept neighbours stay apart by their separator; a start column and the end column after it are
 * joined by a dash, so that they read as one range.
 */
function only(
  line: DocLine,
  spans: Cell[],
  keep: (index: number) => boolean,
  heads: readonly Column[],
): DocLine {
  const chars = new Array<string>(line.text.length).fill(' ');
  spans.forEach((span, index) => {
    if (!keep(index)) return;
    for (let i = span.start; i < span.end; i++) chars[i] = line.text[i] as string;
    if (span.separator !== -1 && index + 1 < spans.length && keep(index + 1)) {
      const range = heads[index] === 'start' && heads[index + 1] === 'end';
      chars[span.separator] = range ? '–' : (line.text[span.separator] as string);
    }
  });
  return { ...line, text: chars.join('').trimEnd() };
}

/**
 * The cells of a line of columns set apart by wide gaps ("Dates        Company            Title"): each run of
 * text between gaps of two or more spaces or a tab.
 */
function gappedCells(text: string): Cell[] {
  const spans: Cell[] = [];
  for (const match of text.matchAll(/\S+(?:[ \u00a0]\S+)*/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    spans.push({ start, end, text: match[0], separator: end < text.length ? end : -1 });
  }
  return spans;
}

/**
 * A row of a table set in wide gaps, cut at the columns its header row's labels stand over: each cell goes to the
 * column it overlaps most (a column runs from its label's left edge to the next label's), cells of one column join.
 */
function alignedCells(text: string, starts: readonly number[]): Cell[] {
  const merged: (Cell | null)[] = starts.map(() => null);
  for (const cell of gappedCells(text)) {
    let best = 0;
    let overlap = -1;
    starts.forEach((from, index) => {
      const to = starts[index + 1] ?? Number.POSITIVE_INFINITY;
      const shared = Math.min(cell.end, to) - Math.max(cell.start, from);
      if (shared > overlap) {
        overlap = shared;
        best = index;
      }
    });
    const held = merged[best];
    merged[best] = held ? { ...held, end: cell.end, text: text.slice(held.start, cell.end) } : { ...cell };
  }
  // An empty column keeps its place: the cells stay in step with the labels.
  return merged.map((cell, index) => {
    const at = starts[index] as number;
    const found = cell ?? { start: at, end: at, text: '', separator: -1 };
    return { ...found, separator: found.end < text.length ? found.end : -1 };
  });
}

/**
 * The columns of a table of positions whose header row `text` is ("| Period | Employer | Position |", "Period	Employer
 * Position", "Dates    Company    Title"), null for any other line: a row of bars names three cells or more, a row
 * of tabs or gaps only labels (see `labelRow`).
 */
export function headerRowColumns(text: string): Column[] | null {
  const barred = cells(text);
  const texts = (barred.length > 0 ? barred : gappedCells(text)).map((cell) => cell.text);
  return barred.length > 0 ? positionColumns(texts, 3) : labelRow(texts) ? positionColumns(texts) : null;
}

/**
 * "| Period | Company | Role | What I did | Stack |" over one row per position: the header row says
 * which cell is which. Each row becomes its header (the company, title, date and place cells, at
 * their own columns) and, on the same line, its body (the other cells); the label row goes. A table
 * set in wide gaps ("Dates    Company    Title") is read by where its labels stand. A row of labels
 * that names no table this reads (see `labelRow`) goes too. Lines outside such a table are returned
 * as they are.
 */
export function splitPositionTables(lines: readonly DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  let columns: Column[] | null = null;
  // Where a gapped table's labels start: its rows are cut there.
  let starts: number[] | null = null;
  for (const line of lines) {
    if (line.blank || line.rule) {
      if (!line.rule) {
        columns = null;
        starts = null;
      }
      out.push(line);
      continue;
    }
    const barred = cells(line.text);
    const gapped = barred.length === 0 ? gappedCells(line.text) : [];
    const texts = (barred.length > 0 ? barred : gapped).map((cell) => cell.text);
    const labels = headerRowColumns(line.text);
    if (labels) {
      columns = labels;
      starts = barred.length > 0 ? null : gapped.map((cell) => cell.start);
      continue;
    }
    if (labelRow(texts)) {
      columns = null;
      starts = null;
      continue;
    }
    const row = starts && gapped.length > 1 ? alignedCells(line.text, starts) : barred;
    if (!columns || row.length !== columns.length) {
      if (row.length === 0 && !starts) columns = null;
      out.push(line);
      continue;
    }
    const heads = columns;
    out.push(only(line, row, (index) => heads[index] !== 'other', heads));
    if (heads.some((label) => label === 'other')) {
      const body = only(line, row, (index) => heads[index] === 'other', heads);
      if (body.text.trim() !== '') out.push({ ...body, bullet: true });
    }
  }
  return out;
}
