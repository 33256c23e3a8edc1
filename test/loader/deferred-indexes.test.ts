import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { lockPeople } from '../../src/graph/queries/lock-people.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { LoadSummary } from '../../src/loader/load-summary.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { patientLimit, waitFor } from '../support/patience.js';

/*
 * A bulk load into an empty graph builds the indexes only the API's questions read after its
 * résumés; into a graph that holds anything (one a run stopped half way left, say), before them.
 * To look at the schema while a load runs, the first test holds one résumé's person (created in
 * a transaction of its own, uncommitted): the load waits on it (lockPeople) until the test rolls it
 * back.
 */

/** The indexes of the schema that the loader does not read itself (src/graph/apply-schema.ts QUERY_INDEXES). */
const QUERY_INDEXES = [
  'company_lookup_keys',
  'entity_search',
  'lookup_keys_fuzzy',
  'role_start_month',
  'technology_category',
  'technology_lookup_keys',
  'tenure_by_last',
  'tenure_by_last_start',
  'tenure_by_length_start',
  'tenure_by_person',
  'tenure_by_start',
  'uses_by_person',
  'uses_by_start',
];

const held = `
id: deferred-held
basics: { label: Zyrtaxian engineer }
work:
  - name: Google
    positions:
      - { position: SRE, startDate: 2019-01, current: true, technologies: [Kubernetes] }
`;

const other = `
id: deferred-other
basics: { label: Quobblish developer }
work:
  - name: Google
    positions:
      - { position: Engineer, startDate: 2018-03, endDate: 2020-06, technologies: [Go] }
`;

const sources = [
  { file: 'held.yaml', text: held },
  { file: 'other.yaml', text: other },
];

const showIndexes = cypher(
  'test.queryIndexes',
  'SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state ORDER BY name',
);
const dropIndex = (name: string) => cypher('test.dropIndex', `DROP INDEX ${name} IF EXISTS`);
const searchPeople = cypher(
  'test.searchPeople',
  "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node RETURN node.id AS id ORDER BY id",
);
const loaderWaiting = cypher(
  'test.loaderWaiting',
  'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $text RETURN count(*) AS waiting',
);

async function queryIndexes(): Promise<{ name: string; state: string }[]> {
  return testExecutor().read<{ name: string; state: string }>(showIndexes, { names: QUERY_INDEXES });
}

async function dropQueryIndexes(): Promise<void> {
  for (const name of QUERY_INDEXES) await testExecutor().write(dropIndex(name));
}

/**
 * Loads `sources` while a transaction of the test holds the person `deferred-held` (uncommitted),
 * and returns the query indexes as they stand while the load waits on it, and the load's summary.
 */
async function loadWhileHeld(): Promise<{ during: { name: string; state: string }[]; summary: LoadSummary }> {
  const session = testExecutor().driver.session();
  const blocker = session.beginTransaction();
  try {
    await blocker.run("CREATE (:Person {id: 'deferred-held'})");
    const loading = loadResumes(testExecutor(), sources, { concurrency: 1, batchSize: 1 });
    await waitFor(
      'the load to reach the held person',
      async () => {
        const [row] = await testExecutor().read<{ waiting: number }>(loaderWaiting, {
          text: lockPeople.text,
        });
        return (row?.waiting ?? 0) > 0;
      },
      { everyMs: 50 },
    );
    const during = await queryIndexes();
    await blocker.rollback();
    return { during, summary: await loading };
  } finally {
    await session.close();
  }
}

afterAll(async () => {
  await clearDatabase();
  await applySchema(testExecutor());
});

describe('the indexes only questions read, on a bulk load', () => {
  // A wait for the load to reach the held person, then a load and index builds (patientLimit).
  it('are built after the résumés of a load into an empty graph, then answer searches', {
    timeout: patientLimit(1),
  }, async () => {
    await clearDatabase();
    await dropQueryIndexes();
    const { during, summary } = await loadWhileHeld();
    expect(during).toEqual([]);
    expect(summary.failed).toEqual([]);
    expect(summary.people).toBe(2);
    expect(await queryIndexes()).toEqual(QUERY_INDEXES.map((name) => ({ name, state: 'ONLINE' })));
    expect(await testExecutor().read(searchPeople, { query: 'zyrtaxian OR quobblish' })).toEqual([
      { id: 'deferred-held' },
      { id: 'deferred-other' },
    ]);
  });

  it('are built by the next load when a run stopped half way, into a graph that is not empty', async () => {
    await clearDatabase();
    await dropQueryIndexes();
    // What a run stopped half way leaves: some résumés written, the query indexes not yet built.
    await loadResumes(testExecutor(), [{ file: 'other.yaml', text: other }], { applySchema: false });
    expect(await queryIndexes()).toEqual([]);
    const summary = await loadResumes(testExecutor(), sources);
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ people: 2, unchanged: 1 });
    expect(await queryIndexes()).toEqual(QUERY_INDEXES.map((name) => ({ name, state: 'ONLINE' })));
    expect(await testExecutor().read(searchPeople, { query: 'zyrtaxian OR quobblish' })).toEqual([
      { id: 'deferred-held' },
      { id: 'deferred-other' },
    ]);
  });
});
