import { setMaxListeners } from 'node:events';
import neo4j, { type BookmarkManager, type Driver, Neo4jError, type QueryResult } from 'neo4j-driver';
import { forgetOldest } from '../util/bounded.js';
import { type BoltAddress, boltHandshake } from './bolt-handshake.js';
import { type CypherQuery, cypher } from './cypher-query.js';
import {
  classifyDatabaseError,
  DatabaseClosingError,
  DatabaseOutcomeUnknownError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  isConnectionFailure,
  isRetryableConflict,
} from './errors.js';
import { DatabaseHealth, DEFAULT_HEALTH_TIMING, type HealthTiming } from './health.js';
import { PlanGate, type PlanTurn } from './plan-gate.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a unit of work inside one transaction may do: run named queries, nothing else. */
export interface TransactionRunner {
  run<R = Row>(query: CypherQuery, params?: Params): Promise<R[]>;
  /** Like `run`, with the driver's update counters, for summaries. */
  runWithCounters<R = Row>(query: CypherQuery, params?: Params): Promise<{ rows: R[]; counters: Counters }>;
}

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface ExecutorOptions {
  database?: string | undefined;
  /** Every transaction is cut off after this long. */
  timeoutMs: number;
  /** A driver of its own for health probes, so a busy pool never delays them; default the main one. */
  probeDriver?: Driver | undefined;
  health?: Partial<HealthTiming> | undefined;
  /**
   * Where the database's Bolt port answers a handshake: then the health monitor judges silence by
   * handshakes, which a busy database answers at once, rather than by queries (health.ts).
   */
  liveness?: BoltAddress | undefined;
  /**
   * How long a transaction that lost its connection is tried again, with pauses (batch work rides out
   * a restart of the database). Default 0: tried once more at once, on a fresh connection, unless
   * the database is known to be down.
   */
  reconnectMs?: number | undefined;
  /** The bookmark manager every session shares; default a new one (see `Executor.bookmarks`). */
  bookmarks?: BookmarkManager | undefined;
}

/** Sent with every transaction: `SHOW TRANSACTIONS` and the query log say whose and which it is. */
export const TRANSACTION_APP = 'career-graph';

/** Read only for its bookmark (`Executor.version`). */
const versionQuery = cypher('databaseVersion', 'RETURN 1 AS one');

/** Attempts of a transaction that met a conflict or a transient error (see errors.ts). */
const CONFLICT_ATTEMPTS = 8;
/** The longest pause between two attempts. */
const MAX_BACKOFF_MS = 2_000;
/** A stalled database is given this long past the server-side timeout before the client gives up. */
export const CLIENT_GRACE_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;
/**
 * A query that finds the database down waits this long for it to count as up before it answers
 * unavailable. A down verdict after a long pause of a busy database is often over within this, and
 * while it stands each client meets one refusal per wait instead of a storm of instant ones; a
 * request still answers well within a second of finding the database down.
 */
const DOWN_GRACE_MS = 250;
/** The latest distinct read queries kept for warming the database's plans after it restarts. */
const RECENT_READS = 16;
/**
 * The time limit on the database of each warm-up query, and of a request's first run of a text while
 * the database re-plans after a restart: planning counts in it, and takes a restarted database
 * seconds (its JVM is cold too); requests that need the same query wait for it (the plan gate).
 */
const WARM_QUERY_TIMEOUT_MS = 10_000;
interface Shared {
  driver: Driver;
  probeDriver: Driver | undefined;
  health: DatabaseHealth;
  /**
   * Shared by every session of this Executor and of the executors derived from it: a transaction
   * starts only once the database has every write this process committed, so on a cluster a read
   * sent to a follower after a mutation sees that mutation (the client reads its own write).
   */
  bookmarks: BookmarkManager;
  queries: number;
  /** The latest distinct read queries (by text, most recent last) with the parameters last sent. */
  recentReads: Map<string, { name: string; params: Params }>;
  plans: PlanGate;
  /** Aborted by `close()`: work still running or sent later is stopped (DatabaseClosingError). */
  closing: AbortController;
}

