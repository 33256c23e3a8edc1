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

/**
 * Rounds of each race, kills of a load, and generated people loaded before the load part, from
 * RELIABILITY_ROUNDS, RELIABILITY_KILL_ROUNDS and RELIABILITY_PEOPLE (`env`, as process.env;
 * people 0 when unset: the load part reads the seed alone).
 */
export function roundsFrom(env: Record<string, string | undefined>): {
  races: number;
  kills: number;
  people: number;
} {
  return {
    races: positiveInteger(env, 'RELIABILITY_ROUNDS', 50),
    kills: positiveInteger(env, 'RELIABILITY_KILL_ROUNDS', 5),
    people: env.RELIABILITY_PEOPLE ? positiveInteger(env, 'RELIABILITY_PEOPLE', 1) : 0,
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
  /** What the graph held while the load ran, as the row names it ("3 seed people"). */
  graph: string;
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
    part: `load (autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s, mixed reads, ${outcome.graph})`,
    cases: outcome.requests,
    failed: outcome.socketErrors + outcome.timeouts + outcome.non2xx + graphqlErrors + (p99Met ? 0 : 1),
    figures:
      `${Math.round(outcome.requestsPerSecond)} req/s; latency p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms; ` +
      `${p99Met ? `p99 under the goal of ${GOAL.loadP99Ms} ms` : `p99 not under the goal of ${GOAL.loadP99Ms} ms (issue 11.12): counted as 1 failure`}; ` +
      `non-2xx ${outcome.non2xx}, GraphQL errors ${graphqlErrors}${byCode ? ` (${byCode}; by query of the mix, q1 to q${outcome.mixSize}: ${where})` : ''}, ` +
      `socket errors ${outcome.socketErrors}, timeouts ${outcome.timeouts}`,
  };
}

/** One request of the faults part's loops, in performance.now() milliseconds. */
export interface FaultSample {
  at: number;
  ms: number;
  ok: boolean;
  /** Which of the loops' queries it was (absent for /health). */
  query?: number;
}

/** How one watched query came back after the database did (issue 11 point 8, read per query). */
export interface QueryReturn {
  query: number;
  /** Its first answer without error, in ms from the return (0 when answered before it); undefined: none. */
  firstOkMs: number | undefined;
  /** That answer's request: sent at this many ms from the return (negative: before it), and how long it took. */
  sentMs: number | undefined;
  tookMs: number | undefined;
  /** Its requests in flight at GOAL.backMs after the return, and how many of them failed. */
  inFlightAtGoal: number;
  inFlightFailed: number;
  /** Answered within GOAL.backMs of the return, or every request in flight then answered without error. */
  met: boolean;
}

/**
 * Each of `queries` watched queries after the database's return at `returnAt`: its first answer
 * without error to a request answered after `from` (the fault's start: nothing sent before the
 * fault can speak for the return), and its requests in flight at `returnAt + GOAL.backMs`. A query
 * is back in time when that first answer came within GOAL.backMs, or when it had requests in flight
 * at that moment and every one of them answered without error (the query was answering by then,
 * its answer merely on its way). The first success of some query does not speak for the others: a
 * query whose text a cold database plans last can come back seconds after the rest.
 */
export function returnPerQuery(
  samples: readonly FaultSample[],
  queries: number,
  from: number,
  returnAt: number,
): QueryReturn[] {
  const goalAt = returnAt + GOAL.backMs;
  return Array.from({ length: queries }, (_, query) => {
    const own = samples.filter((s) => s.query === query && s.at + s.ms >= from);
    const first = own
      .filter((s) => s.ok)
      .reduce<FaultSample | undefined>(
        (best, s) => (!best || s.at + s.ms < best.at + best.ms ? s : best),
        undefined,
      );
    const inFlight = own.filter((s) => s.at <= goalAt && s.at + s.ms > goalAt);
    const inFlightFailed = inFlight.filter((s) => !s.ok).length;
    const firstOkMs = first ? Math.max(0, Math.round(first.at + first.ms - returnAt)) : undefined;
    return {
      query,
      firstOkMs,
      sentMs: first ? Math.round(first.at - returnAt) : undefined,
      tookMs: first ? Math.round(first.ms) : undefined,
      inFlightAtGoal: inFlight.length,
      inFlightFailed,
      met:
        (firstOkMs !== undefined && firstOkMs <= GOAL.backMs) ||
        (inFlight.length > 0 && inFlightFailed === 0),
    };
  });
}

/** `returnPerQuery`'s verdicts as one line of the faults row, `names[i]` naming query i. */
export function describeReturn(returns: readonly QueryReturn[], names: readonly string[]): string {
  const each = returns.map((r) => {
    const name = `q${r.query + 1} ${names[r.query] ?? ''}`.trim();
    const first =
      r.firstOkMs === undefined
        ? 'no answer without error'
        : `first answered +${r.firstOkMs} ms (sent ${r.sentMs !== undefined && r.sentMs >= 0 ? '+' : ''}${r.sentMs}, took ${r.tookMs})`;
    const flight = `${r.inFlightAtGoal} in flight at +${GOAL.backMs} ms${r.inFlightFailed ? `, ${r.inFlightFailed} of them failed` : ''}`;
    return `${name} ${first}, ${flight}: ${r.met ? 'met' : 'not met'}`;
  });
  const missed = returns.filter((r) => !r.met).length;
  return `per query (goal: each answering within ${GOAL.backMs} ms of the return): ${each.join('; ')}; ${missed === 0 ? 'every query met' : `${missed} of ${returns.length} not met`}`;
}
