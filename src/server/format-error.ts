import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors/index.js';

/** How every limit rejection ends: what the client can do about it. */
export const limitHint = 'Ask for fewer fields or a smaller "first", or split the operation.';

/** graphql-armor reports its limits as syntax or validation errors; these are how they start. */
const limitMessage =
  /^Syntax Error: ((?:Query depth limit|Aliases limit|Token limit|Query Cost limit|Directives limit)[\s\S]*)$/;

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
 * The last word on every error leaving the server: AppErrors and client errors pass with their
 * code; limit rejections become QUERY_TOO_COMPLEX; anything unexpected is logged and, in
 * production, masked so no internals leak.
 */
export function createFormatError(production: boolean, log: (error: unknown) => void = console.error) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return formatted;
    const limit = limitMessage.exec(formatted.message);
    if (limit?.[1]) {
      return {
        ...formatted,
        message: `${limit[1]} ${limitHint}`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
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
