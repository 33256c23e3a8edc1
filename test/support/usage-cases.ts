import type { DatedUseProperties, UseAsOf } from '../../src/career/usage-as-of.js';
import { monthNumber as m } from '../../src/graph/months.js';

/**
 * USES relationships built by hand (as src/loader/technology-uses.ts would store them), each with
 * what it means as of June 2024, worked out from its months: test/unit/career/usage-as-of.test.ts
 * checks the TypeScript rule against these answers, test/db/usage-as-of.test.ts checks that the
 * Cypher rule agrees with the TypeScript one.
 */
export const usageCases: {
  name: string;
  use: DatedUseProperties;
  june2024: { started: boolean; current: boolean; months: number | null; lastUsed: number | null };
}[] = [
  {
    name: 'a past span: its months, ended at its end',
    use: { spans: [m(2018, 3), m(2019, 6)], firstUsed: m(2018, 3), lastUsed: m(2019, 6), current: false },
    june2024: { started: true, current: false, months: 16, lastUsed: m(2019, 6) },
  },
  {
    name: 'a current role since 2024-01 over a span 2023-10..2024-02: the overlap once',
    use: {
      spans: [m(2018, 3), m(2019, 6), m(2023, 10), m(2024, 2)],
      firstUsed: m(2018, 3),
      current: true,
      currentSince: m(2024, 1),
    },
    // 2018-03..2019-06 (16) and 2023-10..2024-06 (9)
    june2024: { started: true, current: true, months: 25, lastUsed: m(2024, 6) },
  },
  {
    name: 'a span running past asOf: cut at asOf',
    use: { spans: [m(2023, 1), m(2025, 12)], firstUsed: m(2023, 1), lastUsed: m(2025, 12), current: false },
    june2024: { started: true, current: false, months: 18, lastUsed: m(2024, 6) },
  },
  {
    name: 'a use that starts after asOf: not started',
    use: { spans: [m(2025, 1), m(2025, 6)], firstUsed: m(2025, 1), lastUsed: m(2025, 6), current: false },
    june2024: { started: false, current: false, months: 0, lastUsed: null },
  },
  {
    name: 'a current role that starts after asOf, after an earlier span',
    use: { spans: [m(2020, 1), m(2020, 12)], firstUsed: m(2020, 1), current: true, currentSince: m(2025, 1) },
    june2024: { started: true, current: false, months: 12, lastUsed: m(2020, 12) },
  },
  {
    name: 'nothing dated',
    use: { current: false },
    june2024: { started: true, current: false, months: null, lastUsed: null },
  },
  {
    name: 'a current role without a start',
    use: { current: true },
    june2024: { started: true, current: true, months: null, lastUsed: m(2024, 6) },
  },
  {
    name: 'two spans around asOf 2015-06 (answers for June 2024)',
    use: {
      spans: [m(2010, 1), m(2012, 12), m(2020, 1), m(2022, 12)],
      firstUsed: m(2010, 1),
      lastUsed: m(2022, 12),
      current: false,
    },
    june2024: { started: true, current: false, months: 72, lastUsed: m(2022, 12) },
  },
  {
    name: 'only an end month known',
    use: { lastUsed: m(2019, 5), current: false },
    june2024: { started: true, current: false, months: null, lastUsed: m(2019, 5) },
  },
];

/** The time filters as the queries take them: month numbers and a number of months, null when not given. */
export interface TimeFilter {
  usedSince: number | null;
  usedBefore: number | null;
  minMonths: number | null;
}

/**
 * Whether a use with these facts (as of some month) passes `filter`, by the rule
 * src/career/usage-as-of.ts states: started, last used in `usedSince` or later, first used before
 * `usedBefore`, for at least `minMonths` months.
 */
export function passesTimeFilter(facts: UseAsOf, filter: TimeFilter): boolean {
  return (
    facts.started &&
    (filter.usedSince === null || (facts.lastUsed !== null && facts.lastUsed >= filter.usedSince)) &&
    (filter.usedBefore === null || (facts.firstUsed !== null && facts.firstUsed < filter.usedBefore)) &&
    (filter.minMonths === null || (facts.months ?? 0) >= filter.minMonths)
  );
}
