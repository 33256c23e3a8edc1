import { coveredMonths, currentMonth, monthText } from '../graph/months.js';
import type { EntityRecord } from '../graphql/entity-kind.js';

/** One role on a person's path: the role's record (with its stored months) and its company's id. */
export interface PathRole {
  role: EntityRecord;
  company: string;
}

/** A stay at one company: its roles on the person's path, uninterrupted by a move elsewhere. */
export interface Stay {
  company: string;
  roles: EntityRecord[];
  from: string;
  to: string | null;
  current: boolean;
  months: number | null;
  /** Held alongside a longer stay elsewhere (a side job): not a step of the path between companies. */
  alongside: boolean;
}

const startOf = (role: EntityRecord) => (typeof role.startMonth === 'number' ? role.startMonth : null);
const endOf = (role: EntityRecord) =>
  role.current === true ? Number.POSITIVE_INFINITY : typeof role.endMonth === 'number' ? role.endMonth : null;

/** A stay being built: its first month and its last known month (null once a role there has no end). */
interface OpenStay {
  company: string;
  group: PathRole[];
  start: number;
  reach: number | null;
}

/** `inner` lies within `outer` in time: it starts no earlier and ends no later (both ends known). */
const within = (inner: OpenStay, outer: OpenStay) =>
  inner.start >= outer.start && inner.reach !== null && outer.reach !== null && inner.reach <= outer.reach;

/**
 * A person's path from company to company, oldest first: the roles with a start month ordered by
 * start, then end (an unknown end after a known one, a current one last), then id, grouped into
 * stays. A stay is interrupted only by a move: a role joins the latest stay at its company unless a
 * stay elsewhere began since and does not lie within it (ends later, is current, or has no end); a
 * concurrent role elsewhere that lies within it (a side job) is a stay of its own, marked
 * `alongside`, and the stay goes on around it. A stay ends at its latest role end; it is current
 * when one of its roles is, and its end is unknown (null) when a role there has no end and is not
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
  const stays: OpenStay[] = [];
  for (const item of placed) {
    const start = startOf(item.role) as number;
    const end = endOf(item.role);
    const index = stays.findLastIndex((stay) => stay.company === item.company);
    const host = stays[index];
    if (host && stays.slice(index + 1).every((other) => within(other, host))) {
      host.group.push(item);
      host.reach = host.reach === null || end === null ? null : Math.max(host.reach, end);
    } else {
      stays.push({ company: item.company, group: [item], start, reach: end });
    }
  }
  return stays.map((stay, index) => {
    const stayRoles = stay.group.map((item) => item.role);
    const current = stayRoles.some((role) => role.current === true);
    const ends = stayRoles.map(endOf);
    const known = !ends.includes(null);
    const lastEnd = Math.max(...ends.map((end) => end ?? 0));
    return {
      company: stay.company,
      roles: stayRoles,
      from: monthText(stay.start),
      to: current || !known ? null : monthText(lastEnd),
      current,
      months: known || current ? coveredMonths(stayRoles, now) : null,
      alongside: stays.slice(0, index).some((other) => other.company !== stay.company && within(stay, other)),
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
 * person's path that is outside the family. Stays `alongside` another are not steps of the path:
 * they have no neighbours and are nobody's neighbour (their people still count in `people`). A
 * person counts once per company on each side.
 */
export function companyMoves(
  paths: readonly { person: string; stays: readonly Pick<Stay, 'company' | 'alongside'>[] }[],
  family: ReadonlySet<string>,
): CompanyMoveCounts {
  const counts: CompanyMoveCounts = { before: new Map(), after: new Map(), people: new Set() };
  const add = (side: Map<string, Set<string>>, company: string, person: string) => {
    const people = side.get(company) ?? new Set<string>();
    people.add(person);
    side.set(company, people);
  };
  for (const { person, stays: path } of paths) {
    for (const stay of path) if (family.has(stay.company)) counts.people.add(person);
    const stays = path.filter((stay) => !stay.alongside);
    stays.forEach((stay, index) => {
      if (!family.has(stay.company)) return;
      const before = stays.slice(0, index).findLast((other) => !family.has(other.company));
      const after = stays.slice(index + 1).find((other) => !family.has(other.company));
      if (before) add(counts.before, before.company, person);
      if (after) add(counts.after, after.company, person);
    });
  }
  return counts;
}
