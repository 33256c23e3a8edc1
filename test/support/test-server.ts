import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { startApp } from '../../src/server/create-app.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { clearDatabase, testExecutor } from './database.js';
import { graphqlData } from './graphql-client.js';
import { PATIENCE_MS } from './patience.js';
import { ensureSharedSeed } from './shared-seed.js';

export interface TestServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** The test server's request deadline: PATIENCE_MS less room for the page to show the answer. */
const REQUEST_DEADLINE_MS = PATIENCE_MS - 10_000;

/**
 * The whole app on a free port over the throwaway database, prepared as `npm start` would. By
 * default it serves the run's shared seed (see shared-seed.ts), reloaded only when an earlier
 * file changed it; a file may write into it, and the next file that reads it reloads it. With
 * `resumes` (every one must load) or `seed: false`, the database is emptied first and holds the
 * seed (unless `seed: false`) plus those résumés: for files that need a state of their own.
 */
export async function startTestServer(
  options: { seed?: boolean; resumes?: ResumeSource[]; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const token = randomBytes(16).toString('hex');
  const loaded = loadConfig({ ...options.env, CAREER_GRAPH_TOKEN: token });
  // A request deadline for a busy machine, below PATIENCE_MS: a request past it fails with its own
  // TIMEOUT before the wait for its answer (PATIENCE_MS) gives up. A test of the deadline sets
  // QUERY_TIMEOUT_MS itself, to one it can reach.
  const config = {
    ...loaded,
    queryTimeoutMs: options.env?.QUERY_TIMEOUT_MS ? loaded.queryTimeoutMs : REQUEST_DEADLINE_MS,
  };
  const executor = testExecutor();
  const seed = options.seed ?? true;
  if (seed && !options.resumes) {
    await ensureSharedSeed(executor, config);
  } else {
    await clearDatabase();
    await prepareDatabase(executor, config, { seed });
  }
  if (options.resumes) {
    const summary = await loadResumes(executor, options.resumes);
    if (summary.failed.length > 0) {
      throw new Error(
        `Test résumés did not load: ${summary.failed.map((failure) => failure.message).join('\n')}`,
      );
    }
  }
  const app = await startApp(executor, config, 0);
  return { url: app.url, token, close: () => app.close() };
}

/** GraphQL data read loosely: each test asserts its exact shape with toEqual. */
// biome-ignore lint/suspicious/noExplicitAny: response data is checked by toEqual, not by the type system
export type LooseData = Record<string, any>;

/**
 * For a file whose tests read the shared seed: the default test server, started before the file's
 * tests and closed after them. `url()` is its address; `query` asks it an operation that must
 * succeed (graphqlData) and returns the data.
 */
export function seedServerForFile() {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const url = () => {
    if (!server)
      throw new Error('The test server is not started: call seedServerForFile() at the top of a test file.');
    return server.url;
  };
  return {
    url,
    query: (text: string, variables: Record<string, unknown> = {}) =>
      graphqlData<LooseData>(url(), text, variables),
  };
}
