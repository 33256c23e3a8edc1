import { Neo4jError } from 'neo4j-driver';
import { errorMessage } from '../util/error-message.js';

/**
 * What went wrong talking to the database, in the db layer's own terms. Each error names the query
 * (or transaction) that was running; how to word it for a user is the caller's business: the API
 * maps these to error codes in src/server/format-error.ts, `npm run load` words its own messages.
 */
export abstract class DatabaseError extends Error {
  /** The name of the query or transaction that was running (see cypher-query.ts). */
  readonly query: string;

  constructor(message: string, query: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.query = query;
  }
}

/** The database could not be reached, stopped answering, or has no connection free. */
export class DatabaseUnavailableError extends DatabaseError {
  override readonly name: string = 'DatabaseUnavailableError';
}

/**
 * The work was stopped because its caller is going away: the Executor was closed (its connection
 * pool with it), or the request it serves was stopped (the server shutting down). Unavailable, as
 * far as whoever waits for the work is concerned: the same work may be sent again once a server is.
 */
export class DatabaseClosingError extends DatabaseUnavailableError {
  override readonly name = 'DatabaseClosingError';
}

/** The work ran past its time limit: its transaction timeout, or the deadline of the request it serves. */
export class DatabaseTimeoutError extends DatabaseError {
  override readonly name = 'DatabaseTimeoutError';
  /** The limit that was exceeded, in milliseconds. */
  readonly limitMs: number;

  constructor(query: string, limitMs: number, cause?: unknown) {
    super(`${query} ran past its ${limitMs} ms limit`, query, cause);
    this.limitMs = limitMs;
  }
}

/**
 * The client stopped waiting after it had sent the transaction's commit: the request's deadline
 * passed, the database stopped answering, the connection broke or the executor was closed while
 * the commit was in flight. The work may or may not have been applied; what the graph holds says.
 * Never retried by the Executor: the caller re-checks (the loader loads the files again, which
 * writes nothing for a person already as its file says).
 */
export class DatabaseOutcomeUnknownError extends DatabaseError {
  override readonly name = 'DatabaseOutcomeUnknownError';

  constructor(query: string, why: string, cause?: unknown) {
    super(
      `${query}: its commit was sent, but ${why} before it answered; it may have been applied`,
      query,
      cause,
    );
  }
}

/**
 * Concurrent writes got in each other's way (a deadlock, a node deleted under the transaction, an
 * id another transaction created at the same moment) and retrying did not get through.
 */
export class DatabaseConflictError extends DatabaseError {
  override readonly name = 'DatabaseConflictError';
  /** How many times the work was tried. */
  readonly attempts: number;

  constructor(query: string, attempts: number, cause: unknown) {
    super(`${query} collided with concurrent writes ${attempts} times: ${describe(cause)}`, query, cause);
    this.attempts = attempts;
  }
}

/**
 * Anything else the database refused: a mistake in our Cypher, wrong credentials, a full disk. Never
 * the client's fault, so the API logs it (with the query name) and answers INTERNAL_SERVER_ERROR.
 */
export class DatabaseQueryError extends DatabaseError {
  override readonly name = 'DatabaseQueryError';
  /** Neo4j's status code, e.g. `Neo.ClientError.Statement.SyntaxError`; `N/A` when the driver gives none. */
  readonly code: string;

  constructor(query: string, cause: unknown) {
    const code = cause instanceof Neo4jError ? cause.code : 'N/A';
    super(`${query} failed: ${describe(cause)}`, query, cause);
    this.code = code;
  }
}

/**
 * The driver's own availability class (neo4j-driver's connection-error-handler): no connection, and
 * a database that answers but is not serving yet, as Neo4j does while it recovers after a crash. The
 * latter is no sign of life: a request answers SERVICE_UNAVAILABLE rather than waiting and retrying,
 * and the health monitor keeps the database down until it runs a query (issue 11, point 8).
 */
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
/**
 * Conflicts between concurrent transactions that a fresh attempt may not meet, besides Neo4j's
 * transient errors (deadlocks: `Neo.TransientError.Transaction.DeadlockDetected`), which the
 * Executor retries too: a node matched earlier in the transaction was deleted by another one before
 * this one touched it, and a unique id that another transaction created at the same moment.
 */
const conflictCodes = new Set([
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.ClientError.Schema.ConstraintValidationFailed',
]);

/**
 * Transient errors that say the database is out of room for more work at once (the transactions
 * running together have used the memory `db.memory.transaction.total.max` allows), not that two
 * transactions collided: retried as transient, then answered as unavailable, not as a conflict.
 */
const overloadCodes = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError']);

/**
 * Thrown by a transaction's own work when it finds that a concurrent transaction changed what it
 * read (a shared node it relies on was deleted between its read and its lock). Nothing commits; the
 * Executor runs the whole work again, as for the conflict codes above, and answers
 * DatabaseConflictError when the attempts run out.
 */
export class ConcurrentChange extends Error {
  override readonly name: string = 'ConcurrentChange';
}

/** Whether `error` is a conflict that a new attempt of the whole transaction may get past. */
export function isRetryableConflict(error: unknown): boolean {
  return error instanceof ConcurrentChange || (error instanceof Neo4jError && conflictCodes.has(error.code));
}

/** Whether the driver gave up on a connection (refused, lost, or none free in the pool). */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return unavailableCodes.has(error.code) || error.message.startsWith('Connection acquisition timed out');
}

/**
 * A driver error as a DatabaseError of the right kind; anything else (what the caller's own work
 * threw, such as a validation error) unchanged. `limitMs` is the timeout the transaction ran under,
 * quoted by a timeout; `attempts` how often a conflict was tried.
 */
export function classifyDatabaseError(
  error: unknown,
  query: string,
  { limitMs, attempts = 1 }: { limitMs: number; attempts?: number },
): unknown {
  if (error instanceof ConcurrentChange) return new DatabaseConflictError(query, attempts, error);
  if (error instanceof DatabaseError || !(error instanceof Neo4jError)) return error;
  if (isConnectionFailure(error)) {
    return new DatabaseUnavailableError(
      `${query}: the database is unreachable (${describe(error)})`,
      query,
      error,
    );
  }
  if (error instanceof Neo4jError && timeoutCodes.has(error.code)) {
    return new DatabaseTimeoutError(query, limitMs, error);
  }
  if (error instanceof Neo4jError && overloadCodes.has(error.code)) {
    return new DatabaseUnavailableError(
      `${query}: the database is overloaded (${describe(error)}); retried ${attempts} times`,
      query,
      error,
    );
  }
  if (
    error instanceof Neo4jError &&
    (conflictCodes.has(error.code) || error.code.includes('TransientError'))
  ) {
    return new DatabaseConflictError(query, attempts, error);
  }
  return new DatabaseQueryError(query, error);
}

function describe(error: unknown): string {
  if (error instanceof Neo4jError) return `${error.code}: ${error.message.split('\n')[0]}`;
  return errorMessage(error);
}
