import type { EntityRecord } from './entity-kind.js';

/** Months are counted as `year * 12 + month - 1`, the encoding of `Role.startMonth`/`endMonth`. */
export function currentMonth(now: Date = new Date()): number {
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** The first and last month of a role, when the dates allow; a current role runs to this month. */
export function roleInterval(role: EntityRecord, now: number = currentMonth()): [number, number] | null {
  const start = typeof role.startMonth === 'number' ? role.startMonth : null;
  const end = typeof role.endMonth === 'number' ? role.endMonth : role.current === true ? now : null;
  if (start === null || end === null || end < start) return null;
  return [start, end];
}

/** `endMonth − startMonth + 1` where both are known (current → up to this month); else null. */
export function roleMonths(role: EntityRecord, now: number = currentMonth()): number | null {
  const interval = roleInterval(role, now);
  return interval ? interval[1] - interval[0] + 1 : null;
}

/** Months covered by the dated roles, overlaps counted once; null when no role is dated. */
export function coveredMonths(roles: readonly EntityRecord[], now: number = currentMonth()): number | null {
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
