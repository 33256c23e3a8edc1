import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
} from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/index.js';
import type { CypherQuery } from './cypher-query.js';

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
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);
const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The one place that talks to Neo4j. It owns sessions (always closed), managed transactions
 * (retried by the driver on transient errors), the per-transaction timeout, and the mapping of
 * driver errors onto the API's error codes. Resolvers and the loader hand it named queries.
 */
export class Executor {
  readonly driver: Driver;
  private readonly options: ExecutorOptions;
  /**
   * Shared by every session of this Executor (and of its `withTimeout` copies): a transaction
   * starts only once the database has every write this process committed, so on a cluster a read
   * sent to a follower after a mutation sees that mutation (the client reads its own write).
   */
  readonly bookmarks: BookmarkManager;
  /** Queries sent since construction; tests use it to bound round trips per request. */
  queryCount = 0;

  constructor(
    driver: Driver,
    options: ExecutorOptions,
    bookmarks: BookmarkManager = neo4j.bookmarkManager(),
  ) {
    this.driver = driver;
    this.options = options;
    this.bookmarks = bookmarks;
  }

  read<R = Row>(query: CypherQuery, params: Params = {}): Promise<R[]> {
    return this.withSession('READ', (tx) => this.runner(tx).run<R>(query, params));
  }

  write<R = Row>(query: CypherQuery, params: Params = {}): Promise<R[]> {
    return this.withSession('WRITE', (tx) => this.runner(tx).run<R>(query, params));
  }

  /** One managed write transaction: everything in `work` commits together or not at all. */
  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (tx) => work(this.runner(tx)));
  }

  /** The same connection pool with another transaction timeout, for bulk work such as loading. */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(this.driver, { ...this.options, timeoutMs }, this.bookmarks);
  }

  /** Whether the database answers a trivial query. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private runner(tx: ManagedTransaction): TransactionRunner {
    const run = async (query: CypherQuery, params: Params = {}) => {
      this.queryCount += 1;
      return (await tx.run(query.text, params)) as QueryResult;
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

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const config = { timeout: this.options.timeoutMs };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDatabaseError(error, this.options.timeoutMs);
    } finally {
      await session.close();
    }
  }
}

/** Driver errors the client should understand become AppErrors; anything else stays unexpected. */
export function mapDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (unavailableCodes.has(error.code)) {
    return new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The database is not reachable right now; retry in a moment (GET /health tells when it is back).',
    );
  }
  if (timeoutCodes.has(error.code)) {
    return new AppError(
      ErrorCode.TIMEOUT,
      `The query ran longer than the ${timeoutMs} ms limit; narrow it (smaller "first", "depth" or "limit").`,
    );
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // Loads check ids against the graph first; this is the race where another write created
    // the same id meanwhile. Neo4j's own message names internals, so it stays in the log.
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Another write created a node with one of these ids at the same time; retry the request.',
    );
  }
  return error;
}
