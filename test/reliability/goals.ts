/**
 * What `npm run test:reliability` (run.ts) measures against and how long it runs, kept apart from
 * the run so that its judgements are pure and unit-tested (test/unit/reliability).
 */
import { positiveInteger } from '../../src/config.js';

/** The goals of issue 11: point 8 (answers, /health and the return after a fault) and point 12 (the load's p99). */
export const GOAL = { answerMs: 1_000, healthMs: 1_000, backMs: 2_000, loadP99Ms: 1_000 };
/** The load run of issue 11 point 12. */
export const LOAD = { connections: 50, seconds: 60 };

export interface Row {
  part: string;
  cases: number;
  failed: number;
  figures: string;
}

/** Rounds of each race, and kills of a load, from RELIABILITY_ROUNDS and RELIABILITY_KILL_ROUNDS (`env`, as process.env). */
export function roundsFrom(env: Record<string, string | undefined>): { races: number; kills: number } {
  return {
    races: positiveInteger(env, 'RELIABILITY_ROUNDS', 50),
    kills: positiveInteger(env, 'RELIABILITY_KILL_ROUNDS', 5),
  };
}

/** What the load run met (autocannon's result, and the GraphQL errors by code and by query of the mix). */
export interface LoadOutcome {
  requests: number;
  requestsPerSecond: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  /** Error answers by code. */
  codes: ReadonlyMap<string, number>;
  /** Error answers by query of the mix and code (`q3 TIMEOUT`). */
  byQuery: ReadonlyMap<string, number>;
  /** Queries in the mix. */
  mixSize: number;
}

/**
 * The load row: every failed request counts, and so does a p99 at or above GOAL.loadP99Ms (one
 * more failure, the figures saying so), since "no failed request" alone does not meet point 12.
 */
export function loadRow(outcome: LoadOutcome): Row {
  const graphqlErrors = [...outcome.codes.values()].reduce((sum, n) => sum + n, 0);
  const p99Met = outcome.latency.p99 < GOAL.loadP99Ms;
  const byCode = [...outcome.codes].map(([code, n]) => `${code} ${n}`).join(', ');
  const where = [...outcome.byQuery]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
  const { p50, p90, p99, max } = outcome.latency;
  return {
    part: `load (autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s, mixed reads)`,
    cases: outcome.requests,
    failed: outcome.socketErrors + outcome.timeouts + outcome.non2xx + graphqlErrors + (p99Met ? 0 : 1),
    figures:
      `${Math.round(outcome.requestsPerSecond)} req/s; latency p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms; ` +
      `${p99Met ? `p99 under the goal of ${GOAL.loadP99Ms} ms` : `p99 not under the goal of ${GOAL.loadP99Ms} ms (issue 11.12): counted as 1 failure`}; ` +
      `non-2xx ${outcome.non2xx}, GraphQL errors ${graphqlErrors}${byCode ? ` (${byCode}; by query of the mix, q1 to q${outcome.mixSize}: ${where})` : ''}, ` +
      `socket errors ${outcome.socketErrors}, timeouts ${outcome.timeouts}`,
  };
}
