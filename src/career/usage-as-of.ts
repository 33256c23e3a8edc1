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
  /** `spanMonths(spans)`, stored beside `spans` (usageFilterCypher reads it for a use ended by `asOf`). */
  months?: number | null;
  /** `spanMonths(spans, currentSince)`, stored beside `currentSince` (read as `months` is). */
  monthsBeforeCurrent?: number | null;
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
  // Short texts on purpose: the planner's time grows fast with an expression's size, so
  // `[x IN [e] | …][0]` names a value once instead of repeating it. Spans are sorted and disjoint
  // (mergeSpans), so the last one that starts by asOf ends last.
  const current = `(${u}.current AND coalesce(${u}.currentSince <= ${asOf}, true))`;
  const started = `coalesce(${u}.firstUsed <= ${asOf}, true)`;
  // The spans count up to the month before `useCap`; a current role that started by asOf covers useCap..asOf.
  const months = `[useSpans IN [coalesce(${u}.spans, [])] |
      CASE WHEN size(useSpans) = 0 AND NOT (${u}.current AND ${u}.currentSince IS NOT NULL) THEN null ELSE
      [useCap IN [CASE WHEN ${u}.current AND ${u}.currentSince <= ${asOf} THEN ${u}.currentSince ELSE ${asOf} + 1 END] |
        reduce(useMonths = 0, useSpan IN range(0, size(useSpans) / 2 - 1) | useMonths
          + CASE WHEN useSpans[2 * useSpan] >= useCap THEN 0 WHEN useSpans[2 * useSpan + 1] >= useCap THEN useCap - useSpans[2 * useSpan]
            ELSE useSpans[2 * useSpan + 1] - useSpans[2 * useSpan] + 1 END)
        + CASE WHEN useCap <= ${asOf} THEN ${asOf} - useCap + 1 ELSE 0 END][0] END][0]`;
  const lastCovered = `[useSpans IN [coalesce(${u}.spans, [])] |
      reduce(useLatest = null, useSpan IN range(0, size(useSpans) / 2 - 1) | CASE WHEN useSpans[2 * useSpan] > ${asOf} THEN useLatest
        WHEN useSpans[2 * useSpan + 1] < ${asOf} THEN useSpans[2 * useSpan + 1] ELSE ${asOf} END)][0]`;
  const lastUsed = `CASE WHEN NOT ${started} THEN null WHEN ${current} THEN ${asOf}
      WHEN ${u}.lastUsed <= ${asOf} THEN ${u}.lastUsed ELSE ${lastCovered} END`;
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
 * (month numbers and a number of months, each null when not given; with none given every use
 * passes) as of `asOf`: it had started, was last used in `$usedSince` or later, first used before
 * `$usedBefore`, for at least `$minMonths` months. An undated use passes none but `minMonths: 0`.
 *
 * A use stored as src/loader/technology-uses.ts writes it (`months` beside `spans`,
 * `monthsBeforeCurrent` beside `currentSince`) is settled at `asOf` when it ended by then, or its
 * current role had started by then: its months and last use are then read from those stored
 * properties (what `usageAsOf` computes, without the walk over its spans), so a question that
 * filters a popular technology's users reads a few properties of each. Any other use, or one
 * without those properties, takes the walk.
 */
export function usageFilterCypher(u: string, asOf: string): string {
  const at = usageAsOfCypher(u, asOf);
  // Spans lie inside firstUsed..lastUsed, so a use ended by asOf has all its months counted; a
  // current role started by asOf runs to asOf after the months before it.
  const passesSettled = (lastUsed: string, months: string) => `CASE
        WHEN $usedSince IS NOT NULL AND ${lastUsed} < $usedSince THEN false
        WHEN $minMonths IS NOT NULL AND ${months} < $minMonths THEN false
        ELSE true END`;
  // One CASE, not AND and OR: the planner would rewrite the alternatives into conjunctive normal
  // form, copying these long expressions into every clause.
  return `CASE
      WHEN $usedSince IS NULL AND $usedBefore IS NULL AND $minMonths IS NULL THEN true
      WHEN NOT ${at.started} THEN false
      WHEN $usedBefore IS NOT NULL AND coalesce(${at.firstUsed} >= $usedBefore, true) THEN false
      WHEN NOT ${u}.current AND ${u}.lastUsed <= ${asOf} AND (${u}.months IS NOT NULL OR ${u}.spans IS NULL)
        THEN ${passesSettled(`${u}.lastUsed`, `coalesce(${u}.months, 0)`)}
      WHEN ${u}.current AND ${u}.currentSince <= ${asOf} AND ${u}.monthsBeforeCurrent IS NOT NULL
        THEN ${passesSettled(asOf, `${u}.monthsBeforeCurrent + ${asOf} - ${u}.currentSince + 1`)}
      WHEN $usedSince IS NOT NULL AND coalesce(${at.lastUsed} < $usedSince, true) THEN false
      WHEN $minMonths IS NOT NULL AND coalesce(${at.months}, 0) < $minMonths THEN false
      ELSE true END`;
}
