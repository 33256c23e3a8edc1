import { cypher } from '../../src/db/cypher-query.js';
import { testExecutor } from './database.js';

const holdTechnology = cypher('test.holdTechnology', 'MATCH (t:Technology {id: $id}) SET t.held = true');

/**
 * Runs `work` while another transaction holds the write lock of technology `id`, taken before `work` starts and let
 * go `holdMs` after that (not after `work` ends), so a commit that needs the lock waits for exactly that long. The
 * holding transaction is rolled back: the graph is as it was.
 */
export async function whileTechnologyLocked<T>(
  id: string,
  holdMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const holder = testExecutor().driver.session();
  try {
    const held = await holder.beginTransaction();
    await held.run(holdTechnology.text, { id });
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        held.rollback().then(resolve, resolve);
      }, holdMs),
    );
    try {
      return await work();
    } finally {
      await released;
    }
  } finally {
    await holder.close();
  }
}
