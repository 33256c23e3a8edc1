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

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    database: TestDatabase;
  }
}

/**
 * Starts a throwaway Neo4j (own temp folder, free ports) for the whole run, unless
 * NEO4J_TEST_URI points at one. Tests never see the development database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_TEST_URI) {
    project.provide('database', {
      uri: env.NEO4J_TEST_URI,
      user: env.NEO4J_TEST_USER ?? 'neo4j',
      password: env.NEO4J_TEST_PASSWORD ?? '',
    });
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
      log: (line) => console.log(line),
    });
  } catch (error) {
    await stopNeo4j({ home, graceMs: 5_000 });
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  project.provide('database', { uri: db.uri, user: db.user, password: db.password ?? '' });
  return async () => {
    await stopNeo4j({ home });
    rmSync(home, { recursive: true, force: true });
  };
}
