import { describe, expect, it } from 'vitest';
import { hasBearerToken } from '../../../src/server/bearer-token.js';

describe('hasBearerToken', () => {
  it.each([
    ['Bearer s3cret', 's3cret', true],
    ['bearer s3cret', 's3cret', true],
    ['Bearer s3cret ', 's3cret', true],
    ['Bearer s3cre', 's3cret', false],
    ['Bearer s3cretX', 's3cret', false],
    ['Basic s3cret', 's3cret', false],
    ['s3cret', 's3cret', false],
    [undefined, 's3cret', false],
    ['Bearer s3cret', undefined, false],
  ])('%s against %s → %s', (header, token, expected) => {
    expect(hasBearerToken(header, token)).toBe(expected);
  });
});
