import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors/index.js';
import { limitHint } from './format-error.js';

/**
 * Rejects an operation of more than `max` tokens before Apollo parses it, answering 400 in the
 * GraphQL error shape. (graphql-armor's token check runs inside an Apollo plugin hook, where a
 * throw becomes a masked 500.) Runs after the JSON body parser.
 */
export function maxTokensMiddleware(max: number): RequestHandler {
  return (request, response, next) => {
    const body = request.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : request.query.query;
    if (typeof query === 'string' && countTokens(query, max) > max) {
      response.status(400).json({
        errors: [
          {
            message: `Token limit of ${max} exceeded. ${limitHint}`,
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          },
        ],
      });
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
