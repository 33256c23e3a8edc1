import type { Config } from '../config.js';
import { cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { applySchema } from '../graph/apply-schema.js';
import { Label } from '../graph/model.js';
import { loadResumes } from '../loader/load-resumes.js';
import { warmUpLoaderInBackground } from '../loader/warm-up-loader.js';

/**
 * Upper bound of one résumé's write transaction, and of each statement that prepares the database:
 * neither is a client's request, and a cold database (a fresh JVM creating its indexes while the
 * machine builds the web front end) can take longer than queryTimeoutMs.
 */
export const LOAD_TIMEOUT_MS = 60_000;

/** How many people the graph holds: none, and the seed is loaded. */
export const countPeople = cypher(
  'prepare.countPeople',
  `MATCH (p:${Label.Person}) RETURN count(p) AS people`,
);

export interface PreparedDatabase {
  /** The seed was loaded because the graph had no person. */
  seeded: boolean;
  people: number;
}

/**
 * Makes a database ready to serve: constraints and indexes (idempotent), then the seed résumés
 * when the graph holds no person yet, so a restart never reloads over a user's data. Then the
 * loader's queries start compiling in the background (src/loader/warm-up-loader.ts), so that the
 * first importResume finds its plans made rather than making them within its request's deadline.
 */
export async function prepareDatabase(
  executor: Executor,
  config: Config,
  { seed = true }: { seed?: boolean } = {},
): Promise<PreparedDatabase> {
  const admin = executor.withTimeout(LOAD_TIMEOUT_MS);
  await applySchema(admin);
  const [before] = await admin.read<{ people: number }>(countPeople);
  if (!seed || (before?.people ?? 0) > 0) {
    warmUpLoaderInBackground(admin.forUpkeep());
    return { seeded: false, people: before?.people ?? 0 };
  }
  const summary = await loadResumes(admin, [config.seedDir]);
  if (summary.failed.length > 0) {
    const reasons = summary.failed.map((failure) => `${failure.file}: ${failure.message}`).join('\n');
    throw new Error(`The seed in ${config.seedDir} did not load:\n${reasons}`);
  }
  const [after] = await admin.read<{ people: number }>(countPeople);
  warmUpLoaderInBackground(admin.forUpkeep());
  return { seeded: true, people: after?.people ?? 0 };
}
