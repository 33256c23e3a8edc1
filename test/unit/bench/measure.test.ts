import { describe, expect, it } from 'vitest';
import {
  errorCode,
  hasGraphqlErrors,
  latencyOf,
  rotate,
  sliceCount,
} from '../../../bench/compare/measure.js';

describe('latencyOf', () => {
  it('sorts before taking percentiles', () => {
    expect(latencyOf([30, 10, 20, 40], 1)).toEqual({ samples: 4, p50: 20, p99: 40, errors: 1 });
  });
});

describe('rotate', () => {
  it('starts each round with the next side', () => {
    expect([0, 1, 2, 3].map((round) => rotate(['ours', 'peer', 'floor'], round).join(' '))).toEqual([
      'ours peer floor',
      'peer floor ours',
      'floor ours peer',
      'ours peer floor',
    ]);
    expect(rotate([], 3)).toEqual([]);
  });
});

describe('sliceCount', () => {
  it('cuts a run into slices no shorter than asked, at least one', () => {
    expect(sliceCount(10, 2.5)).toBe(4);
    expect(sliceCount(10, 3)).toBe(3);
    expect(sliceCount(10, 40)).toBe(1);
    expect(sliceCount(1, 2.5)).toBe(1);
  });
});

describe('errors in answers', () => {
  const failed = JSON.stringify({
    errors: [{ message: 'slow', extensions: { code: 'TIMEOUT' } }],
    data: null,
  });

  it('finds GraphQL errors in a 200 answer', () => {
    expect(hasGraphqlErrors(failed)).toBe(true);
    expect(hasGraphqlErrors('{"data":{"people":{"edges":[]}}}')).toBe(false);
  });

  it('names the error code, else the HTTP status', () => {
    expect(errorCode(200, failed)).toBe('TIMEOUT');
    expect(errorCode(200, '{"data":{"x":1}}')).toBeUndefined();
    expect(errorCode(503, 'Service Unavailable')).toBe('HTTP 503');
    expect(errorCode(400, '{"errors":[{"message":"bad"}]}')).toBe('HTTP 400');
  });
});
