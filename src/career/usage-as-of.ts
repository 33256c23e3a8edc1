import { mergeSpans, spanMonths } from '../graph/months.js';

/*
 * The one home of "how a person had used a technology as of a month": the months of use (overlaps
 * once), the first and last month used, and whether a current role was going on. `usageAsOf` answers
 * it in TypeScript from a USES relationship as read (src/loader/technology-uses.ts writes it);
 * `usageAsOfCypher` builds the same answers as Cypher expressions over a USES relationship (or a map
 * with its properties), for queries that filter or rank by them. test/db/usage-as-of.test.ts checks
 * that the two agree.
 *
 * The rule, for a use and a month `asOf`:
 *   - the months it covers are its dated spans cut at `asOf`, plus a current role from its start up
 *     to `asOf`; a span or a current role that starts after `asOf` adds nothing;
 *   - it has `started` unless its first known start is after `asOf` (a use none of whose positions
 *     or projects gives a start is taken as started: nothing says when it began), and a use that
 *     has not started counts as no use at all;
 *   - `months` is the number of months covered, null when nothing of the use is dated;
 *   - `lastUsed` is `asOf` while a current role is going on (or a current role gives no start),
 *     else the last end month when it is not after `asOf`, else the last month covered up to
 *     `asOf` (null when none is).
 */

/** The dated part of a USES relationship, as stored. */
export interface DatedUseProperties {
  /** `[start, end, …]` month numbers, as `mergeSpans` gives them; absent when nothing is dated. */
  spans?: readonly number[] | null;
  firstUsed?: number | null;
  lastUsed?: number | null;
  current: boolean;
  currentSince?: number | null;
}

export interface UseAsOf {
  started: boolean;
  /** A current role was going on at `asOf`. */
  current: boolean;
  months: number | null;
  firstUsed: number | null;
  lastUsed: number | null;
}

/** The properties of a USES relationship `u` that `usageAsOf` reads, as a Cypher map projection. */
export function usageProjection(u: string): string {
  return `${u} { .spans, .months, .firstUsed, .lastUsed, .current, .currentSince }`;
}

/** The month intervals `[start, end]` a use covers up to `asOf`, in span order, the current role last. */
export function usageIntervals(use: DatedUseProperties, asOf: number): [number, number][] {
  const spans = use.spans ?? [];
  const intervals: [number, number][] = [];
  for (let index = 0; index + 1 < spans.length; index += 2) {
    const start = spans[index] as number;
    if (start <= asOf) intervals.push([start, Math.min(spans[index + 1] as number, asOf)]);
  }
  if (currentAt(use, asOf) && use.currentSince != null) intervals.push([use.currentSince, asOf]);
  return intervals;
}

function currentAt(use: DatedUseProperties, asOf: number): boolean {
  return use.current && (use.currentSince == null || use.currentSince <= asOf);
}

/** How a use stood at month `asOf` (the rule above). */
export function usageAsOf(use: DatedUseProperties, asOf: number): UseAsOf {
  const started = use.firstUsed == null || use.firstUsed <= asOf;
  const intervals = usageIntervals(use, asOf);
  const dated = (use.spans ?? []).length > 0 || (use.current && use.currentSince != null);
  const covered = intervals.length === 0 ? null : intervals.reduce((last, [, end]) => Math.max(last, end), 0);
  const lastUsed = currentAt(use, asOf)
    ? asOf
    : use.lastUsed != null && use.lastUsed <= asOf
      ? use.lastUsed
      : covered;
  return {
    started,
    current: started && currentAt(use, asOf),
    months: dated ? spanMonths(mergeSpans(intervals)) : null,
    firstUsed: use.firstUsed ?? null,
    lastUsed: started ? lastUsed : null,
  };
}

/**
 * `usageAsOf` as Cypher expressions over `u` (a USES relationship, or a map with its properties) at
 * month `asOf` (a Cypher integer expression: a parameter, a variable). Each is one expression, with
 * no WITH, so it can sit in a WHERE, a projection or an ORDER BY.
 */