/** A request's deadline: every transaction of the request ends by `at`. */
interface Deadline {
  at: number;
  /** The request's whole allowance, quoted when it runs out. */
  limitMs: number;
  /**
   * A transaction of the request has been answered unavailable. While the database is still down,
   * its later transactions are too, at once: a request waits for the database once. (graphql-js
   * runs an operation that failed in its compiled code again, compiled-execution-plugin.ts; its
   * second wait put the answer to a request in flight at a `kill -STOP` 250 ms past the verdict.)
   * A request already running when the database was found down has waited too.
   */
  refused?: boolean;
  /**
   * Aborted when the request is stopped (the server shutting down): its transactions still running
   * are abandoned and the later ones not sent, each answered DatabaseClosingError at once.
   */
  stop?: AbortSignal | undefined;
}

/**
 * The one place that talks to Neo4j. It owns sessions (always closed), transactions and their one
 * retry policy (conflicts and transient errors such as deadlocks, lost connections; see
 * errors.ts), transaction metadata, the per-transaction timeout and a request's deadline, and the
 * database's health. It throws only DatabaseErrors (errors.ts), worded for no audience in
 * particular; once a transaction's commit is sent, only the commit's answer says it failed
 * (DatabaseOutcomeUnknownError when the client must stop waiting first). Transactions are begun and committed here rather than by the driver's managed
 * `executeRead/executeWrite`, whose own retries wait a second or more before trying again and would
 * hold a request past the moment the database is known to be unreachable.
 */
export class Executor {
  readonly driver: Driver;
  private readonly options: ExecutorOptions;
  private readonly shared: Shared;
  private readonly deadline: Deadline | undefined;
  private readonly counted: boolean;

  constructor(driver: Driver, options: ExecutorOptions);
  constructor(
    driver: Driver,
    options: ExecutorOptions,
    shared: Shared,
    deadline: Deadline | undefined,
    counted: boolean,
  );
  constructor(
    driver: Driver,
    options: ExecutorOptions,
    shared?: Shared,
    deadline?: Deadline,
    counted = true,
  ) {
    this.driver = driver;
    this.options = options;
    this.deadline = deadline;
    this.counted = counted;
    if (shared) {
      this.shared = shared;
      return;
    }
    const health = new DatabaseHealth(
      () => probe(options.probeDriver ?? driver, options.database),
      { ...DEFAULT_HEALTH_TIMING, ...options.health },
      options.liveness && boltHandshake.bind(undefined, options.liveness, PROBE_TIMEOUT_MS),
    );
    this.shared = {
      driver,
      probeDriver: options.probeDriver,
      health,
      bookmarks: options.bookmarks ?? neo4j.bookmarkManager(),
      queries: 0,
      recentReads: new Map(),
      plans: new PlanGate(health),
      closing: new AbortController(),
    };
    // Every transaction running listens to it: as many as the pool's connections, not a leak.
    setMaxListeners(0, this.shared.closing.signal);
    health.onRefused(() => this.shared.plans.lost());
    health.onReturn(() => this.restarted());
  }

  /**
   * Queries sent through this executor and every one derived from it, upkeep aside; tests bound
   * round trips per request with it.
   */
  get queryCount(): number {
    return this.shared.queries;
  }

  get bookmarks(): BookmarkManager {
    return this.shared.bookmarks;
  }

  get health(): DatabaseHealth {
    return this.shared.health;
  }

  /**
   * One query in an auto-commit read transaction: one round trip to the database where an explicit
   * transaction takes three (begin, run, commit), each a socket write and a wake-up of both sides;
   * a read has nothing to commit. Timeout, metadata, bookmarks and retries are those of any transaction.
   */
  read<R = Row>(query: CypherQuery, params: Params = {}): Promise<R[]> {
    const { recentReads } = this.shared;
    recentReads.delete(query.text);
    recentReads.set(query.text, { name: query.name, params });
    forgetOldest(recentReads, RECENT_READS);
    // The server's own upkeep waits while the database re-plans after a restart: its plans would
    // take the CPU the requests' first plans need, and the warm-up replays it anyway.
    if (!this.counted) return this.shared.plans.whenWarm().then(() => this.gatedRead(query, params));
    return this.gatedRead(query, params);
  }

  /** A read through the plan gate (plan-gate.ts); `warming`: the warm-up's, not a request's. */
  private gatedRead<R>(query: CypherQuery, params: Params, warming = false): Promise<R[]> {
    return this.shared.plans.read(
      query.text,
      (attempts, turn) =>
        this.withSession(
          'READ',
          query.name,
          (tx) => tx.run<R>(query, params),
          true,
          undefined,
          attempts,
          turn,
        ),
      { warming, remainingMs: () => this.remainingMs() },
    );
  }

