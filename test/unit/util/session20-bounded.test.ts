import { describe, expect, it } from 'vitest';
import { forgetOldest, rememberBounded } from '../../../src/util/bounded.js';

describe('rememberBounded', () => {
  it('keeps at most max entries, forgetting the oldest first', () => {
    const map = new Map<string, number>();
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) rememberBounded(map, key, index, 3);
    expect([...map]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('makes a key remembered again the newest, with its new value', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    rememberBounded(map, 'a', 10, 3);
    rememberBounded(map, 'd', 4, 3);
    expect([...map]).toEqual([
      ['c', 3],
      ['a', 10],
      ['d', 4],
    ]);
  });
});

describe('forgetOldest', () => {
  it('trims a Set to its newest values', () => {
    const set = new Set([1, 2, 3, 4, 5]);
    forgetOldest(set, 2);
    expect([...set]).toEqual([4, 5]);
  });

  it('leaves a collection within the bound as it is, and empties one bounded at 0', () => {
    const map = new Map([['a', 1]]);
    forgetOldest(map, 1);
    expect([...map]).toEqual([['a', 1]]);
    forgetOldest(map, 0);
    expect(map.size).toBe(0);
  });
});
