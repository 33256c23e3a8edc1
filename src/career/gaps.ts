import { monthText } from '../graph/months.js';

/**
 * A technology is STALE for a person when every use they date ended more than this many months
 * before the month asked about (`asOf`): three years, the horizon job descriptions mean by
 * "recent experience".
 */
export const staleAfterMonths = 36;

/** Longest text `requirements` reads: a long job description is a few thousand characters. */
export const maxRequirementsLength = 20_000;
/** Most technologies one `gaps` question asks about. */
export const maxGapTechnologies = 50;

export type GapStatus = 'USED' | 'LISTED_ONLY' | 'STALE' | 'MISSING';

/** What a USES relationship stores (src/loader/technology-uses.ts), as read. */
export interface StoredUse {
  roles: readonly string[];
  projects: readonly string[];
  skill: boolean;
  current: boolean;
  months?: number | null;
  firstUsed?: number | null;
  lastUsed?: number | null;
  currentSince?: number | null;
  monthsBeforeCurrent?: number | null;
}

export interface GapFacts {
  status: GapStatus;
  months: number | null;
  firstUsed: string | null;
  lastUsed: string | null;
  current: boolean;
  monthsSinceUsed: number | null;
}

const missing: GapFacts = {
  status: 'MISSING',
  months: null,
  firstUsed: null,
  lastUsed: null,
  current: false,
  monthsSinceUsed: null,
};

/**
 * How a person stands with a technology as of month `asOf`, from their USES relationship (null:
 * none). A current role counts up to `asOf`: its months are those before it started plus its own
 * up to `asOf`, and it was last used at `asOf`.
 */
export function gapFacts(use: StoredUse | null, asOf: number): GapFacts {
  if (use === null) return missing;
  const used = use.roles.length > 0 || use.projects.length > 0;
  if (!used) return { ...missing, status: use.skill ? 'LISTED_ONLY' : 'MISSING' };
  const months = usedMonths(use, asOf);
  const last = use.current ? asOf : (use.lastUsed ?? null);
  const since = last === null ? null : Math.max(0, asOf - last);
  return {
    status: since !== null && since > staleAfterMonths ? 'STALE' : 'USED',
    months,
    firstUsed: use.firstUsed == null ? null : monthText(use.firstUsed),
    lastUsed: last === null ? null : monthText(last),
    current: use.current,
    monthsSinceUsed: since,
  };
}

/** Months of use, overlaps once; a current role with a start counts from it up to `asOf`. */
export function usedMonths(use: StoredUse, asOf: number): number | null {
  if (use.current && use.currentSince != null) {
    return (use.monthsBeforeCurrent ?? 0) + Math.max(0, asOf - use.currentSince + 1);
  }
  return use.months ?? null;
}
