import type { DocLine } from './line-model.js';

/** What a column of a table of positions holds, by the label its header row gives it. */
export type Column = 'company' | 'title' | 'dates' | 'start' | 'end' | 'location' | 'other';

const COLUMN_LABELS: [Column, RegExp][] = [
  ['company', /^(?:company|employer|organi[sz]ation|where|client|firm|workplace)$/iu],
  ['title', /^(?:role|title|job(?:\s+title)?|position|designation)$/iu],
  ['dates', /^(?:period|dates?|when|duration|years?|tenure|from\s*[-–]\s*to)$/iu],
  ['location', /^(?:location|city|place|based\s+in)$/iu],
  // A spreadsheet's or an export's pair of date columns ("From | To", "Start	End").
  ['start', /^(?:from|start(?:ed)?|since|begin(?:ning)?)$/iu],
  ['end', /^(?:to|until|till|end(?:ed)?)$/iu],
];

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
  return COLUMN_LABELS.find(([, pattern]) => pattern.test(label))?.[0] ?? 'other';
}

/**
 * What each column of a table of positions holds, when `labels` (a header row's cells, left to right)
 * are such a table's header: a company or a title column and at least one more known column, a start
 * column only with an end column, and at most two columns of other things (the tasks, the stack).
 * Null for any other row. A PDF's or a Word document's grid shows its cells, so two will do there;
 * a line of text needs three bars' worth (`minimum`).
 */
export function positionColumns(labels: readonly string[], minimum = 2): Column[] | null {
  if (labels.length < minimum) return null;
  const columns = labels.map((label) => columnOf(label.trim()));
  const known = new Set(columns.filter((column) => column !== 'other'));
  return (known.has('company') || known.has('title')) &&
    known.size >= 2 &&
    // A lone "From" or "To" column is no pair of dates.
    known.has('start') === known.has('end') &&
    columns.filter((column) => column !== 'other').length >= labels.length - 2
    ? columns
    : null;
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
 * "| Period | Company | Role | What I did | Stack |" over one row per position: the header row says
 * which cell is which. Each row becomes its header (the company, title, date and place cells, at
 * their own columns) and, on the same line, its body (the other cells); the label row goes. Lines
 * outside such a table are returned as they are.
 */
export function splitPositionTables(lines: readonly DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  let columns: Column[] | null = null;
  for (const line of lines) {
    if (line.blank || line.rule) {
      if (!line.rule) columns = null;
      out.push(line);
      continue;
    }
    const row = cells(line.text);
    const labels = positionColumns(
      row.map((cell) => cell.text),
      3,
    );
    if (labels) {
      columns = labels;
      continue;
    }
    if (!columns || row.length !== columns.length) {
      columns = row.length === 0 ? null : columns;
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
