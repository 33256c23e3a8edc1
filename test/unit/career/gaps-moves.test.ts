import { describe, expect, it } from 'vitest';
import { gapFacts, type StoredUse, staleAfterMonths } from '../../../src/career/gaps.js';
import { careerPath, companyMoves } from '../../../src/career/moves.js';
import { monthNumber } from '../../../src/graph/months.js';

const use = (fields: Partial<StoredUse>): StoredUse => ({
  roles: ['r'],
  projects: [],
  skill: false,
  current: false,
  ...fields,
});

describe('gapFacts', () => {
  const asOf = monthNumber(2024, 6);

  it('is MISSING without a USES relationship and LISTED_ONLY for a skill alone', () => {
    expect(gapFacts(null, asOf).status).toBe('MISSING');
    expect(gapFacts(use({ roles: [], skill: true }), asOf)).toEqual({
      status: 'LISTED_ONLY',
      months: null,
      firstUsed: null,
      lastUsed: null,
      current: false,
      monthsSinceUsed: null,
    });
  });

  it(`is STALE only past ${staleAfterMonths} months since the last use`, () => {
    const lastUsed = asOf - staleAfterMonths;
    // Twelve months of use ending at `end`.
    const year = (end: number) => use({ spans: [end - 11, end], lastUsed: end });
    expect(gapFacts(year(lastUsed), asOf).status).toBe('USED');
    expect(gapFacts(year(lastUsed - 1), asOf)).toEqual({
      status: 'STALE',
      months: 12,
      firstUsed: null,
      lastUsed: '2021-05',
      current: false,
      monthsSinceUsed: staleAfterMonths + 1,
    });
  });

  it('counts a current role from its start up to asOf, on top of the months before it', () => {
    const facts = gapFacts(
      use({
        current: true,
        currentSince: monthNumber(2024, 1),
        spans: [monthNumber(2020, 1), monthNumber(2020, 10)],
        firstUsed: monthNumber(2020, 1),
      }),
      asOf,
    );
    expect(facts).toEqual({
      status: 'USED',
      months: 16,
      firstUsed: '2020-01',
      lastUsed: '2024-06',
      current: true,
      monthsSinceUsed: 0,
    });
  });

  it('is MISSING, or LISTED_ONLY for a skill, when every use starts after asOf', () => {
    const later = { spans: [asOf + 1, asOf + 12], firstUsed: asOf + 1, lastUsed: asOf + 12 };
    expect(gapFacts(use(later), asOf)).toEqual({
      status: 'MISSING',
      months: null,
      firstUsed: null,
      lastUsed: null,
      current: false,
      monthsSinceUsed: null,
    });
    expect(gapFacts(use({ ...later, skill: true }), asOf).status).toBe('LISTED_ONLY');
  });

  it('is USED with unknown months and recency when no role or project that used it is dated', () => {
    expect(gapFacts(use({}), asOf)).toMatchObject({ status: 'USED', months: null, lastUsed: null });
  });
});

