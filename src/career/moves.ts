import { coveredMonths, currentMonth, monthText } from '../graph/months.js';
import type { EntityRecord } from '../graphql/entity-kind.js';

/** One role on a person's path: the role's record (with its stored months) and its company's id. */
export interface PathRole {
  role: EntityRecord;
  company: string;
}

/** A stay at one company: consecutive roles there on the person's path. */
export interface Stay {
  company: string;
  roles: EntityRecord[];
  from: string;
  to: string | null;
  current: boolean;
  months: number | null;
}

const startOf = (role: EntityRecord) => (typeof role.startMonth === 'number' ? role.startMonth : null);
const endOf = (role: EntityRecord) =>
  role.current === true ? Number.POSITIVE_INFINITY : typeof role.endMonth === 'number' ? role.endMonth : null;

/**
 * A person's path from company to company, oldest first: the roles with a start month ordered by
 * start, then end (an unknown end after a known one, a current one last), then id; consecutive
 * roles at one company joined into a stay. A stay ends at its latest role end; it is current when
 * one of its roles is, and its end is unknown (null) when a role there has no end and is not
 * current. Months: the months its roles cover, overlaps once, a current role up to `now`.
 */
export function careerPath(roles: readonly PathRole[], now: number = currentMonth()): Stay[] {
  const placed = roles
    .filter((item) => startOf(item.role) !== null)
    .sort(
      (a, b) =>
        (startOf(a.role) as number) - (startOf(b.role) as number) ||
        (endOf(a.role) ?? Number.MAX_VALUE) - (endOf(b.role) ?? Number.MAX_VALUE) ||
        (a.role.id < b.role.id ? -1 : a.role.id > b.role.id ? 1 : 0),
    );
  const groups: PathRole[][] = [];
  for (const item of placed) {
    const last = groups.at(-1);
    if (last && last[0]?.company === item.company) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const stayRoles = group.map((item) => item.role);
    const current = stayRoles.some((role) => role.current === true);
    const ends = stayRoles.map(endOf);
    const known = !ends.includes(null);
    const lastEnd = Math.max(...ends.map((end) => end ?? 0));
    return {
      company: group[0]?.company as string,
      roles: stayRoles,
      from: monthText(startOf(stayRoles[0] as EntityRecord) as number),
      to: current || !known ? null : monthText(lastEnd),
      current,
      months: known || current ? coveredMonths(stayRoles, now) : null,
    };
  });
}

export interface CompanyMoveCounts {
  /** Company id → ids of the people who came from it (before) or went to it (after). */
  before: Map<string, Set<string>>;
  after: Map<string, Set<string>>;
  /** People with a dated role (a stay) in the family. */
  people: Set<string>;
}

/**
 * Where people came from and went to around a company `family` (the company and its
 * subsidiaries): for each stay in the family, the nearest stay before it and after it on the
 * person's path that is outside the family. A person counts once per company on each side.
 */
export function companyMoves(
  paths: readonly { person: string; stays: readonly Pick<Stay, 'company'>[] }[],
  family: ReadonlySet<string>,
): CompanyMoveCounts {
  const counts: CompanyMoveCounts = { before: new Map(), after: new Map(), people: new Set() };
  const add = (side: Map<string, Set<string>>, company: string, person: string) => {
    const people = side.get(company) ?? new Set<string>();
    people.add(person);
    side.set(company, people);
  };
  for (const { person, stays } of paths) {
    stays.forEach((stay, index) => {
      if (!family.has(stay.company)) return;
      counts.people.add(person);
      const before = stays.slice(0, index).findLast((other) => !family.has(other.company));
      const after = stays.slice(index + 1).find((other) => !family.has(other.company));
      if (before) add(counts.before, before.company, person);
      if (after) add(counts.after, after.company, person);
    });
  }
  return counts;
}
