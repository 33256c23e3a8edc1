import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { runMain } from './run-child.js';

// src/main.ts against the shared test database (NEO4J_URI), so no JVM of its own; the runner's
// part of start-up (a database it starts, Ctrl-C) is in runner-lifecycle.test.ts.
const emptySeed = mkdtempSync(join(tmpdir(), 'career-graph-empty-seed-'));
afterAll(() => rmSync(emptySeed, { recursive: true, force: true }));

describe('npm start', () => {
  it('reports a web build that failed early in one line once it gets to it, instead of crashing', async () => {
    const { uri, user, password } = inject('database');
    const main = runMain(
      {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        PORT: String(await freePort()),
        CAREER_GRAPH_TOKEN: 'main-startup-token',
        // An empty seed loads nothing and leaves the shared graph as it is.
        CAREER_GRAPH_SEED_DIR: emptySeed,
      },
      { failingWebBuild: true },
    );
    const result = await main.done;
    // The build failed before the database was even asked; main still got through seeding first.
    expect(result.stdout).toContain(`[career-graph] Using the database at ${uri} (NEO4J_URI).`);
    expect(result.stdout).toMatch(/\[career-graph\] (Loaded the seed|The graph holds)/);
    expect({ code: result.code, signal: result.signal, stderr: result.stderr }).toEqual({
      code: 1,
      signal: null,
      stderr: '[career-graph] Vite failed: stub build error\n',
    });
  }, 120_000);

  it('names a bad NEO4J_BOLT_PORT in one line before starting anything', async () => {
    const main = runMain(
      { ...process.env, NEO4J_URI: undefined, NEO4J_BOLT_PORT: 'abc' },
      { failingWebBuild: true },
    );
    const result = await main.done;
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: '[career-graph] NEO4J_BOLT_PORT="abc" is not a port: expected an integer from 1 to 65535.\n',
    });
  }, 60_000);
});
