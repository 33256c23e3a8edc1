import { findDates } from './dates.js';
import { formRow } from './form-rows.js';
import type { ReadLine } from './line-model.js';
import { sectionKind } from './vocabulary.js';

/**
 * Two columns laid side by side with spaces, as `pdftotext -layout` writes a two-column PDF (a sidebar of
 * contact details and skills beside the experience): each line holds a piece of both columns, so read line
 * by line the sidebar's words interleave with the entries. Here the block of lines the two columns share is
 * read column by column, the left column first, as a PDF reader reads one.
 *
 * The gutter is a character column that no word of the block straddles, where the right column's lines
 * start, and beside which at least `MIN_SHARED` lines hold text on both sides. Lines where one side holds
 * only a date, a date range or a label ("2019 – 2021   Senior Engineer", "Languages:   Go, Python",
 * "Acme Corp        Mar 2021 – Present") do not count as two columns: a date column, a label column and
 * dates pushed to the right margin are parts of one column's entries. Every character keeps its column
 * (the right column's lines are indented to where they stood), so a fact still points at its text.
 */
export function readTextColumns(lines: readonly ReadLine[]): ReadLine[] {
  const split = findGutter(lines.map((line) => line.text.replace(/\t/g, '    ')));
  if (!split) return [...lines];
  const { gutter, first, last } = split;
  const left: ReadLine[] = [];
  const right: ReadLine[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i] as ReadLine;
    const text = line.text.replace(/\t/g, '    ');
    left.push({ ...line, text: text.slice(0, gutter).trimEnd() });
    const rest = text.slice(gutter);
    if (rest.trim() !== '') right.push({ ...line, text: `${' '.repeat(gutter)}${rest.trimEnd()}` });
  }
  return [
    ...lines.slice(0, first),
    ...left,
    // The right column starts a block of its own.
    { text: '' },
    ...right,
    ...lines.slice(last + 1),
  ];
}

/** The fewest lines with text in both columns for a layout to be two columns. */
const MIN_SHARED = 4;
/** The fewest spaces between two columns' text on a line they share. */
const MIN_GAP = 3;
/** The narrowest column either side of a gutter. */
const MIN_COLUMN = 12;

interface Gutter {
  gutter: number;
  /** The block of lines (indexes) the two columns share. */
  first: number;
  last: number;
}

/** What a side of a line holds when it says something of its own (not a date, a label or a rule). */
function saysSomething(side: string): boolean {
  const text = side.trim();
  if (!/\p{L}{2}/u.test(text)) return false;
  if (/:$/.test(text)) return false;
  const dates = findDates(text);
  const rest = dates.reduce((left, date) => left.replace(date.text, ' '), text);
  return /\p{L}{2}/u.test(rest.replace(/\b(?:present|now|current|today|since|from|to|till|until)\b/giu, ''));
}

/**
 * "Languages       : Python, SQL", "Data tools ......... R, Stata": a label, then its value set off by a colon or a
 * leader of dots, aligned with the rows above and below. The side after the gap is the value of the label before it
 * (a form of one column), not a column of its own; so is a side before the gap that ends in a colon or a leader.
 */
function labelledValue(left: string, right: string): boolean {
  return /^\s*(?:[:：]|\.{2,}|…)/u.test(right) || /(?:[:：]|\.{2,}|…)\s*$/u.test(left);
}

/**
 * "2019 – 2022          Data Engineer, Corvell (Leeds)" over lines indented to the title, headings at the margin,
 * "Email     ana@example.org" and "Languages     Python, Go" rows in the same gutter: the left side is the margin of
 * one column, holding each entry's dates and each row's label beside its text, not a column of its own. Two
 * real columns (a sidebar beside the entries) each have headings of their own; here every heading stands on one
 * side (at the margin, or indented to the text) and dates sit beside the entries' first lines.
 */
function marginOfOneColumn(datedRows: number, leftHeadings: number, rightHeadings: number): boolean {
  return datedRows >= MIN_DATED_ROWS && (leftHeadings === 0 || rightHeadings === 0);
}

/**
 * A heading standing on one side of a line: alone, beside the other side's heading, or in capitals. "Languages" beside
 * "Go, Java" is a row's label, not a heading.
 */
function headsItsSide(side: string, other: string, heading: (text: string) => boolean): boolean {
  const text = side.trim();
  if (text === '' || !heading(text)) return false;
  return other.trim() === '' || heading(other) || (/\p{Lu}{4}/u.test(text) && !/\p{Ll}/u.test(text));
}

/** The fewest entries dated in a left margin for it to be the margin of one column. */
const MIN_DATED_ROWS = 2;

