import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { monthNumber as m } from '../../src/graph/months.js';
import {
  cypherLastMonth,
  cypherListsOldestFirst,
  lastMonth,
  listsOldestFirst,
} from '../../src/resume/recency.js';
import { testExecutor } from '../support/database.js';

interface StoredRole {
  current: boolean;
  order: number;
  startMonth: number | null;
  endMonth: number | null;
}

const role = (
  order: number,
  startMonth: number | null,
  endMonth: number | null,
  current = false,
): StoredRole => ({
  current,
  order,
  startMonth,
  endMonth,
});

/** Careers built to reach every branch of both rules: who is current where, which dates are given. */
const careers: Record<string, StoredRole[]> = {
  newestFirst: [role(0, m(2021, 3), null, true), role(1, m(2015, 1), m(2020, 12))],
  oldestFirst: [role(0, m(2015, 1), m(2020, 12)), role(1, m(2021, 3), null, true)],
  noneCurrent: [role(0, null, m(2019, 6)), role(1, m(2010, 2), null), role(2, null, null)],
  twoCurrent: [role(0, m(2020, 1), null, true), role(1, m(2022, 5), null, true)],
  noRoles: [],
};

const id = (name: string) => `recency-test-${name}`;

const build = cypher(
  'test.recencyBuild',
  `UNWIND $careers AS career
   CREATE (person:Person {id: career.id})
   WITH person, career
   UNWIND career.roles AS props
   CREATE (person)-[:HELD]->(r:Role {id: career.id + '-' + toString(props.order)})
   SET r += props`,
);

const evaluate = cypher(
  'test.recencyEvaluate',
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})
   RETURN id, ${cypherListsOldestFirst('person', 'cr')} AS oldestFirst,
     COLLECT { MATCH (person)-[:HELD]->(r:Role) RETURN ${cypherLastMonth('r')} AS month ORDER BY r.order } AS lastMonths`,
);

/** Thrown to roll the built careers back, so the shared seeded graph is left as it was. */
class RollBack extends Error {}

describe('the recency rules in TypeScript and in Cypher agree', () => {
  it('on whether a document lists oldest first and on each role’s last month', async () => {
    const names = Object.keys(careers);
    let rows: { id: string; oldestFirst: boolean; lastMonths: (number | null)[] }[] = [];
    const outcome = await testExecutor()
      .transaction('test.recency', async (tx) => {
        await tx.run(build, {
          careers: names.map((name) => ({
            id: id(name),
            roles: (careers[name] ?? []).map((r) => ({
              current: r.current,
              order: int(r.order),
              startMonth: r.startMonth === null ? null : int(r.startMonth),
              endMonth: r.endMonth === null ? null : int(r.endMonth),
            })),
          })),
        });
        rows = await tx.run(evaluate, { ids: names.map(id) });
        throw new RollBack();
      })
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(RollBack);
    const left = await testExecutor().read<{ n: number }>(
      cypher('test.recencyLeft', 'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n'),
      { prefix: id('') },
    );
    expect(left).toEqual([{ n: 0 }]);

    const expected = names.map((name) => {
      const roles = careers[name] ?? [];
      return { id: id(name), oldestFirst: listsOldestFirst(roles), lastMonths: roles.map(lastMonth) };
    });
    expect([...rows].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...expected].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // The careers reach both answers of the oldest-first rule and every source of a last month.
    expect(expected.map((e) => e.oldestFirst)).toEqual([false, true, false, true, false]);
    expect(expected.find((e) => e.id === id('noneCurrent'))?.lastMonths).toEqual([
      m(2019, 6),
      m(2010, 2),
      null,
    ]);
  });
});
