import { type DatedRole, roleInterval, yearOfMonth } from '../graph/months.js';
import { type DatedUseProperties, usageIntervals } from './usage-as-of.js';

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
 * A person's years from the first to the last that a dated role or use covers up to month `now`,
 * each with the roles held and the technologies in use in some month of it: what starts after
 * `now` is left out, what ends after it is cut there (src/career/usage-as-of.ts). `roles` come in
 * the order they are listed in each year (the caller sorts them); so do `uses`.
 */
export function timelineYears<R extends DatedRole, T>(
  roles: readonly R[],
  uses: readonly { technology: T; use: DatedUseProperties }[],
  now: number,
): TimelineYear<R, T>[] {
  const roleYears = roles.flatMap((role) => {
    const interval = roleInterval(role, now);
    if (!interval || interval[0] > now) return [];
    return [{ role, years: yearsCovered([[interval[0], Math.min(interval[1], now)]]) }];
  });
  const useYears = uses.map(({ technology, use }) => ({
    technology,
    years: yearsCovered(usageIntervals(use, now)),
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