function findGutter(texts: readonly string[]): Gutter | null {
  const width = Math.max(0, ...texts.map((text) => text.trimEnd().length));
  // A gutter is where text resumes after a gap on several lines: only those columns are tried.
  const resumes = new Map<number, number>();
  for (const text of texts) {
    for (const gap of text.matchAll(/\S {3,}(?=\S)/gu)) {
      const column = (gap.index ?? 0) + gap[0].length;
      resumes.set(column, (resumes.get(column) ?? 0) + 1);
    }
  }
  const candidates = [...resumes]
    .filter(([column, count]) => count >= MIN_SHARED && column >= MIN_COLUMN && column <= width - MIN_COLUMN)
    .map(([column]) => column)
    .sort((a, b) => a - b);
  const textual = memoise(saysSomething);
  const formLine = memoise((text) => formRow(text) !== null);
  const heading = memoise((text) => sectionKind(text) !== null);
  let best: (Gutter & { shared: number }) | null = null;
  for (const gutter of candidates) {
    // Blocks of consecutive lines no word straddles at this column.
    let start = 0;
    for (let i = 0; i <= texts.length; i++) {
      const text = texts[i];
      const straddles =
        text !== undefined && /\S/.test(text[gutter - 1] ?? ' ') && /\S/.test(text[gutter] ?? ' ');
      if (text !== undefined && !straddles) continue;
      const block = blockAt(texts, gutter, start, i - 1, textual, formLine, heading);
      if (block && (!best || block.shared > best.shared)) best = block;
      start = i + 1;
    }
  }
  return best;
}

function memoise(test: (side: string) => boolean): (side: string) => boolean {
  const known = new Map<string, boolean>();
  return (side) => {
    const key = side.trim();
    let found = known.get(key);
    if (found === undefined) {
      found = test(key);
      known.set(key, found);
    }
    return found;
  };
}

/** The two-column block between lines `from` and `to`, when its lines share enough text across `gutter`. */
function blockAt(
  texts: readonly string[],
  gutter: number,
  from: number,
  to: number,
  textual: (side: string) => boolean,
  formLine: (text: string) => boolean,
  heading: (text: string) => boolean,
): (Gutter & { shared: number }) | null {
  let shared = 0;
  let datedRows = 0;
  let leftHeadings = 0;
  let rightHeadings = 0;
  let flowing = 0;
  let aligned = 0;
  let first = -1;
  let formRows = 0;
  for (let i = from; i <= to; i++) {
    const text = texts[i] as string;
    if (formLine(text)) formRows++;
    const left = text.slice(0, gutter);
    const right = text.slice(gutter);
    const startsAtGutter = /\s/.test(text[gutter - 1] ?? ' ') && /\S/.test(text[gutter] ?? ' ');
    if (startsAtGutter) {
      aligned++;
      if (first === -1) first = i;
    }
    // Two columns side by side: each side says something of its own, a gutter of spaces between them.
    const gap = gutter + right.length - right.trimStart().length - left.trimEnd().length;
    if (
      gap >= MIN_GAP &&
      left.trim() !== '' &&
      right.trim() !== '' &&
      textual(left) &&
      textual(right) &&
      !labelledValue(left, right)
    )
      shared++;
    else if (gap < MIN_GAP && /\p{L}/u.test(left) && /\p{L}/u.test(right)) flowing++;
    if (startsAtGutter && left.trim() !== '' && !textual(left) && findDates(left).length > 0) datedRows++;
  }
  if (shared < MIN_SHARED || aligned < MIN_SHARED || first === -1) return null;
  // A Europass CV's rows ("Occupation or position held   Senior Developer"): one column of labelled values.
  if (formRows >= MIN_SHARED) return null;
  if (datedRows >= MIN_DATED_ROWS) {
    // Which side holds headings is asked only of a block with dates beside its lines.
    for (let i = from; i <= to; i++) {
      const text = texts[i] as string;
      const left = text.slice(0, gutter);
      const right = text.slice(gutter);
      if (headsItsSide(right, left, heading)) rightHeadings++;
      if (headsItsSide(left, right, heading)) leftHeadings++;
    }
    if (marginOfOneColumn(datedRows, leftHeadings, rightHeadings)) return null;
  }
  // "2021.04 - Now   Ctrip   Senior Data Engineer" over bullets that run on across the gap: one column of
  // entries whose header lines space their fields wide, not two columns (a column's text stops short of the other).
  if (flowing >= MIN_SHARED / 2 && flowing * 2 >= shared) return null;
  // The block runs to its end: lines below the shorter column are the longer column's.
  return { gutter, first, last: to, shared };
}
