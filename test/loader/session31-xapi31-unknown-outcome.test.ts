import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { whileTechnologyLocked } from '../support/held-lock.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { running } from '../support/transactions.js';

/*
 * A load transaction whose commit outlasts the Executor's wait: Bob's résumé links his role to
 * Java, a node Ann's load made and another transaction holds a write lock on. Neo4j takes the lock
 * for a new relationship when it commits, so Bob's commit waits for it past every limit the
 * Executor keeps (the transaction's timeout and its grace, then one more timeout for a commit in
 * flight), and is applied once the lock is let go. The loader must neither report Bob failed nor
 * lose him: it loads the transaction again (which finds him written) and says so in the summary.
 * The lock is let go once that second transaction is seen running beside the first (SHOW
 * TRANSACTIONS): the Executor has given up on the first, whatever the machine's speed, and the
 * second, waiting for Bob's first commit, has its whole timeout left to find him written.
 */
const ann = {
  file: 'ann.yaml',
  text: 'id: ann\nwork:\n  - name: Harrowgate Labs\n    position: Engineer\n    startDate: 2015-01\n    technologies: [Java]\n',
};
const bob = {
  file: 'bob.yaml',
  text: 'id: bob\nwork:\n  - name: Quillon Works\n    position: Engineer\n    startDate: 2016-01\n    technologies: [Java]\n',
};

/** The load's transaction timeout. */
const TIMEOUT_MS = 4000;

const bobUsesJava = cypher(
  'test.bobUsesJava',
  "MATCH (:Person {id: 'bob'})-[:HELD]->(:Role)-[:USED]->(t:Technology {id: 'java'}) RETURN count(t) AS n",
);

afterAll(clearDatabase);

describe('a load transaction whose outcome went unknown', () => {
  // The lock held until the recheck runs or the load answers (patientLimit: it may fail at PATIENCE_MS).
  it('is loaded again whole: the file counts loaded once, is not reported failed, and the graph has it', {
    timeout: patientLimit(1),
  }, async () => {
    await clearDatabase();
    const first = await loadResumes(testExecutor(), [ann], { applySchema: false });
    expect(first.failed).toEqual([]);

    const summary = await whileTechnologyLocked(
      'java',
      () => loadResumes(testExecutor().withTimeout(TIMEOUT_MS), [bob], { applySchema: false }),
      (stop) =>
        waitFor(
          `a second ${LOAD_TRANSACTION} (the recheck) beside the first`,
          async () => (await running([LOAD_TRANSACTION])).length >= 2,
          { stop },
        ),
    );
    expect(summary.failed).toEqual([]);
    expect(summary.people).toBe(1);
    expect(summary.rechecks?.length).toBe(1);
    expect(summary.rechecks?.[0]?.message).toContain('its commit was sent');
    const [row] = await testExecutor().read<{ n: number }>(bobUsesJava);
    expect(Number(row?.n)).toBe(1);
  });
});
