import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  type DatedUseProperties,
  usageAsOf,
  usageAsOfCypher,
  usageFilterCypher,
  usageIntervals,
  usageIntervalsCypher,
} from '../../src/career/usage-as-of.js';
import { cypher } from '../../src/db/cypher-query.js';
import { monthNumber as m } from '../../src/graph/months.js';
import { testExecutor } from '../support/database.js';
import { passesTimeFilter, type TimeFilter, usageCases } from '../support/usage-cases.js';

/** Every case at months before, inside and after its spans, the current role's start among them. */
const asOfs = [
  m(2009, 12),
  m(2012, 6),
  m(2015, 6),
  m(2019, 6),
  m(2023, 12),
  m(2024, 1),
  m(2024, 6),
  m(2025, 3),
  m(2026, 1),
];

const at = usageAsOfCypher('use', 'asOf');
const filters: TimeFilter[] = [
  { usedSince: m(2020, 1), usedBefore: null, minMonths: null },
  { usedSince: null, usedBefore: m(2019, 1), minMonths: null },
  { usedSince: null, usedBefore: null, minMonths: 13 },
  { usedSince: m(2012, 1), usedBefore: m(2018, 6), minMonths: 1 },
];
const evaluate = cypher(
  'test.usageAsOf',
  `UNWIND $cases AS item
   WITH item.use AS use, toInteger(item.asOf) AS asOf, item.key AS key
   RETURN key, { started: ${at.started}, current: ${at.current}, months: ${at.months},
     firstUsed: ${at.firstUsed}, lastUsed: ${at.lastUsed} } AS value,
     ${usageIntervalsCypher('use', 'asOf')} AS intervals,
     [filter IN $filters | ${usageFilterCypher('use', 'asOf').replaceAll('$', 'filter.')}] AS passes`,
);

/** The case as Neo4j stores it: integers, absent properties left out. */
function stored(use: DatedUseProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(use).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((n) => int(n)) : typeof value === 'number' ? int(value) : value,
    ]),
  );
}

describe('usageAsOf and usageAsOfCypher agree', () => {
  it('on every constructed use at every month asked, filters included', async () => {
    const cases = usageCases.flatMap(({ name, use }) =>
      asOfs.map((asOf) => ({ key: `${name} @ ${asOf}`, use: stored(use), asOf: int(asOf) })),
    );
    const rows = await testExecutor().read<{
      key: string;
      value: unknown;
      intervals: number[][];
      passes: boolean[];
    }>(evaluate, {
      cases,
      filters: filters.map((filter) =>
        Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === null ? null : int(v)])),
      ),
    });
    const expected = usageCases.flatMap(({ name, use }) =>
      asOfs.map((asOf) => {
        const facts = usageAsOf(use, asOf);
        return {
          key: `${name} @ ${asOf}`,
          value: facts,
          intervals: usageIntervals(use, asOf),
          passes: filters.map((filter) => passesTimeFilter(facts, filter)),
        };
      }),
    );
    expect(rows).toEqual(expected);
    // The cases reach every branch: some not started, some current, some cut, some undated.
    const values = expected.map((row) => row.value);
    expect(values.some((v) => !v.started)).toBe(true);
    expect(values.some((v) => v.current)).toBe(true);
    expect(values.some((v) => v.months === null)).toBe(true);
    expect(expected.some((row) => row.passes.some(Boolean) && row.passes.some((p) => !p))).toBe(true);
  });
});
