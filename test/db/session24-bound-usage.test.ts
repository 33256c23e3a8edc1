import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { type DatedUseProperties, usageAsOf, usageFilterCypher } from '../../src/career/usage-as-of.js';
import { cypher } from '../../src/db/cypher-query.js';
import { mulberry32 } from '../../src/generate/mulberry32.js';
import { monthNumber as m } from '../../src/graph/months.js';
import { type DatedPosition, type DatedProject, technologyUses } from '../../src/loader/technology-uses.js';
import { testExecutor } from '../support/database.js';
import { passesTimeFilter, type TimeFilter } from '../support/usage-cases.js';

/*
 * usageFilterCypher reads a use's months and last use from its stored `months` and
 * `monthsBeforeCurrent` when the use is settled at asOf (ended by then, or its current role
 * started by then). These uses are made by the loader's own technologyUses from random positions
 * and projects (dates missing, ends before starts, current roles with and without a start), so
 * they carry those properties as a load stores them; the Cypher filter must pass exactly the uses
 * the TypeScript rule (usageAsOf) passes, at months before, among and after their dates.
 */

const first = m(2008, 1);
const last = m(2026, 6);

function randomUses(count: number, seed: number): DatedUseProperties[] {
  const next = mulberry32(seed);
  const monthIn = () => first + Math.floor(next() * (last - first + 1));
  const maybe = (share: number, value: () => number) => (next() < share ? value() : null);
  const uses: DatedUseProperties[] = [];
  for (let index = 0; index < count; index += 1) {
    const person = `p${index}`;
    const positions: DatedPosition[] = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => {
      const current = next() < 0.3;
      const startMonth = maybe(0.9, monthIn);
      // Mostly after the start; sometimes before it (a résumé's slip), sometimes missing.
      const endMonth = current
        ? null
        : maybe(0.85, () => (startMonth ?? monthIn()) + Math.floor(next() * 60) - 4);
      return { id: `${person}-r${k}`, startMonth, endMonth, current };
    });
    const projects: DatedProject[] =
      next() < 0.4
        ? [{ id: `${person}-pr`, startMonth: maybe(0.7, monthIn), endMonth: maybe(0.7, monthIn) }]
        : [];
    const rows = technologyUses(
      person,
      {
        roleUsed: positions.map((position) => ({ from: position.id, to: 't', props: {} })),
        roleWorkedOn: [],
        personWorkedOn: projects.map((project) => ({ from: person, to: project.id, props: {} })),
        projectUsed: projects.map((project) => ({ from: project.id, to: 't', props: {} })),
        skilledIn: next() < 0.2 ? [{ from: person, to: 't', props: {} }] : [],
      },
      positions,
      projects,
    );
    const props = rows[0]?.props ?? {};
    const number = (value: unknown) => (typeof value === 'bigint' ? Number(value) : undefined);
    uses.push({
      current: props.current === true,
      spans: Array.isArray(props.spans) ? props.spans.map((value) => Number(value)) : undefined,
      firstUsed: number(props.firstUsed),
      lastUsed: number(props.lastUsed),
      currentSince: number(props.currentSince),
      months: number(props.months),
      monthsBeforeCurrent: number(props.monthsBeforeCurrent),
    });
  }
  return uses;
}

const asOfs = [
  m(2007, 6),
  m(2012, 3),
  m(2016, 9),
  m(2020, 1),
  m(2023, 6),
  m(2026, 6),
  m(2026, 11),
  m(2031, 1),
];
const filters: TimeFilter[] = [
  { usedSince: m(2020, 1), usedBefore: null, minMonths: 6 },
  { usedSince: m(2024, 1), usedBefore: null, minMonths: null },
  { usedSince: null, usedBefore: m(2015, 1), minMonths: 12 },
  { usedSince: null, usedBefore: null, minMonths: 30 },
  { usedSince: m(2012, 1), usedBefore: m(2019, 6), minMonths: 1 },
  { usedSince: null, usedBefore: null, minMonths: 0 },
];

const evaluate = cypher(
  'test.session24.usageFilter',
  `UNWIND $cases AS item
   WITH item.use AS use, toInteger(item.asOf) AS asOf, item.key AS key
   RETURN key, [filter IN $filters | ${usageFilterCypher('use', 'asOf').replaceAll('$', 'filter.')}] AS passes`,
);

/** The use as Neo4j stores it: integers, absent properties left out. */
function stored(use: DatedUseProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(use)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [
        key,
        Array.isArray(value) ? value.map((n) => int(n)) : typeof value === 'number' ? int(value) : value,
      ]),
  );
}

describe('usageFilterCypher on uses as the loader stores them', () => {
  it('passes exactly what usageAsOf passes, settled or not', async () => {
    const uses = randomUses(300, 24);
    const cases = uses.flatMap((use, index) =>
      asOfs.map((asOf) => ({ key: `${index} @ ${asOf}`, use: stored(use), asOf: int(asOf) })),
    );
    const rows = await testExecutor().read<{ key: string; passes: boolean[] }>(evaluate, {
      cases,
      filters: filters.map((filter) =>
        Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === null ? null : int(v)])),
      ),
    });
    const expected = uses.flatMap((use, index) =>
      asOfs.map((asOf) => {
        const facts = usageAsOf(use, asOf);
        return {
          key: `${index} @ ${asOf}`,
          passes: filters.map((filter) => passesTimeFilter(facts, filter)),
        };
      }),
    );
    expect(rows).toEqual(expected);

    // Both the stored-property path and the walk over spans are taken, and both ways of filtering.
    const settled = uses.flatMap((use) =>
      asOfs.map((asOf) =>
        use.current
          ? use.currentSince != null && use.currentSince <= asOf
          : use.lastUsed != null && use.lastUsed <= asOf,
      ),
    );
    expect(settled.filter(Boolean).length).toBeGreaterThan(500);
    expect(settled.filter((value) => !value).length).toBeGreaterThan(500);
    const passes = expected.flatMap((row) => row.passes);
    expect(passes.filter(Boolean).length).toBeGreaterThan(300);
    expect(passes.filter((value) => !value).length).toBeGreaterThan(300);
  });
});
