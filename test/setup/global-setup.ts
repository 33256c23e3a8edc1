import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  freePort,
  memorySizeFromEnv,
  type RunningNeo4j,
  startNeo4j,
  stopNeo4j,
} from '../../neo4j/local-neo4j.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { clearDatabase } from '../support/clear-database.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    database: TestDatabase;
    /** The graph the seed résumés load into (see test/support/shared-seed.ts). */
    seedFingerprint: string;
  }
}

/**
 * How long the test Neo4j may take to open Bolt: a bound, not an expected time (a JVM that exits is
 * reported at once). Its runner's default of 120 s was missed at a load average of 28 to 34 on two
 * cores, a new Neo4j home's first start.
 */
const START_TIMEOUT_MS = 600_000;

/** Empties the database, loads the seed as `npm start` would, and returns the graph's fingerprint. */
async function loadSharedSeed(database: TestDatabase): Promise<string> {
  const executor = new Executor(createDriver(database), { timeoutMs: 30_000 });
  try {
    await clearDatabase(executor);
    await prepareDatabase(executor, loadConfig({}), { seed: true });
    return await graphFingerprint(executor);
  } finally {
    await executor.close();
  }
}

/**
 * Starts a throwaway Neo4j (own temp folder, free ports) for the whole run, unless
 * NEO4J_TEST_URI points at one, and loads the seed into it. Tests never see the development database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_TEST_URI) {
    const database = {
      uri: env.NEO4J_TEST_URI,
      user: env.NEO4J_TEST_USER ?? 'neo4j',
      password: env.NEO4J_TEST_PASSWORD ?? '',
    };
    project.provide('database', database);
    project.provide('seedFingerprint', await loadSharedSeed(database));
    return async () => {};
  }
  const home = mkdtempSync(join(tmpdir(), 'career-graph-test-neo4j-'));
  let db: RunningNeo4j;
  try {
    db = await startNeo4j({
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: memorySizeFromEnv(env, 'NEO4J_TEST_HEAP', '1g'),
      pageCache: memorySizeFromEnv(env, 'NEO4J_TEST_PAGECACHE', '512m'),
      startTimeoutMs: START_TIMEOUT_MS,
      log: (line) => console.log(line),
    });
  } catch (error) {
    await stopNeo4j({ home, graceMs: 5_000 });
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const database = { uri: db.uri, user: db.user, password: db.password ?? '' };
  const stop = async () => {
    await stopNeo4j({ home });
    rmSync(home, { recursive: true, force: true });
  };
  project.provide('database', database);
  try {
    project.provide('seedFingerprint', await loadSharedSeed(database));
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
