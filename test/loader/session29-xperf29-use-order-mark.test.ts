import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema, ensureUseOrder } from '../../src/graph/apply-schema.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * ensureUseOrder (src/graph/apply-schema.ts) on a graph whose USES lost their order properties:
 * the backfill runs in batches of people and then marks the graph, so that later starts read the
 * mark alone instead of every USES.
 */

const resume = (id: string, technologies: string[]) => ({
  file: `${id}.yaml`,
  text: `id: ${id}
work:
  - name: Acme Widgets
    positions:
      - { id: ${id}-role, position: Dev, startDate: 2015-01, endDate: 2017-12, technologies: [${technologies.join(', ')}] }
`,
});

const people = [
  resume('um-a', ['Kafka', 'Go']),
  resume('um-b', ['Kafka']),
  resume('um-c', ['Go', 'Rust']),
  resume('um-d', ['Rust']),
  resume('um-e', ['Kafka', 'Rust', 'Go']),
];

const forgetAll = cypher(
  'test.useOrderMark.forget',
  `MATCH ()-[u:USES]->() REMOVE u.person, u.technology
   WITH count(*) AS forgotten
   OPTIONAL MATCH (m:SchemaMark) DELETE m`,
);

const forgetOne = cypher(
  'test.useOrderMark.forgetOne',
  'MATCH (:Person {id: $id})-[u:USES]->() REMOVE u.person, u.technology',
);

const ordered = cypher(
  'test.useOrderMark.ordered',
  `MATCH (p:Person)-[u:USES]->(t:Technology)
   RETURN p.id AS person, count(*) AS uses,
     sum(CASE WHEN u.person = p.id AND u.technology = t.id THEN 1 ELSE 0 END) AS ordered
   ORDER BY person`,
);

const marks = cypher('test.useOrderMark.marks', 'MATCH (m:SchemaMark) RETURN m.name AS name');

async function orderedUses(): Promise<Record<string, string>> {
  const rows = await testExecutor().read<{ person: string; uses: number; ordered: number }>(ordered);
  return Object.fromEntries(rows.map((row) => [row.person, `${row.ordered}/${row.uses}`]));
}

describe('the USES order backfill and its mark', () => {
  beforeAll(async () => {
    await applySchema(testExecutor());
    await clearDatabase();
    expect((await loadResumes(testExecutor(), people)).failed).toEqual([]);
  });

  it('writes every USES of every person across batches of two people, then marks the graph', async () => {
    await testExecutor().write(forgetAll);
    expect(await orderedUses()).toEqual({
      'um-a': '0/2',
      'um-b': '0/1',
      'um-c': '0/2',
      'um-d': '0/1',
      'um-e': '0/3',
    });
    expect(await testExecutor().read(marks)).toEqual([]);
    await ensureUseOrder(testExecutor(), 2);
    expect(await orderedUses()).toEqual({
      'um-a': '2/2',
      'um-b': '1/1',
      'um-c': '2/2',
      'um-d': '1/1',
      'um-e': '3/3',
    });
    expect(await testExecutor().read(marks)).toEqual([{ name: 'useOrder' }]);
  });

  it('once marked, reads the mark only: what a writer outside the loader removes stays removed', async () => {
    await testExecutor().write(forgetOne, { id: 'um-c' });
    await ensureUseOrder(testExecutor(), 2);
    expect((await orderedUses())['um-c']).toBe('0/2');
    expect(await testExecutor().read(marks)).toEqual([{ name: 'useOrder' }]);
  });
});
