import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { wireInteger, wireProps } from '../../../src/db/wire-integers.js';

describe('wireProps', () => {
  it('sends each bigint, alone or in a list, as a driver Integer of the same value', () => {
    const wired = wireProps({
      start: 24_241n,
      spans: [24_241n, 24_250n],
      name: 'Go',
      weight: 0.5,
      skill: true,
    });
    expect(neo4j.isInt(wired.start)).toBe(true);
    expect(String(wired.start)).toBe('24241');
    expect((wired.spans as unknown[]).map((item) => [neo4j.isInt(item), String(item)])).toEqual([
      [true, '24241'],
      [true, '24250'],
    ]);
    expect(wired).toMatchObject({ name: 'Go', weight: 0.5, skill: true });
  });

  it('leaves the props it is given unchanged, and returns them as they are when they hold no bigint', () => {
    const props = { start: 7n, roles: ['a', 'b'] };
    wireProps(props);
    expect(props).toEqual({ start: 7n, roles: ['a', 'b'] });
    const plain = { name: 'Go', roles: ['a'], months: 3.5 };
    expect(wireProps(plain)).toBe(plain);
  });
});

describe('wireInteger', () => {
  it('keeps integers a double cannot hold exactly, and negative ones', () => {
    expect(String(wireInteger(9_007_199_254_740_993n))).toBe('9007199254740993');
    expect(String(wireInteger(-10_000_000n))).toBe('-10000000');
    expect(String(wireInteger(5))).toBe('5');
  });
});
