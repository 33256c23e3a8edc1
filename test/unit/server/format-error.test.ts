import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
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
    expect(logged).toEqual([error]);
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
});