  /**
   * The latest distinct read queries, most recent first, with the parameters last sent: what the
   * warm-up after a restart replays.
   */
  recentReads(): { name: string; text: string; params: Params }[] {
    return [...this.shared.recentReads].reverse().map(([text, { name, params }]) => ({ name, text, params }));
  }

  /** Which reads the plan gate lets through, and when (plan-gate.ts). */
  get planGate(): PlanGate {
    return this.shared.plans;
  }

  /**
   * The database is back after a restart (its plans were forgotten when it refused): run the recent
   * reads again (results dropped, errors ignored), most recent first, through the plan gate, so that
   * requests needing one of them wait for its plan rather than each making its own. One at a time,
   * and only while no request is making a plan of its own (PlanGate.warmUp): with two warm-up
   * queries at a time throughout, the last of three queries of the reliability run answered again
   * 10 s after the database. The database is reported up meanwhile.
   */
  private restarted(): void {
    const warmer = new Executor(
      this.driver,
      { ...this.options, timeoutMs: WARM_QUERY_TIMEOUT_MS },
      this.shared,
      undefined,
      false,
    );
    const replays = this.recentReads().map(({ text, name, params }) => {
      const query = { name: `${name} (warming after a restart)`, text };
      return {
        text,
        run: (attempts: Promise<unknown>[]) =>
          warmer.withSession('READ', query.name, (tx) => tx.run(query, params), true, undefined, attempts),
      };
    });
    // Re-planning ends at the latest after two of the longest runs a turn's holder may make (see
    // `withSession`): the costliest text's first run can then finish once after one cut off before
    // it, and requests bringing texts never run cannot keep first runs taking turns, and the
    // server's upkeep waiting, without end.
    const coldAtMostMs = 2 * Math.max(this.options.timeoutMs, WARM_QUERY_TIMEOUT_MS);
    void this.shared.plans.warmUp(replays, 1, coldAtMostMs);
  }

  write<R = Row>(query: CypherQuery, params: Params = {}): Promise<R[]> {
    return this.withSession('WRITE', query.name, (tx) => tx.run<R>(query, params));
  }

  /**
   * One managed write transaction named `name` (its metadata, and errors, say so): everything in
   * `work` commits together or not at all. `work` may run more than once (retries), so it must
   * not have effects outside the transaction.
   */
  transaction<T>(name: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', name, work);
  }

  /**
   * The database's version: the bookmark of a read transaction, naming the last transaction any
   * client (this server, another instance, the loader) committed before it. Equal versions mean no
   * write committed in between, so an answer read after version `v` is current while it is still `v`.
   */
  async version(): Promise<string> {
    const seen = { bookmarks: [] as string[] };
    await this.withSession('READ', versionQuery.name, (tx) => tx.run(versionQuery), true, seen);
    return seen.bookmarks.join(',');
  }

