import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';

const deleteEverything = cypher(
  'test.clearDatabase',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
);

/** Empties the graph (schema stays). CALL { } IN TRANSACTIONS needs an implicit transaction. */
export async function clearDatabase(executor: Executor): Promise<void> {
  const session = executor.driver.session();
  try {
    await session.run(deleteEverything.text);
  } finally {
    await session.close();
  }
}
