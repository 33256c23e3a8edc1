import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { limitExceeded } from './format-error.js';

/**
 * The answer (status 400, a GraphQL-shaped body) refusing an operation of more than `max` tokens
 * before Apollo parses it, or undefined when `query` is within the limit or not a string.
 * (graphql-armor's token check runs inside an Apollo plugin hook, where a throw becomes a masked 500.)
 */
export function tokenLimitRefusal(query: unknown, max: number): { errors: unknown[] } | undefined {
  if (typeof query !== 'string' || countTokens(query, max) <= max) return undefined;
  return { errors: [limitExceeded(`Token limit of ${max} exceeded.`)] };
}

/**
 * `tokenLimitRefusal` as Express middleware, after the JSON body parser: the body's `query`, else
 * the URL's.
 */
export function maxTokensMiddleware(max: number): RequestHandler {
  return (request, response, next) => {
    const body = request.body as { query?: unknown } | undefined;
    const refusal = tokenLimitRefusal(
      typeof body?.query === 'string' ? body.query : request.query.query,
      max,
    );
    if (refusal) {
      response.status(400).json(refusal);
      return;
    }
    next();
  };
}

/** Tokens in `text`; counting stops just past `max`, and a syntax error is left for the parser to report. */
function countTokens(text: string, max: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= max) count += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}