describe('careerPath', () => {
  const role = (id: string, startMonth?: number, endMonth?: number, current = false) => ({
    id,
    kind: 'ROLE' as const,
    ...(startMonth === undefined ? {} : { startMonth }),
    ...(endMonth === undefined ? {} : { endMonth }),
    current,
  });

  it('orders by start, joins consecutive roles at one company, leaves undated roles out', () => {
    const now = monthNumber(2024, 12);
    const stays = careerPath(
      [
        { role: role('c2', monthNumber(2021, 1), undefined, true), company: 'c' },
        { role: role('b1', monthNumber(2018, 1), monthNumber(2019, 6)), company: 'b' },
        { role: role('c1', monthNumber(2019, 7), monthNumber(2020, 12)), company: 'c' },
        { role: role('a1', monthNumber(2015, 1), monthNumber(2017, 12)), company: 'a' },
        { role: role('x'), company: 'x' },
      ],
      now,
    );
    expect(stays.map(({ roles, ...stay }) => ({ ...stay, roles: roles.map((item) => item.id) }))).toEqual([
      {
        company: 'a',
        from: '2015-01',
        to: '2017-12',
        current: false,
        months: 36,
        roles: ['a1'],
        alongside: false,
      },
      {
        company: 'b',
        from: '2018-01',
        to: '2019-06',
        current: false,
        months: 18,
        roles: ['b1'],
        alongside: false,
      },
      {
        company: 'c',
        from: '2019-07',
        to: null,
        current: true,
        months: 18 + 48,
        roles: ['c1', 'c2'],
        alongside: false,
      },
    ]);
  });

  it('does not split a stay at a side job held within it; a move elsewhere does split it', () => {
    const stays = careerPath([
      // x: two roles 2015-01..2020-12 with a side job at y (2017) inside; then z from 2021 (a move),
      // then x again from 2023: a new stay, since z does not lie within the first one.
      { role: role('x1', monthNumber(2015, 1), monthNumber(2018, 6)), company: 'x' },
      { role: role('y1', monthNumber(2017, 1), monthNumber(2017, 12)), company: 'y' },
      { role: role('x2', monthNumber(2018, 7), monthNumber(2020, 12)), company: 'x' },
      { role: role('z1', monthNumber(2021, 1), monthNumber(2022, 12)), company: 'z' },
      { role: role('x3', monthNumber(2023, 1), monthNumber(2023, 12)), company: 'x' },
    ]);
    expect(
      stays.map((stay) => [stay.company, stay.from, stay.to, stay.roles.map((r) => r.id), stay.alongside]),
    ).toEqual([
      ['x', '2015-01', '2020-12', ['x1', 'x2'], false],
      ['y', '2017-01', '2017-12', ['y1'], true],
      ['z', '2021-01', '2022-12', ['z1'], false],
      ['x', '2023-01', '2023-12', ['x3'], false],
    ]);
  });

  it('a role elsewhere that outlasts the stay (a move with an overlap) interrupts it', () => {
    const stays = careerPath([
      { role: role('a1', monthNumber(2010, 1), monthNumber(2015, 6)), company: 'a' },
      { role: role('b1', monthNumber(2015, 1), monthNumber(2019, 12)), company: 'b' },
      { role: role('a2', monthNumber(2020, 1), monthNumber(2021, 12)), company: 'a' },
    ]);
    expect(stays.map((stay) => [stay.company, stay.roles.map((r) => r.id), stay.alongside])).toEqual([
      ['a', ['a1'], false],
      ['b', ['b1'], false],
      ['a', ['a2'], false],
    ]);
  });

  it('gives no end and no months for a stay whose role has no end and is not current', () => {
    const [stay] = careerPath([{ role: role('a1', monthNumber(2015, 1)), company: 'a' }]);
    expect(stay).toMatchObject({ to: null, current: false, months: null });
  });
});

describe('companyMoves', () => {
  it('takes the nearest stay outside the family on each side, each person once per company', () => {
    const path = (...companies: string[]) => companies.map((company) => ({ company, alongside: false }));
    const counts = companyMoves(
      [
        { person: 'p1', stays: path('a', 'x', 'x-sub', 'b', 'x', 'b') },
        { person: 'p2', stays: path('x') },
        { person: 'p3', stays: path('a', 'b') },
      ],
      new Set(['x', 'x-sub']),
    );
    expect(counts.people).toEqual(new Set(['p1', 'p2']));
    expect(counts.before).toEqual(
      new Map([
        ['a', new Set(['p1'])],
        ['b', new Set(['p1'])],
      ]),
    );
    expect(counts.after).toEqual(new Map([['b', new Set(['p1'])]]));
  });

  it('skips stays alongside another: a side job is neither a neighbour nor has neighbours', () => {
    const counts = companyMoves(
      [
        // p1: a, then x with a side job at s, then b. p2: a side job at x during a stay at a, then b.
        {
          person: 'p1',
          stays: [
            { company: 'a', alongside: false },
            { company: 'x', alongside: false },
            { company: 's', alongside: true },
            { company: 'b', alongside: false },
          ],
        },
        {
          person: 'p2',
          stays: [
            { company: 'a', alongside: false },
            { company: 'x', alongside: true },
            { company: 'b', alongside: false },
          ],
        },
      ],
      new Set(['x']),
    );
    expect(counts).toEqual({
      people: new Set(['p1', 'p2']),
      before: new Map([['a', new Set(['p1'])]]),
      after: new Map([['b', new Set(['p1'])]]),
    });
  });
});
