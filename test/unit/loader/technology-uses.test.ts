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
          months: 36n,
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
});
