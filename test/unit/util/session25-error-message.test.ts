import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseQueryError } from '../../../src/db/errors.js';
import { errorMessage } from '../../../src/util/error-message.js';
import { importsOutside } from '../../support/source-files.js';

describe('errorMessage', () => {
  it("gives an Error's message, subclasses included, without its name or stack", () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage(new TypeError('x is not a function'))).toBe('x is not a function');
    expect(errorMessage(new GraphQLError('Unknown field "nme".'))).toBe('Unknown field "nme".');
    expect(errorMessage(new Error(''))).toBe('');
  });

  it("keeps a database error's whole message, the query's name included", () => {
    const error = new DatabaseQueryError('personById', new Error('Neo.ClientError.Statement.SyntaxError'));
    expect(errorMessage(error)).toBe('personById failed: Neo.ClientError.Statement.SyntaxError');
  });

  it('writes anything else thrown as String writes it', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ message: 'not an Error' })).toBe('[object Object]');
  });
});

describe('src/util', () => {
  it('imports nothing outside itself but Node, so every layer may import it', () => {
    const outside = (specifier: string) => !specifier.startsWith('./') && !specifier.startsWith('node:');
    expect(importsOutside('src/util', outside)).toEqual([]);
  });
});
