import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../../src/graph/months.js';
import { technologyUses } from '../../../src/loader/technology-uses.js';

const month = monthNumber;
const row = (from: string, to: string) => ({ from, to, props: {} });

describe('technologyUses: what a person used, from their résumé alone', () => {
  it('weighs the strongest way, records the evidence, and dates it by the positions that used it', () => {
    const uses = technologyUses(
      'p',
      {
        roleUsed: [row('p-a', 'go'), row('p-b', 'go'), row('p-c', 'go'), row('p-b', 'rust')],
        roleWorkedOn: [row('p-b', 'p-tool')],
        personWorkedOn: [row('p', 'p-side')],
        projectUsed: [row('p-tool', 'rust'), row('p-tool', 'kafka'), row('p-side', 'kafka')],
        skilledIn: [row('p', 'go'), row('p', 'python')],
      },
      [
        // 2015-01..2016-06 (18 months) and 2016-01..2017-12 (24) overlap by 6: 36 months.
        { id: 'p-a', startMonth: month(2015, 1), endMonth: month(2016, 6), current: false },
        { id: 'p-b', startMonth: month(2016, 1), endMonth: month(2017, 12), current: false },
        { id: 'p-c', startMonth: month(2020, 3), endMonth: null, current: true },
      ],
    );
    expect(uses).toEqual([
      {
        from: 'p',
        to: 'go',
        props: {
          weight: 3n,
          current: true,
          roles: ['p-a', 'p-b', 'p-c'],
          projects: [],
          skill: true,
          firstUsed: BigInt(month(2015, 1)),
          spans: [BigInt(month(2015, 1)), BigInt(month(2017, 12))],
          months: 36n,
          // p-c, current since 2020-03: the months before it are the 36 of p-a and p-b.
          currentSince: BigInt(month(2020, 3)),
          monthsBeforeCurrent: 36n,
        },
      },
      {
        from: 'p',
        to: 'kafka',
        props: { weight: 2n, current: false, roles: [], projects: ['p-side', 'p-tool'], skill: false },
      },
      {
        from: 'p',
        to: 'python',
        props: { weight: 1n, current: false, roles: [], projects: [], skill: true },
      },
      {
        from: 'p',
        to: 'rust',
        props: {
          weight: 3n,
          current: false,
          roles: ['p-b'],
          projects: ['p-tool'],
          skill: false,
          firstUsed: BigInt(month(2016, 1)),
          lastUsed: BigInt(month(2017, 12)),
          spans: [BigInt(month(2016, 1)), BigInt(month(2017, 12))],
          months: 24n,
        },
      },
    ]);
  });

  it('gives undated positions no months and no dates', () => {
    expect(
      technologyUses(
        'p',
        {
          roleUsed: [row('p-x', 'go')],
          roleWorkedOn: [],
          personWorkedOn: [],
          projectUsed: [],
          skilledIn: [],
        },
        [{ id: 'p-x', startMonth: null, endMonth: null, current: false }],
      ),
    ).toEqual([
      {
        from: 'p',
        to: 'go',
        props: { weight: 3n, current: false, roles: ['p-x'], projects: [], skill: false },
      },
    ]);
  });

  it('counts the months of dated projects once with the roles they overlap', () => {
    expect(
      technologyUses(
        'p',
        {
          roleUsed: [row('p-a', 'kafka'), row('p-c', 'go')],
          roleWorkedOn: [row('p-c', 'p-tool')],
          personWorkedOn: [row('p', 'p-side'), row('p', 'p-undated')],
          projectUsed: [row('p-side', 'kafka'), row('p-tool', 'go'), row('p-undated', 'go')],
          skilledIn: [],
        },
        [
          { id: 'p-a', startMonth: month(2018, 1), endMonth: month(2018, 12), current: false },
          { id: 'p-c', startMonth: month(2020, 3), endMonth: null, current: true },
        ],
        [
          // 2018-07..2019-06 overlaps p-a (2018) by 6 months: kafka spans 2018-01..2019-06, 18 months.
          { id: 'p-side', startMonth: month(2018, 7), endMonth: month(2019, 6) },
          // 2019-01..2020-06 runs into the current p-c: 14 months (2019-01..2020-02) before it.
          { id: 'p-tool', startMonth: month(2019, 1), endMonth: month(2020, 6) },
          { id: 'p-undated', startMonth: null, endMonth: null },
        ],
      ),
    ).toEqual([
      {
        from: 'p',
        to: 'go',
        props: {
          weight: 3n,
          current: true,
          roles: ['p-c'],
          projects: ['p-tool', 'p-undated'],
          skill: false,
          firstUsed: BigInt(month(2019, 1)),
          spans: [BigInt(month(2019, 1)), BigInt(month(2020, 6))],
          months: 18n,
          currentSince: BigInt(month(2020, 3)),
          monthsBeforeCurrent: 14n,
        },
      },
      {
        from: 'p',
        to: 'kafka',
        props: {
          weight: 3n,
          current: false,
          roles: ['p-a'],
          projects: ['p-side'],
          skill: false,
          firstUsed: BigInt(month(2018, 1)),
          lastUsed: BigInt(month(2019, 6)),
          spans: [BigInt(month(2018, 1)), BigInt(month(2019, 6))],
          months: 18n,
        },
      },
    ]);
  });
});
