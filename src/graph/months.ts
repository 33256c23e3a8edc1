/*
 * The one month encoding: a month is a whole number, `year * 12 + (month - 1)` (January of year 0
 * is 0). Role.startMonth and Role.endMonth store it, the API's month arithmetic and Cypher texts
 * read it, the generator draws careers in it.
 */

/** The number of a month (`month` 1..12). */
export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearOfMonth(month: number): number {
  return Math.floor(month / 12);
}

/** 1..12 */
export function monthOfYear(month: number): number {
  return (month % 12) + 1;
}

/** `YYYY-MM`. */
export function monthText(month: number): string {
  return `${yearOfMonth(month)}-${String(monthOfYear(month)).padStart(2, '0')}`;
}

/**
 * Cypher expression: `monthNumber` of the year and month (1..12) expressions `year` and `month`
 * (literal expressions of our own).
 */
export function cypherMonthNumber(year: string, month: string): string {
  return `(${year} * 12 + ${month} - 1)`;
}

/** Cypher expression: `currentMonth()`, for a text that cannot take it as a parameter. */
export function cypherCurrentMonth(): string {
  return cypherMonthNumber("date({timezone: 'UTC'}).year", "date({timezone: 'UTC'}).month");
}

/**
 * Cypher expression: the year of the month number `expression` (a literal expression of our own),
 * as `yearOfMonth`. A number a parameter carries reaches Cypher as a float, hence `toInteger`; months
 * are never negative, so integer division floors.
 */
export function cypherYearOfMonth(expression: string): string {
  return `(toInteger(${expression}) / 12)`;
}

/** Cypher expression: the month number `expression` as `YYYY-MM`, as `monthText` (a literal expression of our own). */
export function cypherMonthText(expression: string): string {
  return `toString(${cypherYearOfMonth(expression)}) + '-' + right('0' + toString(toInteger(${expression}) % 12 + 1), 2)`;
}

/** This month, in UTC. */
export function currentMonth(now: Date = new Date()): number {
  return monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1);
}

/** What the month arithmetic reads of a role: its stored month numbers and whether it is current. */
export interface DatedRole {
  readonly [property: string]: unknown;
  startMonth?: unknown;
  endMonth?: unknown;
  current?: unknown;
}

/** The first and last month of a role, when the dates allow; a current role runs to `now`. */
export function roleInterval(role: DatedRole, now: number = currentMonth()): [number, number] | null {
  const start = typeof role.startMonth === 'number' ? role.startMonth : null;
  const end = typeof role.endMonth === 'number' ? role.endMonth : role.current === true ? now : null;
  if (start === null || end === null || end < start) return null;
  return [start, end];
}

/** `endMonth − startMonth + 1` where both are known (current → up to `now`); else null. */
export function roleMonths(role: DatedRole, now: number = currentMonth()): number | null {
  const interval = roleInterval(role, now);
  return interval ? interval[1] - interval[0] + 1 : null;
}

/** Months covered by the dated roles, overlaps counted once; null when no role is dated. */
export function coveredMonths(roles: readonly DatedRole[], now: number = currentMonth()): number | null {
  const intervals = roles
    .map((role) => roleInterval(role, now))
    .filter((interval): interval is [number, number] => interval !== null)
    .sort((a, b) => a[0] - b[0]);
  if (intervals.length === 0) return null;
  let total = 0;
  let coveredUpTo = Number.NEGATIVE_INFINITY;
  for (const [start, end] of intervals) {
    const from = Math.max(start, coveredUpTo + 1);
    if (end >= from) total += end - from + 1;
    coveredUpTo = Math.max(coveredUpTo, end);
  }
  return total;
}

/** Sorted, disjoint `[start, end, …]` covering the month intervals `[start, end]`, overlapping and touching ones joined. */
export function mergeSpans(intervals: readonly (readonly [number, number])[]): number[] {
  const sorted = [...intervals]
    .filter(([start, end]) => end >= start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const spans: number[] = [];
  for (const [start, end] of sorted) {
    const last = spans.length - 1;
    if (last > 0 && start <= (spans[last] as number) + 1) spans[last] = Math.max(spans[last] as number, end);
    else spans.push(start, end);
  }
  return spans;
}

/** Months in `spans` (as `mergeSpans` gives them) before month `before` (all of them when null). */
export function spanMonths(spans: readonly number[], before: number | null = null): number {
  let total = 0;
  for (let index = 0; index + 1 < spans.length; index += 2) {
    const start = spans[index] as number;
    const end =
      before === null ? (spans[index + 1] as number) : Math.min(spans[index + 1] as number, before - 1);
    if (end >= start) total += end - start + 1;
  }
  return total;
}

/** The month `YYYY-MM` names (as `monthText` writes it); null when the text is not one. */
export function parseMonthText(text: string): number | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  return match ? monthNumber(Number(match[1]), Number(match[2])) : null;
}
