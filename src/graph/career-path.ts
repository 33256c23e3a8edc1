import { compareStrings } from '../util/compare-strings.js';
import { coveredMonths, currentMonth, type DatedRole, monthText } from './months.js';

/*
 * The one rule for a person's path from company to company (Person.moves shows it, careerMoves
 * counts its steps, the loader stores its steps as Person.companyPath). It lives beside the month
 * encoding, in code the loader's fingerprint covers (src/loader/content-hash.ts), so that a change
 * here loads every résumé again and no stored path is left stale.
 */

/** A role as the path reads it: its record (id and stored months) and its company's id. */
export interface PathRole<R extends RoleRecord = RoleRecord> {
  role: R;
  company: string;
}

/** What the path reads of a role record. */
export interface RoleRecord extends DatedRole {
  id: string;
}

/** A stay at one company: its roles on the person's path, uninterrupted by a move elsewhere. */
export interface Stay<R extends RoleRecord = RoleRecord> {
  company: string;
  roles: R[];
  from: string;
  to: string | null;
  current: boolean;
  months: number | null;
  /** Held alongside a longer stay elsewhere (a side job): not a step of the path between companies. */
  alongside: boolean;
}

const startOf = (role: DatedRole) => (typeof role.startMonth === 'number' ? role.startMonth : null);
const endOf = (role: DatedRole) =>
  role.current === true ? Number.POSITIVE_INFINITY : typeof role.endMonth === 'number' ? role.endMonth : null;

/** A stay being built: its first month and its last known month (null once a role there has no end). */
interface OpenStay<R extends RoleRecord> {
  company: string;
  group: PathRole<R>[];
  start: number;
  reach: number | null;
}

/** `inner` lies within `outer` in time: it starts no earlier and ends no later (both ends known). */
const within = <R extends RoleRecord>(inner: OpenStay<R>, outer: OpenStay<R>) =>
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
export function careerPath<R extends RoleRecord>(
  roles: readonly PathRole<R>[],
  now: number = currentMonth(),
): Stay<R>[] {
  const placed = roles
    .filter((item) => startOf(item.role) !== null)
    .sort(
      (a, b) =>
        (startOf(a.role) as number) - (startOf(b.role) as number) ||
        (endOf(a.role) ?? Number.MAX_VALUE) - (endOf(b.role) ?? Number.MAX_VALUE) ||
        compareStrings(a.role.id, b.role.id),
    );
  const stays: OpenStay<R>[] = [];
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

/**
 * The steps of a person's path: the companies of its stays that are not `alongside` another,
 * oldest first (a company recurs when the person returned to it after a move). What the loader
 * stores as Person.companyPath and careerMoves walks; it does not depend on the current month.
 */
export function companyPath(roles: readonly PathRole[]): string[] {
  return careerPath(roles)
    .filter((stay) => !stay.alongside)
    .map((stay) => stay.company);
}
