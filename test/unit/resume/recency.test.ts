import { describe, expect, it } from 'vitest';
import { byRecency, lastMonth, listsOldestFirst, type Recency } from '../../../src/resume/recency.js';

const at = (order: number, lastMonth: number | null, current = false): Recency => ({
  current,
  lastMonth,
  order,
});
const sorted = (items: Recency[], oldestFirst = false) =>
  [...items].sort(byRecency(oldestFirst)).map((item) => item.order);

describe('byRecency', () => {
  it('puts what is held now first, then the later last month, then undated', () => {
    expect(sorted([at(0, 100), at(1, null), at(2, 50, true), at(3, 120)])).toEqual([2, 3, 0, 1]);
  });

  it('leaves ties to the document, read in its own direction', () => {
    expect(sorted([at(0, null), at(1, null), at(2, 80), at(3, 80)])).toEqual([2, 3, 0, 1]);
    expect(sorted([at(0, null), at(1, null), at(2, 80), at(3, 80)], true)).toEqual([3, 2, 1, 0]);
  });

  it('reads a document as oldest first when it lists a current position after another', () => {
    expect(
      listsOldestFirst([
        { current: true, order: 0 },
        { current: false, order: 1 },
      ]),
    ).toBe(false);
    expect(
      listsOldestFirst([
        { current: false, order: 0 },
        { current: true, order: 1 },
      ]),
    ).toBe(true);
    expect(listsOldestFirst([])).toBe(false);
  });

  it('takes a position’s last month from its end, else its start, else none', () => {
    expect(lastMonth({ startMonth: 10, endMonth: 20 })).toBe(20);
    expect(lastMonth({ startMonth: 10, endMonth: null })).toBe(10);
    expect(lastMonth({ startMonth: null, endMonth: 20 })).toBe(20);
    expect(lastMonth({ startMonth: null, endMonth: null })).toBeNull();
  });
});
