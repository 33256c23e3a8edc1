import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { whileTechnologyLocked } from '../support/held-lock.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { running } from '../support/transactions.js';

/*
 * A load transaction whose commit outlasts the Executor's wait, and whose recheck fails too: Bob's
 * and Carl's roles link to Java, which another transaction holds a write lock on (Neo4j takes it
 * when the commit is sent, see session31-xapi31-unknown-outcome.test.ts). The recheck waits for the
 * locks of the first commit, still pending, and runs out of time. Neither file is known to be in
 * the graph, or out of it: both are listed at once as possibly in the graph, not split into
 * transactions of their own, and once the lock is let go the first commit is applied. The lock is
 * held until the load has answered, and the graph read once no load transaction is left running:
 * events, not times, whatever the machine's speed.
 */
const file = (id: string, company: string) => ({
  file: `${id}.yaml`,
  text: `id: ${id}\nwork:\n  - name: ${company}\n    position: Engineer\n    startDate: 2016-01\n    technologies: [Java]\n`,
});
const ann = file('ann', 'Harrowgate Labs');
const bob = file('bob', 'Quillon Works');
const carl = file('carl', 'Marrow Foundry');

/** The load's transaction timeout. */
const TIMEOUT_MS = 4000;

const usersOfJava = cypher(
  'test.usersOfJava',
  "MATCH (p:Person)-[:HELD]->(:Role)-[:USED]->(:Technology {id: 'java'}) RETURN p.id AS id ORDER BY id",
);

afterAll(clearDatabase);

describe('a load transaction whose outcome stays unknown', () => {
  // The lock held until the load answers, then a wait for its commit to end (patientLimit: each may fail at PATIENCE_MS).
  it('lists its files at once as possibly in the graph, and they are once the commit goes through', {
    timeout: patientLimit(2),
  }, async () => {
    await clearDatabase();
    const first = await loadResumes(testExecutor(), [ann], { applySchema: false });
    expect(first.failed).toEqual([]);

    const summary = await whileTechnologyLocked('java', () =>
      loadResumes(testExecutor().withTimeout(TIMEOUT_MS), [bob, carl], { applySchema: false }),
    );
    expect(summary.rechecks?.map((recheck) => recheck.files)).toEqual([2]);
    expect(summary.splits).toBeUndefined();
    expect(summary.people).toBe(0);
    expect(summary.failed.map((failed) => [failed.file, failed.mayBeInGraph])).toEqual([
      ['bob.yaml', true],
      ['carl.yaml', true],
    ]);
    expect(summary.failed[0]?.message).toMatch(
      /^bob\.yaml: may be in the graph: a commit of its transaction went unanswered, and loading it again failed: /,
    );
    // The abandoned commit, let go, ends its transaction.
    await waitFor(
      `the abandoned ${LOAD_TRANSACTION}, its lock let go, to end`,
      async () => (await running([LOAD_TRANSACTION])).length === 0,
    );
    const rows = await testExecutor().read<{ id: string }>(usersOfJava);
    expect(rows.map((row) => row.id)).toEqual(['ann', 'bob', 'carl']);
  });
});
