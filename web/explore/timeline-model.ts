import { currentMonth, monthNumber, monthText, roleInterval, yearOfMonth } from '../../src/graph/months.js';
import { positionName } from '../../src/graph/node-kind.js';
import { monthIndex, parsePartialDate } from '../../src/resume/parse-partial-date.js';

/** A role as the API's `Person.roles` gives it. */
export interface TimelineRole {
  id: string;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  company: { name: string };
  technologies: { id: string; name: string }[];
}

export interface TimelineBar {
  id: string;
  title: string;
  company: string;
  /** First and last month (the one month encoding of src/graph/months.ts), both included. */
  start: number;
  end: number;
  /** `YYYY-MM` of start and end; a current role ends this month. */
  from: string;
  to: string;
  current: boolean;
  technologies: string[];
}

export interface Timeline {
  /** Dated roles, earliest first (then by id). */
  bars: TimelineBar[];
  /** Roles whose dates do not give an interval (no start, or no end and not current), in the API's order. */
  undated: { id: string; title: string; company: string; technologies: string[] }[];
  /** The years the axis spans, both included; undefined without a dated role. */
  years: { first: number; last: number } | undefined;
}

function month(date: string | null, edge: 'start' | 'end'): number | null {
  const parsed = date === null ? null : parsePartialDate(date);
  return parsed ? monthIndex(parsed, edge) : null;
}

/**
 * A person's roles as bars over the years, read with the loader's date rules: a year alone starts
 * in January and ends in December, a current role runs to `now`, and a role without an interval
 * is listed apart instead of being drawn somewhere it never was.
 */
export function buildTimeline(roles: readonly TimelineRole[], now: number = currentMonth()): Timeline {
  const bars: TimelineBar[] = [];
  const undated: Timeline['undated'] = [];
  for (const role of roles) {
    const title = positionName(role);
    const technologies = role.technologies.map((technology) => technology.name);
    const interval = roleInterval(
      {
        startMonth: month(role.startDate, 'start'),
        endMonth: month(role.endDate, 'end'),
        current: role.current,
      },
      now,
    );
    if (!interval) {
      undated.push({ id: role.id, title, company: role.company.name, technologies });
      continue;
    }
    const [start, end] = interval;
    bars.push({
      id: role.id,
      title,
      company: role.company.name,
      start,
      end,
      from: monthText(start),
      to: monthText(end),
      current: role.current,
      technologies,
    });
  }
  bars.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const years = bars.length
    ? {
        first: yearOfMonth(Math.min(...bars.map((bar) => bar.start))),
        last: yearOfMonth(Math.max(...bars.map((bar) => bar.end))),
      }
    : undefined;
  return { bars, undated, years };
}

/** Where a bar sits on the axis, in percent of its width: months from January of the first year. */
export function barPlacement(
  bar: TimelineBar,
  years: { first: number; last: number },
): { left: number; width: number } {
  const origin = monthNumber(years.first, 1);
  const span = monthNumber(years.last + 1, 1) - origin;
  return { left: (100 * (bar.start - origin)) / span, width: (100 * (bar.end - bar.start + 1)) / span };
}
