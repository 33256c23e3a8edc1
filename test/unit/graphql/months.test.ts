import { describe, expect, it } from 'vitest';
import {
  coveredMonths,
  currentMonth,
  mergeSpans,
  roleMonths,
  spanMonths,
} from '../../../src/graph/months.js';
import type { EntityRecord } from '../../../src/graphql/entity-kind.js';

const month = (year: number, m: number) => year * 12 + m - 1;
const role = (props: Partial<EntityRecord>): EntityRecord => ({ id: 'r', kind: 'ROLE', ...props });

describe('month arithmetic', () => {
  it('numbers the current month in UTC', () => {
    expect(currentMonth(new Date('2026-11-21T23:00:00Z'))).toBe(month(2026, 11));
  });

  it('counts a role inclusively: 2019-02 to 2019-12 is 11 months', () => {
    expect(roleMonths(role({ startMonth: month(2019, 2), endMonth: month(2019, 12) }))).toBe(11);
  });

  it('runs a current role to now, and gives null without dates', () => {
    const now = month(2026, 11);
    expect(roleMonths(role({ startMonth: month(2025, 9), current: true }), now)).toBe(15);
    expect(roleMonths(role({ current: true }), now)).toBeNull();
  });

  it('counts overlapping roles once', () => {
    // 2019-01..2019-12 and 2019-07..2020-06 cover 18 months; 2022-01..2022-03 adds 3.
    const roles = [
      role({ startMonth: month(2019, 1), endMonth: month(2019, 12) }),
      role({ startMonth: month(2019, 7), endMonth: month(2020, 6) }),
      role({ startMonth: month(2022, 1), endMonth: month(2022, 3) }),
      role({}),
    ];
    expect(coveredMonths(roles)).toBe(21);
    expect(coveredMonths([role({})])).toBeNull();
  });

  it('merges overlapping and touching intervals into sorted spans and counts their months', () => {
    // 2020-01..2020-06 and 2020-04..2020-09 overlap; 2020-10..2020-12 touches them; 2022-01..2022-02 stands apart.
    const spans = mergeSpans([
      [month(2022, 1), month(2022, 2)],
      [month(2020, 4), month(2020, 9)],
      [month(2020, 1), month(2020, 6)],
      [month(2020, 10), month(2020, 12)],
    ]);
    expect(spans).toEqual([month(2020, 1), month(2020, 12), month(2022, 1), month(2022, 2)]);
    expect(spanMonths(spans)).toBe(14);
    // Before 2020-07: only 2020-01..2020-06.
    expect(spanMonths(spans, month(2020, 7))).toBe(6);
    expect(mergeSpans([])).toEqual([]);
  });
});