  /** The same connection pool with another transaction timeout, for bulk work such as loading. */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(
      this.driver,
      { ...this.options, timeoutMs },
      this.shared,
      this.deadline,
      this.counted,
    );
  }

  /** The same pool for the server's own upkeep, whose queries `queryCount` leaves out. */
  forUpkeep(): Executor {
    return new Executor(this.driver, this.options, this.shared, this.deadline, false);
  }

  /**
   * The same pool for one request: every transaction it runs ends by `limitMs` after `start`,
   * whatever its own timeout, so a request's transactions share one deadline. Once `stop` is
   * aborted, the request's work is stopped (see `Deadline.stop`).
   */
  withDeadline(limitMs: number, start = Date.now(), stop?: AbortSignal): Executor {
    return new Executor(
      this.driver,
      this.options,
      this.shared,
      { at: start + limitMs, limitMs, stop },
      this.counted,
    );
  }

  /** Milliseconds left before this executor's deadline (Infinity when it has none). */
  remainingMs(): number {
    return this.deadline ? this.deadline.at - Date.now() : Number.POSITIVE_INFINITY;
  }

  /** Whether the database answers, within `timeoutMs` whatever it does. */
  ping(timeoutMs = 800): Promise<boolean> {
    return this.shared.health.check(timeoutMs);
  }

  /**
   * Closes the connection pool of this executor and of every one derived from it. Work still
   * running is abandoned first and answered DatabaseClosingError, as is any sent later, never the
   * driver's own error about a closed pool.
   */
  async close(): Promise<void> {
    this.shared.closing.abort();
    await this.shared.probeDriver?.close();
    await this.shared.driver.close();
  }

  /** Why work named `name` must stop now (see `close` and `Deadline.stop`), or undefined. */
  private stopped(name: string, cause?: unknown): DatabaseClosingError | undefined {
    if (this.shared.closing.signal.aborted) {
      return new DatabaseClosingError(`${name}: the connection pool is closed`, name, cause);
    }
    if (this.deadline?.stop?.aborted) {
      return new DatabaseClosingError(`${name}: its request was stopped`, name, cause);
    }
    return undefined;
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: TransactionRunner) => Promise<T>,
    autoCommit = false,
    seen?: { bookmarks: string[] },
    attempts: Promise<unknown>[] = [],
    turn?: PlanTurn,
  ): Promise<T> {
    const limitMs = this.deadline?.limitMs ?? this.options.timeoutMs;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const stopped = this.stopped(name);
      if (stopped) throw this.refusal(stopped);
      const { health } = this.shared;
      const refuse = () =>
        this.refusal(
          new DatabaseUnavailableError(`${name}: the database is not answering (${health.reason})`, name),
        );
      if (
        health.down &&
        (this.hadItsWait() || !(await health.whenUp(Math.min(DOWN_GRACE_MS, this.remainingMs()))))
      ) {
        throw refuse();
      }
      // A first run while the database re-plans after a restart: its turn (plan-gate.ts).
      const hold = await turn?.(() => Math.min(this.options.timeoutMs, this.remainingMs()));
      if (turn && health.down) {
        hold?.();
        throw refuse();
      }
      const stoppedWaiting = this.stopped(name);
      if (stoppedWaiting) {
        hold?.();
        throw this.refusal(stoppedWaiting);
      }
      const remaining = Math.min(this.options.timeoutMs, this.remainingMs());
      if (remaining <= 0) {
        hold?.();
        throw new DatabaseTimeoutError(name, limitMs);
      }
      const current = { query: name };
      const sentBefore = attempts.length;
      try {
        // Holding a turn, a request's run goes on planning on the database past the request's
        // deadline, so that the reads waiting for its plan find it made instead of planning it again
        // (a plan cut off is lost: a faults run at load average 8 saw the same three texts' first
        // runs cut off at the deadline three times in a row). Without a deadline the transaction's
        // own limit stands.
        const serverMs = hold && this.deadline ? Math.max(remaining, WARM_QUERY_TIMEOUT_MS) : remaining;
        const answer = this.attempt(
          mode,
          name,
          work,
          remaining,
          current,
          autoCommit,
          seen,
          attempts,
          serverMs,
        );
        // The attempt's database side, pushed when it was sent: the turn is held until it ends.
        hold?.(attempts[sentBefore]);
        return await answer;
      } catch (error) {
        if (error instanceof DatabaseOutcomeUnknownError) throw error;
        const queryName = current.query === name ? name : `${name} (${current.query})`;
        // Whatever the driver said once its pool closed under the work (a closed pool, a lost
        // connection), the work was stopped: no retry, no suspicion of the database.
        const stoppedNow = error instanceof DatabaseClosingError ? error : this.stopped(queryName, error);
        if (stoppedNow) throw this.refusal(stoppedNow);
        if (isConnectionFailure(error)) health.suspect();
        const pause = this.retryPause(error, attempt, started);
        if (pause === undefined) {
          throw this.refusal(classifyDatabaseError(error, queryName, { limitMs, attempts: attempt }));
        }
        await sleep(Math.min(this.remainingMs(), pause));
      }
    }
  }

  /**
   * Whether this request has had its wait for the database (see `Deadline.refused`): it was refused
   * once, or began before the database was found down (a read that waited for another's first run
   * of its text, too).
   */
  private hadItsWait(): boolean {
    if (!this.deadline) return false;
    return (
      this.deadline.refused === true ||
      this.deadline.at - this.deadline.limitMs < this.shared.health.downSince
    );
  }

  /** `error`, noted on the request's deadline when it says the database is unavailable. */
  private refusal<E>(error: E): E {
    if (this.deadline && error instanceof DatabaseUnavailableError) this.deadline.refused = true;
    return error;
  }

  /** How long to wait before attempt `attempt + 1` after `error`; undefined: do not try again. */
  private retryPause(error: unknown, attempt: number, started: number): number | undefined {
    // Jittered, so that two transactions that collided do not collide again in step.
    const backoff = Math.min(MAX_BACKOFF_MS, 10 * 2 ** attempt * (1 + Math.random()));
    if (isConnectionFailure(error)) {
      if (this.shared.health.down) return undefined;
      if (attempt === 1) return 0;
      return Date.now() - started + backoff < (this.options.reconnectMs ?? 0) ? backoff : undefined;
    }
    const transient = error instanceof Neo4jError && error.retryable;
    if (!isRetryableConflict(error) && !transient) return undefined;
    return attempt < CONFLICT_ATTEMPTS ? backoff : undefined;
  }

  private async attempt<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: TransactionRunner) => Promise<T>,
    remaining: number,
    current: { query: string },
    autoCommit: boolean,
    seen: { bookmarks: string[] } | undefined,
    attempts: Promise<unknown>[],
    serverMs = remaining,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.shared.bookmarks,
    });
    // Once the client has stopped waiting, the next query of the work and the commit must not go on
    // to change what the caller was told failed.
    const state = { abandoned: false };
    let settled = false;
    // The commit has been sent: from then on the work's outcome is the commit's.
    let committing = false;
    // Until the database has ended the attempt, whether or not the client still waits for it.
    const endWork = this.shared.health.working();
    const config = {
      timeout: Math.max(1, Math.ceil(serverMs)),
      metadata: { app: TRANSACTION_APP, query: name },
    };
    const running = (async () => {
      if (autoCommit) {
        // The session runs one query as its own transaction, committed once its result is read.
        return await work(
          this.runner(
            (text, params) => withoutStackTrace(() => session.run(text, params, config)),
            current,
            state,
          ),
        );
      }
      const tx = await session.beginTransaction(config);
      try {
        if (state.abandoned) throw new AbandonedTransaction(name);
        const result = await work(
          this.runner((text, params) => withoutStackTrace(() => tx.run(text, params)), current, state),
        );
        if (state.abandoned) throw new AbandonedTransaction(name);
        committing = true;
        await tx.commit().catch((error: unknown) => {
          if (!isConnectionFailure(error)) throw error;
          // A pool closed under the commit brings no suspicion of the database (as in withSession).
          if (!this.stopped(name)) this.shared.health.suspect();
          throw new DatabaseOutcomeUnknownError(name, 'the connection was lost', error);
        });
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    })().finally(() => {
      settled = true;
      endWork();
    });
    attempts.push(running);
    // The server cuts the transaction off at its timeout; the client stops waiting at the request's
    // deadline, a little later without one, or as soon as the database is found down.
    const waitMs = this.deadline ? remaining : remaining + CLIENT_GRACE_MS;
    const limitMs = this.deadline?.limitMs ?? this.options.timeoutMs;
    const stop = {
      signals: [this.shared.closing.signal, ...(this.deadline?.stop ? [this.deadline.stop] : [])],
      error: () => this.stopped(name) ?? new DatabaseClosingError(`${name}: stopped`, name),
    };
    try {
      try {
        return await raceAgainst(running, waitMs, this.shared.health, name, limitMs, stop);
      } catch (error) {
        // Given up on (not an answer of the work): once the commit is sent, only its answer tells
        // whether the work failed, so the client waits for it, as long as the request's deadline
        // allows, or without one once more the transaction's own limit (the server no longer cuts a
        // commit off: one waiting for a lock ran on past it and was applied).
        if (settled || !committing) throw error;
        const why = giveUpReason(error);
        if (this.deadline || !(error instanceof DatabaseTimeoutError)) {
          throw new DatabaseOutcomeUnknownError(name, why, error);
        }
        try {
          return await raceAgainst(running, this.options.timeoutMs, this.shared.health, name, limitMs, stop);
        } catch (late) {
          if (settled) throw late;
          throw new DatabaseOutcomeUnknownError(name, giveUpReason(late), late);
        }
      }
    } finally {
      state.abandoned = !settled;
      if (settled && seen) seen.bookmarks = session.lastBookmarks();
      if (settled) await session.close();
      // Abandoned: the session closes once its transaction ends, on the server's timeout at the latest.
      else void running.catch(() => {}).finally(() => session.close().catch(() => {}));
    }
  }

  private runner(
    send: (text: string, params: Params) => Promise<QueryResult>,
    current: { query: string },
    state: { abandoned: boolean },
  ): TransactionRunner {
    const run = async (query: CypherQuery, params: Params = {}) => {
      if (state.abandoned) throw new AbandonedTransaction(query.name);
      if (this.counted) this.shared.queries += 1;
      current.query = query.name;
      try {
        const result = await send(query.text, params);
        this.shared.health.answered();
        return result;
      } catch (error) {
        if (!isConnectionFailure(error)) this.shared.health.answered();
        throw error;
      }
    };
    return {
      run: async <R>(query: CypherQuery, params?: Params) =>
        (await run(query, params)).records.map((record) => record.toObject() as R),
      runWithCounters: async <R>(query: CypherQuery, params?: Params) => {
        const result = await run(query, params);
        const updates = result.summary.counters.updates();
        return {
          rows: result.records.map((record) => record.toObject() as R),
          counters: {
            nodesCreated: updates.nodesCreated,
            nodesDeleted: updates.nodesDeleted,
            relationshipsCreated: updates.relationshipsCreated,
            relationshipsDeleted: updates.relationshipsDeleted,
            propertiesSet: updates.propertiesSet,
          },
        };
      },
    };
  }
}

