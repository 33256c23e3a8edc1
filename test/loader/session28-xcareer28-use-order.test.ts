import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema, ensureUseOrder } from '../../src/graph/apply-schema.js';
import { usesIndexHint } from '../../src/graph/queries/use-order.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * The order properties a load writes on USES (src/graph/queries/use-order.ts), and the index walks
 * that read them, after a first load, a changed reload, a delete, and on a graph that lost them
 * (written before they existed).
 */

const resume = (id: string, body: string) => ({ file: `${id}.yaml`, text: `id: ${id}\n${body}` });

const first = [
  // Kafka 2015-01..2017-12 (36 months), then current since 2020-01.
  resume(
    'uo-a',
    `work:
  - name: Acme Widgets
    positions:
      - { id: uo-a-old, position: Dev, startDate: 2015-01, endDate: 2017-12, technologies: [Kafka] }
      - { id: uo-a-now, position: Lead, startDate: 2020-01, current: true, technologies: [Kafka, Go] }
`,
  ),
  // Kafka 2010-01..2019-12: 120 months, last used 2019-12.
  resume(
    'uo-b',
    `work:
  - name: Acme Widgets
    positions:
      - { id: uo-b-old, position: Dev, startDate: 2010-01, endDate: 2019-12, technologies: [Kafka] }
`,
  ),
  // Kafka as a listed skill only; current in a role without a start (Go).
  resume(
    'uo-c',
    `work:
  - name: Acme Widgets
    positions:
      - { id: uo-c-now, position: Dev, current: true, technologies: [Go] }
skills:
  - { name: Tools, keywords: [Kafka] }
`,
  ),
];

const uses = cypher(
  'test.useOrder',
  `MATCH (p:Person)-[u:USES]->(t:Technology)
   RETURN p.id + ' ' + t.id AS key, u.person = p.id AND u.technology = t.id AS ends
   ORDER BY key`,
);

const byPerson = cypher(
  'test.useOrder.byPerson',
  `MATCH ()-[u:USES]->() ${usesIndexHint('u', 'byPerson')}
   WHERE u.technology = $technology AND u.person IS NOT NULL
   RETURN u.person AS person ORDER BY u.person`,
);

// A graph loaded before the order properties existed has neither them nor the mark that the backfill is done.
const forget = cypher(
  'test.useOrder.forget',
  `MATCH (:Person {id: $id})-[u:USES]->() REMOVE u.person, u.technology
   WITH count(*) AS forgotten
   OPTIONAL MATCH (mark:SchemaMark {name: 'useOrder'}) DELETE mark`,
);

async function walk(technology: string): Promise<string[]> {
  const rows = await testExecutor().read<{ person: string }>(byPerson, { technology });
  return rows.map((row) => row.person);
}

/** The person and technology of every USES, each with whether it names both its ends. */
async function stored(): Promise<Record<string, boolean>> {
  const rows = await testExecutor().read<{ key: string; ends: boolean }>(uses);
  return Object.fromEntries(rows.map((row) => [row.key, row.ends]));
}

describe('USES order properties and their index walks', () => {
  beforeAll(async () => {
    await applySchema(testExecutor());
    await clearDatabase();
    expect((await loadResumes(testExecutor(), first)).failed).toEqual([]);
  });

  it('are written by the load with the ids of both ends', async () => {
    expect(await stored()).toEqual({
      'uo-a go': true,
      'uo-a kafka': true,
      'uo-b kafka': true,
      'uo-c go': true,
      'uo-c kafka': true,
    });
    expect(await walk('kafka')).toEqual(['uo-a', 'uo-b', 'uo-c']);
    expect(await walk('go')).toEqual(['uo-a', 'uo-c']);
  });

  it('follow a changed reload and a delete', async () => {
    const changed = [
      // uo-a drops Kafka; uo-b holds it again, current since 2024-01 after its 120 months.
      resume(
        'uo-a',
        `work:
  - name: Acme Widgets
    positions:
      - { id: uo-a-now, position: Lead, startDate: 2020-01, current: true, technologies: [Go] }
`,
      ),
      resume(
        'uo-b',
        `work:
  - name: Acme Widgets
    positions:
      - { id: uo-b-old, position: Dev, startDate: 2010-01, endDate: 2019-12, technologies: [Kafka] }
      - { id: uo-b-now, position: Lead, startDate: 2024-01, current: true, technologies: [Kafka] }
`,
      ),
    ];
    expect((await loadResumes(testExecutor(), changed)).failed).toEqual([]);
    await deletePerson(testExecutor(), 'uo-c');
    expect(await stored()).toEqual({ 'uo-a go': true, 'uo-b kafka': true });
    expect(await walk('kafka')).toEqual(['uo-b']);
    expect(await walk('go')).toEqual(['uo-a']);
  });

  it('are written again on a graph loaded before they existed', async () => {
    await testExecutor().write(forget, { id: 'uo-b' });
    expect(await walk('kafka')).toEqual([]);
    await ensureUseOrder(testExecutor());
    expect(await stored()).toEqual({ 'uo-a go': true, 'uo-b kafka': true });
    expect(await walk('kafka')).toEqual(['uo-b']);
  });
});
