import type { PartialDate } from '../resume/parse-partial-date.js';
import { type DocLine, rawSpan } from './line-model.js';

/** A value read from the document, with where it stands. */
export interface Located {
  value: string;
  line: number;
  endLine: number;
  column?: number;
  endColumn?: number;
  confidence: number;
}

export function locate(
  line: DocLine,
  start: number,
  end: number,
  value: string,
  confidence: number,
): Located {
  const { column, endColumn } = rawSpan(line, start, end);
  return { value, line: line.n, endLine: line.n, column, endColumn, confidence };
}

/** The column where a value ends on its first line: past the line's end when it runs on to a later line. */
export function endOnFirstLine(value: Located): number {
  return value.endLine > value.line ? Number.POSITIVE_INFINITY : (value.endColumn ?? 0);
}

/** A whole line (or lines) as the source of a value. */
export function locateLines(first: DocLine, last: DocLine, value: string, confidence: number): Located {
  return { value, line: first.n, endLine: last.n, confidence };
}

export interface LocatedDate extends Located {
  date: PartialDate;
}

/** One technology named in an entry, as written, and where. */
export interface LocatedMention extends Located {
  technologyId: string;
  fuzzy: boolean;
}
