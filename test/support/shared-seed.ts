import { inject } from 'vitest';
import type { Config } from '../../src/config.js';
import type { Executor } from '../../src/db/Executor.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { clearDatabase } from './database.js';
import { graphFingerprint } from './graph-fingerprint.js';

/**
 * The database tier's shared seed. The global setup loads the seed résumés once and records the
 * graph's fingerprint. A file that only reads the seed starts from it as it is, after checking that
 * the database holds exactly that graph; when an earlier file changed anything (a mutation, a
 * loader test, another state), the fingerprint differs and the seed is loaded again from empty.
 * So no file's answers depend on which files ran before it, and files that write need not undo
 * their writes (doing so saves the next reader the reload).
 */
export async function ensureSharedSeed(executor: Executor, config: Config): Promise<{ reloaded: boolean }> {
  const expected = inject('seedFingerprint');
  if ((await graphFingerprint(executor)) === expected) {
    // Constraints and indexes as npm start makes them; the graph holds people, so nothing loads.
    await prepareDatabase(executor, config, { seed: true });
    return { reloaded: false };
  }
  await clearDatabase();
  await prepareDatabase(executor, config, { seed: true });
  const actual = await graphFingerprint(executor);
  if (actual !== expected) {
    throw new Error(
      `The seed in ${config.seedDir} loaded into another graph than at the start of the run (fingerprint ${actual.slice(0, 12)}, expected ${expected.slice(0, 12)}): loading the same files must give the same graph.`,
    );
  }
  return { reloaded: true };
}
