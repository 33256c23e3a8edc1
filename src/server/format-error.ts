import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  DatabaseClosingError,
  DatabaseConflictError,
  DatabaseError,
  DatabaseOutcomeUnknownError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../db/errors.js';
import { AppError, ErrorCode } from '../errors/index.js';

/** How every limit rejection ends: what the client can do about it. */
export const limitHint = 'Ask for fewer fields or a smaller "first", or split the operation.';

/**
 * The one form of every limit rejection (token, depth, alias, cost, result and response size):
 * `exceeded` says which limit and by how much, `limitHint` what to do about it, the code is
 * QUERY_TOO_COMPLEX; `extensions` adds what the client may read (the response limit's `limitBytes`).
 */
export function limitExceeded(
  exceeded: string,
  extensions: Record<string, unknown> = {},
): { message: string; extensions: { code: ErrorCode } & Record<string, unknown> } {
  return {
    message: `${exceeded} ${limitHint}`,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extensions },
  };
}

/** graphql-armor reports its limits as syntax or validation errors; these are how they start. */
const limitMessage =
  /^Syntax Error: ((?:Query depth limit|Aliases limit|Token limit|Query Cost limit|Directives limit)[\s\S]*)$/;

/**
 * The answer to a request the server will not finish because it is shutting down (SERVICE_UNAVAILABLE):
 * one arriving while it closes, and one still running or waiting for its turn at the end of the
 * shutdown's grace period (create-app.ts).
 */
export const shuttingDownMessage = 'The server is shutting down; send the request again once it is back.';

/** Codes that graphql-js and Apollo give errors the client caused; they pass through as they are. */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The API's words for what the database layer reports: the one place where a database error
 * becomes an error code. Anything else from the database is unexpected (undefined here).
 */
export function databaseErrorCode(error: DatabaseError): { code: ErrorCode; message: string } | undefined {
  if (error instanceof DatabaseClosingError) {
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: shuttingDownMessage };
  }
  if (error instanceof DatabaseUnavailableError) {
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message:
        'The database is not reachable right now; retry in a moment (GET /health tells when it is back).',
    };
  }
  if (error instanceof DatabaseTimeoutError) {
    return {
      code: ErrorCode.TIMEOUT,
      message: `The request ran longer than its ${error.limitMs} ms limit; narrow it (smaller "first", "depth" or "limit").`,
    };
  }
  if (error instanceof DatabaseOutcomeUnknownError) {
    return {
      code: ErrorCode.OUTCOME_UNKNOWN,
      message:
        'The change was sent to the database, whose answer did not come in time: it may have been applied. Read it back before sending it again.',
    };
  }
  if (error instanceof DatabaseConflictError) {
    return {
      code: ErrorCode.CONFLICT,
      message: `Concurrent changes to the same nodes got in the way ${error.attempts} times, so nothing was changed; send the request again.`,
    };
  }
  return undefined;
}

/**
 * What was thrown, out of graphql-js's located wrappers (which may come from another copy of
 * graphql-js than Apollo's, so its own unwrapping does not always see them).
 */
function originalError(error: unknown): unknown {
  let current = unwrapResolverError(error);
  for (let depth = 0; depth < 5; depth++) {
    const inner = (current as { originalError?: unknown } | null | undefined)?.originalError;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current;
}

/**
 * The last word on every error leaving the server: AppErrors and client errors pass with their
 * code; database errors get theirs; limit rejections become QUERY_TOO_COMPLEX; anything unexpected
 * is logged (a database error with the query's name) and, in production, masked so no internals leak.
 */
export function createFormatError(production: boolean, log: (error: unknown) => void = console.error) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalError(error);
    if (original instanceof AppError) return formatted;
    const database = original instanceof DatabaseError ? databaseErrorCode(original) : undefined;
    if (database) {
      return {
        message: database.message,
        ...(formatted.locations && { locations: formatted.locations }),
        ...(formatted.path && { path: formatted.path }),
        extensions: { code: database.code },
      };
    }
    const limit = limitMessage.exec(formatted.message);
    if (limit?.[1]) {
      return { ...formatted, ...limitExceeded(limit[1]) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && clientCodes.has(code)) return formatted;
    log(original);
    return {
      message: production ? 'Internal server error.' : formatted.message,
      ...(production ? {} : { locations: formatted.locations }),
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
