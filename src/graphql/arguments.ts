import { badInput } from '../errors/index.js';
import { currentMonth, parseMonthText } from '../graph/months.js';

/**
 * Checks an integer argument against its bounds, with a message that quotes the value and says
 * what would work: `first: 100000 is out of range: expected an integer from 1 to 100.`
 */
export function boundedInt(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name}: ${value} is out of range: expected an integer from ${min} to ${max}.`, name);
  }
  return value;
}

export const limits = {
  /** Page size of lists and rankings. */
  first: { fallback: 20, max: 100 },
  maxHops: { fallback: 6, max: 6 },
  depth: { fallback: 1, max: 3 },
  graphLimit: { fallback: 500, max: 2000 },
} as const;

export function pageSize(value: number | null | undefined, fallback: number = limits.first.fallback): number {
  return boundedInt('first', value, fallback, 1, limits.first.max);
}

/** Opaque cursors: base64 of the offset in the query's own order. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) {
    throw badInput(
      `after: "${cursor}" is not a cursor this API gave out: pass an endCursor from pageInfo.`,
      'after',
    );
  }
  return Number(match[1]) + 1;
}

/**
 * A month argument (`YYYY-MM`, as `monthText` writes it) as a month number (src/graph/months.ts);
 * null when absent.
 */
export function monthArgument(
  name: string,
  value: string | null | undefined,
  example = '2024-06',
): number | null {
  if (value === null || value === undefined) return null;
  const month = parseMonthText(value);
  if (month === null) {
    throw badInput(
      `${name}: ${JSON.stringify(value)} is not a month: expected YYYY-MM, e.g. "${example}".`,
      name,
    );
  }
  return month;
}

/** An `asOf` argument: the month up to which a current role counts; this month (UTC) when absent. */
export function asOfMonth(asOf: string | null | undefined): number {
  return monthArgument('asOf', asOf) ?? currentMonth();
}
