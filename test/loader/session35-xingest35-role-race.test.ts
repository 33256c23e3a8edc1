import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { withDriver } from '../support/transactions.js';

/*
 * Session 35 (xingest35): two people's résumés give one new role id, and their loads run at once. The second load's
 * snapshot finds no such role; the first creates it and commits while the second waits on the role's index entry.
 * The second must not take that role over (a second HELD, its own properties over the first's): it runs again and
 * its collision check refuses the résumé, naming the role and its holder. The first load is stood for by a
 * transaction of the test's own that writes what it would (the person and the role it holds), held open until the
 * loader's transaction is seen blocked on it (SHOW TRANSACTIONS), then committed.
 */
const resume = (id: string, title: string) => ({
  file: `${id}.yaml`,
  text: `id: ${id}\nwork:\n  - name: Harrowgate Labs\n    positions:\n      - id: shared-role\n        position: ${title}\n        startDate: 2019-01\n        endDate: 2020-06\n`,
});

const holders = cypher(
  'test.roleHolders',
  "MATCH (p:Person)-[:HELD]->(r:Role {id: 'shared-role'}) RETURN p.id AS person, r.title AS title ORDER BY person",
);

/** Whether a load transaction is waiting for a lock another transaction holds. */
const loadBlocked = () =>
  withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.app = $app AND metaData.query = $name AND status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
      { app: TRANSACTION_APP, name: LOAD_TRANSACTION },
    );
    return Number(records[0]?.get('blocked') ?? 0) > 0;
  });

afterAll(clearDatabase);

describe('a new role id two résumés give, loaded at once', () => {
  it('stays the first holder’s; the second résumé is refused as a collision', {
    timeout: patientLimit(1),
  }, async () => {
    await clearDatabase();
    // Schema, and the loader's statements compiled, before the race.
    const warm = await loadResumes(testExecutor(), [
      {
        ...resume('warm', 'Engineer'),
        text: resume('warm', 'Engineer').text.replace('shared-role', 'warm-role'),
      },
    ]);
    expect(warm.failed).toEqual([]);

    const session = testExecutor().driver.session();
    try {
      const first = await session.beginTransaction();
      await first.run(
        "CREATE (:Person:Entity {id: 'ann'})-[:HELD]->(:Role:Entity {id: 'shared-role', title: 'Engineer'})",
      );
      const second = loadResumes(testExecutor(), [resume('bob', 'Staff Engineer')], { applySchema: false });
      try {
        await waitFor(`${LOAD_TRANSACTION} blocked on the uncommitted role`, loadBlocked);
      } finally {
        await first.commit();
      }
      const summary = await second;
      expect(summary.people).toBe(0);
      expect(summary.failed).toEqual([
        expect.objectContaining({
          file: 'bob.yaml',
          issues: [
            {
              file: 'bob.yaml',
              path: 'work[0].positions[0].id',
              found: 'the role id "shared-role", already held by person "ann"',
              expected: 'role ids unique across résumés (leave `id` out to get "<personId>-w<i>-p<j>")',
            },
          ],
        }),
      ]);
    } finally {
      await session.close();
    }
    expect(await testExecutor().read(holders)).toEqual([{ person: 'ann', title: 'Engineer' }]);
  });
});
