import { describe, expect, it } from 'vitest';
import { coveredMonths, currentMonth, roleMonths } from '../../../src/graph/months.js';
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
});
