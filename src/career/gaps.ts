import { monthText } from '../graph/months.js';
import { type DatedUseProperties, usageAsOf } from './usage-as-of.js';

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

/** The statuses of a technology in a gap analysis, in the order of the schema's `GapStatus`. */
export const gapStatuses = ['USED', 'LISTED_ONLY', 'STALE', 'MISSING'] as const;
export type GapStatus = (typeof gapStatuses)[number];

/** What a USES relationship stores (src/loader/technology-uses.ts), as read. */
export interface StoredUse extends DatedUseProperties {
  roles: readonly string[];
  projects: readonly string[];
  skill: boolean;
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
 * none), by the rule of src/career/usage-as-of.ts: a use that starts after `asOf` is none, a
 * current role counts up to `asOf` and was last used at `asOf`.
 */
export function gapFacts(use: StoredUse | null, asOf: number): GapFacts {
  if (use === null) return missing;
  const at = usageAsOf(use, asOf);
  const used = (use.roles.length > 0 || use.projects.length > 0) && at.started;
  if (!used) return { ...missing, status: use.skill ? 'LISTED_ONLY' : 'MISSING' };
  const since = at.lastUsed === null ? null : Math.max(0, asOf - at.lastUsed);
  return {
    status: since !== null && since > staleAfterMonths ? 'STALE' : 'USED',
    months: at.months,
    firstUsed: at.firstUsed === null ? null : monthText(at.firstUsed),
    lastUsed: at.lastUsed === null ? null : monthText(at.lastUsed),
    current: at.current,
    monthsSinceUsed: since,
  };
}
