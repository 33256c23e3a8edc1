import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  DatabaseConflictError,
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../../../src/db/errors.js';
import { AppError, ErrorCode } from '../../../src/errors/index.js';
import { createFormatError } from '../../../src/server/format-error.js';

const formatted = (error: GraphQLError) => error.toJSON();

describe('createFormatError', () => {
  const logged: unknown[] = [];
  const production = createFormatError(true, (error) => logged.push(error));
  const development = createFormatError(false, () => {});

  it('masks an unexpected error in production and logs it', () => {
    const secret = new Error('connection string bolt://admin:hunter2@db failed');
    const error = new GraphQLError(secret.message, { originalError: secret, path: ['people'] });
    expect(production(formatted(error), error)).toEqual({
      message: 'Internal server error.',
      path: ['people'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([secret]);
  });

  it('keeps the message of an unexpected error in development, still coded', () => {
    const error = new GraphQLError('boom', { originalError: new Error('boom') });
    expect(development(formatted(error), error)).toMatchObject({
      message: 'boom',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes an AppError through with its code', () => {
    const error = new AppError(ErrorCode.NOT_FOUND, 'No person with id "x".');
    expect(production(formatted(error), error)).toEqual({
      message: 'No person with id "x".',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('passes client errors that graphql-js and Apollo coded', () => {
    const error = new GraphQLError('Cannot query field "nme" on type "Person". Did you mean "name"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(production(formatted(error), error)).toEqual(formatted(error));
  });

  /** A database error as graphql-js hands it over: wrapped, located at the field that failed. */
  const fromResolver = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['person'] });

  it.each([
    [
      new DatabaseUnavailableError(
        'person.byId: the database is unreachable (connection refused)',
        'entity.byId',
      ),
      'SERVICE_UNAVAILABLE',
      'The database is not reachable right now; retry in a moment (GET /health tells when it is back).',
    ],
    [
      new DatabaseTimeoutError('similar.people', 5000),
      'TIMEOUT',
      'The request ran longer than its 5000 ms limit; narrow it (smaller "first", "depth" or "limit").',
    ],
    [
      new DatabaseConflictError(
        'loader.loadResume',
        4,
        new Neo4jError('Unable to load NODE', 'Neo.ClientError.Statement.EntityNotFound', '', ''),
      ),
      'CONFLICT',
      'Concurrent changes to the same nodes got in the way 4 times, so nothing was changed; send the request again.',
    ],
  ])('maps %s to its code in API words, whatever the database layer said', (error, code, message) => {
    const wrapped = fromResolver(error);
    expect(production(formatted(wrapped), wrapped)).toEqual({
      message,
      path: ['person'],
      extensions: { code },
    });
  });

  it('logs an unexpected database error with the name of its query, and masks it', () => {
    logged.length = 0;
    const error = new DatabaseQueryError(
      'person.roles',
      new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '', ''),
    );
    const wrapped = fromResolver(error);
    expect(production(formatted(wrapped), wrapped)).toEqual({
      message: 'Internal server error.',
      path: ['person'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([error]);
    expect(String(logged[0])).toContain(
      'person.roles failed: Neo.ClientError.Statement.SyntaxError: Invalid input',
    );
  });
});