/** Thrown inside a transaction the client no longer waits for, so that it rolls back. */
class AbandonedTransaction extends Error {
  constructor(query: string) {
    super(`${query}: abandoned after its deadline or the database going away`);
    this.name = 'AbandonedTransaction';
  }
}

/**
 * `work`, unless `waitMs` passes first (a timeout), the database is found down (unavailable) or one
 * of `stop.signals` is aborted (`stop.error()`). Whichever comes first, the timer and the listeners
 * go with it: work given up on may never settle (the driver, closed under a transaction, left one
 * pending), and a timer kept for it would keep the process alive up to `waitMs` after everything
 * else closed.
 */
function raceAgainst<T>(
  work: Promise<T>,
  waitMs: number,
  health: DatabaseHealth,
  name: string,
  limitMs: number,
  stop: { signals: AbortSignal[]; error: () => Error },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      unsubscribe();
      for (const signal of stop.signals) signal.removeEventListener('abort', onStop);
    };
    const fail = (error: Error) => {
      end();
      reject(error);
    };
    const timer = setTimeout(() => fail(new DatabaseTimeoutError(name, limitMs)), waitMs);
    const unsubscribe = health.onDown((reason) =>
      fail(new DatabaseUnavailableError(`${name}: the database stopped answering (${reason})`, name)),
    );
    const onStop = () => fail(stop.error());
    for (const signal of stop.signals) signal.addEventListener('abort', onStop, { once: true });
    work.then(
      (value) => {
        end();
        resolve(value);
      },
      (error: unknown) => {
        end();
        reject(error);
      },
    );
  });
}

/** Why the client stopped waiting, from the error `raceAgainst` gave up with. */
function giveUpReason(error: unknown): string {
  if (error instanceof DatabaseTimeoutError) return `its ${error.limitMs} ms limit passed`;
  if (error instanceof DatabaseClosingError) return 'the work was stopped';
  return 'the database stopped answering';
}

/** True when the database runs `RETURN 1`, false when it answers with an error; rejects when unreachable. */
async function probe(driver: Driver, database: string | undefined): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(
      'RETURN 1',
      {},
      { timeout: PROBE_TIMEOUT_MS, metadata: { app: TRANSACTION_APP, query: 'health.probe' } },
    );
    return true;
  } catch (error) {
    if (isConnectionFailure(error)) throw error;
    return false;
  } finally {
    await session.close();
  }
}

/**
 * `run()` with stack traces off while it runs: the driver captures one for every query (an Error's
 * `stack`, formatted through source maps under tsx) only to graft it onto an error the query may
 * raise later, and our errors name their query instead. It was 6% of the server's CPU on a person
 * detail request (CPU profile at 10,000 people).
 */
function withoutStackTrace<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
