import { type DatedRole, roleInterval, yearOfMonth } from '../graph/months.js';

/** What a USES relationship stores of when (src/loader/technology-uses.ts): merged spans and the current part. */
export interface DatedUse {
  /** `[start, end, …]` month numbers, as `mergeSpans` gives them. */
  spans: readonly number[];
  current: boolean;
  currentSince: number | null;
}

/**
 * The month intervals a use covers: its spans, and a current role from its start up to `now`.
 * A current role with no start cannot be placed.
 */
export function useIntervals(use: DatedUse, now: number): [number, number][] {
  const intervals: [number, number][] = [];
  for (let index = 0; index + 1 < use.spans.length; index += 2) {
    intervals.push([use.spans[index] as number, use.spans[index + 1] as number]);
  }
  if (use.current && use.currentSince !== null && use.currentSince <= now)
    intervals.push([use.currentSince, now]);
  return intervals;
}

/** The calendar years the intervals cover, each once, ascending. */
export function yearsCovered(intervals: readonly (readonly [number, number])[]): number[] {
  const years = new Set<number>();
  for (const [start, end] of intervals) {
    for (let year = yearOfMonth(start); year <= yearOfMonth(end); year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

export interface TimelineYear<R, T> {
  year: number;
  roles: R[];
  technologies: T[];
}

/**
 * A person's years from the first to the last that a dated role or use covers, each with the roles
 * held and the technologies in use in some month of it. `roles` come in the order they are
 * listed in each year (the caller sorts them); so do `uses`.
 */
export function timelineYears<R extends DatedRole, T>(
  roles: readonly R[],
  uses: readonly { technology: T; use: DatedUse }[],
  now: number,
): TimelineYear<R, T>[] {
  const roleYears = roles.flatMap((role) => {
    const interval = roleInterval(role, now);
    return interval ? [{ role, years: yearsCovered([interval]) }] : [];
  });
  const useYears = uses.map(({ technology, use }) => ({
    technology,
    years: yearsCovered(useIntervals(use, now)),
  }));
  const all = [...roleYears, ...useYears].flatMap((item) => item.years);
  if (all.length === 0) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  const timeline: TimelineYear<R, T>[] = [];
  for (let year = first; year <= last; year++) {
    timeline.push({
      year,
      roles: roleYears.filter((item) => item.years.includes(year)).map((item) => item.role),
      technologies: useYears.filter((item) => item.years.includes(year)).map((item) => item.technology),
    });
  }
  return timeline;
}

/** `[{year, people}]` with every year from the first to the last, the missing ones at 0. */
export function adoptionYears(
  counts: readonly { year: number; people: number }[],
): { year: number; people: number }[] {
  if (counts.length === 0) return [];
  const byYear = new Map(counts.map((count) => [count.year, count.people]));
  const years = counts.map((count) => count.year);
  const result: { year: number; people: number }[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    result.push({ year, people: byYear.get(year) ?? 0 });
  }
  return result;
}
