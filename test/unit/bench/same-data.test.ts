import { describe, expect, it } from 'vitest';
import { canonical, firstDifference, sortKey } from '../../../bench/compare/same-data.js';

describe('canonical', () => {
  const data = {
    person: {
      roles: [
        {
          id: 'r1',
          technologies: [
            { id: 'sql', name: 'SQL' },
            { id: 'scala', name: 'Scala' },
          ],
        },
        { id: 'r2', technologies: [{ name: 'Go', id: 'go' }] },
      ],
    },
  };

  it('orders the lists at the given paths, through lists, and keeps every other order', () => {
    expect(canonical(data, ['person.roles.technologies'])).toEqual({
      person: {
        roles: [
          {
            id: 'r1',
            technologies: [
              { id: 'scala', name: 'Scala' },
              { id: 'sql', name: 'SQL' },
            ],
          },
          { id: 'r2', technologies: [{ name: 'Go', id: 'go' }] },
        ],
      },
    });
  });

  it('makes two orders of the same collection equal, whatever the key order of their items', () => {
    const other = {
      person: {
        roles: [
          {
            id: 'r1',
            technologies: [
              { name: 'Scala', id: 'scala' },
              { name: 'SQL', id: 'sql' },
            ],
          },
          { id: 'r2', technologies: [{ id: 'go', name: 'Go' }] },
        ],
      },
    };
    const paths = ['person.roles.technologies'];
    expect(firstDifference(canonical(data, paths), canonical(other, paths))).toBeUndefined();
    expect(firstDifference(data, other)).toBe(
      'person.roles[0].technologies[0].id: expected "sql", found "scala"',
    );
  });

  it('leaves the input alone and ignores paths that are absent or null', () => {
    const before = JSON.stringify(data);
    expect(canonical({ person: null }, ['person.roles.technologies'])).toEqual({ person: null });
    expect(canonical(data, ['nobody.roles'])).toEqual(data);
    canonical(data, ['person.roles.technologies']);
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('sortKey', () => {
  it('is the same for objects whose keys came in another order, at any depth', () => {
    expect(sortKey({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
  });
});

describe('firstDifference', () => {
  it('is undefined for equal data', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBeUndefined();
  });

  it('names the first differing path and both values', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(
      'a[1].b: expected "x", found "y"',
    );
    expect(firstDifference({ a: 1 }, { a: 1, extra: true })).toBe('extra: expected undefined, found true');
    expect(firstDifference(null, { a: 1 })).toBe('(data): expected null, found {"a":1}');
  });

  it('says when a list is shorter or longer', () => {
    expect(firstDifference({ list: [1, 2, 3] }, { list: [1, 2] })).toBe('list: 3 items expected, 2 found');
  });

  it('shortens long values', () => {
    const long = 'x'.repeat(200);
    expect(firstDifference(long, 'y')).toBe(`(data): expected "${'x'.repeat(116)}..., found "y"`);
  });
});
