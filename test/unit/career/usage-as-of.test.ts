import { describe, expect, it } from 'vitest';
import { usageAsOf, usageIntervals } from '../../../src/career/usage-as-of.js';
import { monthNumber } from '../../../src/graph/months.js';
import { usageCases } from '../../support/usage-cases.js';

const m = monthNumber;

describe('usageIntervals', () => {
  it('reads spans as pairs and runs a current use from its start to asOf', () => {
    expect(
      usageIntervals(
        { spans: [m(2018, 3), m(2019, 6)], current: true, currentSince: m(2021, 1) },
        m(2022, 5),
      ),
    ).toEqual([
      [m(2018, 3), m(2019, 6)],
      [m(2021, 1), m(2022, 5)],
    ]);
  });

  it('cannot place a current use without a start, nor one that starts after asOf', () => {
    expect(usageIntervals({ spans: [], current: true, currentSince: null }, m(2022, 5))).toEqual([]);
    expect(usageIntervals({ spans: [], current: true, currentSince: m(2023, 1) }, m(2022, 5))).toEqual([]);
  });

  it('leaves out spans that start after asOf and cuts the one running past it', () => {
    const use = {
      spans: [m(2018, 1), m(2018, 12), m(2020, 1), m(2023, 6), m(2024, 1), m(2024, 3)],
      current: false,
    };
    expect(usageIntervals(use, m(2021, 6))).toEqual([
      [m(2018, 1), m(2018, 12)],
      [m(2020, 1), m(2021, 6)],
    ]);
  });
});

describe('usageAsOf', () => {
  const asOf = m(2024, 6);
  for (const { name, use, june2024 } of usageCases) {
    it(`as of 2024-06: ${name}`, () => {
      expect(usageAsOf(use, asOf)).toEqual({ ...june2024, firstUsed: use.firstUsed ?? null });
    });
  }

  it('counts only what lies before asOf: 2010..2012 as of 2015-06, last used 2012-12', () => {
    const use = {
      spans: [m(2010, 1), m(2012, 12), m(2020, 1), m(2022, 12)],
      firstUsed: m(2010, 1),
      lastUsed: m(2022, 12),
      current: false,
    };
    expect(usageAsOf(use, m(2015, 6))).toEqual({
      started: true,
      current: false,
      months: 36,
      firstUsed: m(2010, 1),
      lastUsed: m(2012, 12),
    });
  });
});
