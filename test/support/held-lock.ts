import { cypher } from '../../src/db/cypher-query.js';
import { testExecutor } from './database.js';
import { within } from './patience.js';

const holdTechnology = cypher('test.holdTechnology', 'MATCH (t:Technology {id: $id}) SET t.held = true');

/**
 * Runs `work` while another transaction holds the write lock of technology `id`, taken before `work` starts and let
 * go once `releaseWhen` resolves or `work` ends, whichever comes first: a commit that needs the lock waits for that
 * event, not for a time. `releaseWhen`'s signal is aborted once the lock is let go. If neither comes within
 * PATIENCE_MS (inside the test database's own 60 s transaction limit, which would end the holder), or `releaseWhen`
 * fails, the lock is let go too and this fails so, naming it, once `work` has ended. Otherwise it resolves with what
 * `work` returned. The holding transaction is rolled back: the graph is as it was.
 */
export async function whileTechnologyLocked<T>(
  id: string,
  work: () => Promise<T>,
  releaseWhen?: (stop: AbortSignal) => Promise<unknown>,
): Promise<T> {
  const holder = testExecutor().driver.session();
  try {
    const held = await holder.beginTransaction();
    await held.run(holdTechnology.text, { id });
    const working = work();
    const stop = new AbortController();
    const released = releaseWhen?.(stop.signal);
    try {
      await within(
        `the work under technology ${id}'s lock to end${releaseWhen ? ', or its release event' : ''}`,
        Promise.race([
          working.then(
            () => {},
            () => {},
          ),
          ...(released ? [released] : []),
        ]),
      );
    } finally {
      stop.abort();
      await held.rollback().catch(() => {});
      await Promise.allSettled([working, released]);
    }
    return await working;
  } finally {
    await holder.close();
  }
}