export function usageAsOfCypher(u: string, asOf: string): Record<keyof UseAsOf, string> {
  const spans = `coalesce(${u}.spans, [])`;
  const current = `(${u}.current AND (${u}.currentSince IS NULL OR ${u}.currentSince <= ${asOf}))`;
  const currentSpan = `(${u}.current AND ${u}.currentSince IS NOT NULL AND ${u}.currentSince <= ${asOf})`;
  const started = `(${u}.firstUsed IS NULL OR ${u}.firstUsed <= ${asOf})`;
  // Spans count up to the month before the current role (it covers the rest up to asOf), else up to asOf.
  const upTo = `CASE WHEN ${currentSpan} THEN ${u}.currentSince - 1 ELSE ${asOf} END`;
  const end = (bound: string) =>
    `CASE WHEN ${spans}[2 * useSpan + 1] < ${bound} THEN ${spans}[2 * useSpan + 1] ELSE ${bound} END`;
  const spanMonths = `reduce(useMonths = 0, useSpan IN range(0, size(${spans}) / 2 - 1) |
      useMonths + CASE WHEN ${end(upTo)} >= ${spans}[2 * useSpan] THEN ${end(upTo)} - ${spans}[2 * useSpan] + 1 ELSE 0 END)`;
  const months = `CASE WHEN size(${spans}) = 0 AND NOT (${u}.current AND ${u}.currentSince IS NOT NULL) THEN null
      ELSE ${spanMonths} + CASE WHEN ${currentSpan} THEN ${asOf} - ${u}.currentSince + 1 ELSE 0 END END`;
  const lastCovered = `reduce(latest = null, useSpan IN range(0, size(${spans}) / 2 - 1) |
      CASE WHEN ${spans}[2 * useSpan] <= ${asOf} AND (latest IS NULL OR ${end(asOf)} > latest) THEN ${end(asOf)} ELSE latest END)`;
  const lastUsed = `CASE WHEN NOT ${started} THEN null
      WHEN ${current} THEN ${asOf}
      WHEN ${u}.lastUsed IS NOT NULL AND ${u}.lastUsed <= ${asOf} THEN ${u}.lastUsed
      ELSE ${lastCovered} END`;
  return {
    started,
    current: `(${started} AND ${current})`,
    months,
    firstUsed: `${u}.firstUsed`,
    lastUsed,
  };
}

/** `usageIntervals` as a Cypher expression over `u` at month `asOf`: a list of `[start, end]`. */
export function usageIntervalsCypher(u: string, asOf: string): string {
  const spans = `coalesce(${u}.spans, [])`;
  return `[useSpan IN range(0, size(${spans}) / 2 - 1) WHERE ${spans}[2 * useSpan] <= ${asOf} |
      [${spans}[2 * useSpan], CASE WHEN ${spans}[2 * useSpan + 1] < ${asOf} THEN ${spans}[2 * useSpan + 1] ELSE ${asOf} END]]
    + CASE WHEN ${u}.current AND ${u}.currentSince IS NOT NULL AND ${u}.currentSince <= ${asOf}
        THEN [[${u}.currentSince, ${asOf}]] ELSE [] END`;
}

/**
 * Cypher condition: USES `u` passes the time filters `$usedSince`, `$usedBefore`, `$minMonths`
 * (each null when not given) as of `asOf`: it had started, was last used in `$usedSince` or later,
 * first used before `$usedBefore`, for at least `$minMonths` months. An undated use passes no
 * filter but `minMonths: 0`.
 */
export function usageFilterCypher(u: string, asOf: string): string {
  const at = usageAsOfCypher(u, asOf);
  return `(${at.started}
      AND ($usedSince IS NULL OR coalesce(${at.lastUsed} >= $usedSince, false))
      AND ($usedBefore IS NULL OR coalesce(${at.firstUsed} < $usedBefore, false))
      AND ($minMonths IS NULL OR coalesce(${at.months}, 0) >= $minMonths))`;
}
