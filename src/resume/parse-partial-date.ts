import { monthNumber } from '../graph/months.js';

/** A date as precise as the document gives it. */
export interface PartialDate {
  year: number;
  /** 1..12 */
  month: number | null;
  /** 1..31 */
  day: number | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a bare year number, as YAML reads `2014`).
 * Returns null for anything else, including impossible dates such as `2019-02-30`.
 */
export function parsePartialDate(value: string | number): PartialDate | null {
  const text = typeof value === 'number' ? String(value) : value;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

/** The canonical text of a partial date: what the file said, zero-padded. */
export function formatPartialDate(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== null) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== null) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/**
 * The month number of a date (src/graph/months.ts). A start without a month counts from January,
 * an end without a month runs to December, so `2014`–`2014` covers the whole year.
 */
export function monthIndex(date: PartialDate, edge: 'start' | 'end'): number {
  return monthNumber(date.year, date.month ?? (edge === 'start' ? 1 : 12));
}

/**
 * Whether `end` lies before `start` at the precision both give: `2019-12` → `2019` is fine,
 * `2019` → `2018` and `2019-05-10` → `2019-05-02` are not.
 */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  if (end.year !== start.year) return end.year < start.year;
  if (end.month === null || start.month === null) return false;
  if (end.month !== start.month) return end.month < start.month;
  if (end.day === null || start.day === null) return false;
  return end.day < start.day;
}
