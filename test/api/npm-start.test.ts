import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { projectRoot } from '../../src/config.js';
import { waitForOutput } from '../neo4j/run-child.js';
import { graphql } from '../support/graphql-client.js';
import { waitFor, within } from '../support/patience.js';

// `npm start` as a user runs it, against the test database through NEO4J_URI (the local runner
// itself is what the global setup uses), and Ctrl-C as the terminal sends it: to the whole group.
let child: ChildProcess | undefined;
let output = '';

/** Bounds for a busy machine, not expected times: npm start to listen, and to close after Ctrl-C. */
const START_MS = 180_000;
const CLOSE_MS = 30_000;

afterAll(() => {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
});

describe('npm start', () => {
  // Its waits' bounds and a minute for its own work: cut off sooner, a failing wait could not say what it waited for.
  it('serves GraphQL, prints a generated token once, and stops cleanly on Ctrl-C', {
    timeout: START_MS + 2 * CLOSE_MS + 60_000,
  }, async () => {
    const { uri, user, password } = inject('database');
    const port = await freePort();
    const env: Record<string, string | undefined> = {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      PORT: String(port),
      CAREER_GRAPH_TOKEN: undefined,
      NODE_ENV: 'development',
    };
    child = spawn('npm', ['start'], {
      cwd: projectRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });

    await waitForOutput(
      { child, output: () => output },
      new RegExp(`GraphQL API and playground: http://localhost:${port}/graphql`),
      START_MS,
    );
    const url = `http://localhost:${port}`;
    expect(await graphql(url, '{ __typename }')).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });

    const [, token] = /Authorization: Bearer (\S+?)"/.exec(output) ?? [];
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect(output.split(token ?? '').length - 1).toBe(1);
    const mutation = 'mutation { deletePerson(id: "no-such-person") { id } }';
    const withToken = await graphql(url, mutation, {}, { authorization: `Bearer ${token}` });
    expect(withToken.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const without = await graphql(url, mutation);
    expect(without.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // npm itself dies of the SIGINT; what matters is that the server behind it shuts down.
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child?.once('exit', (code, signal) => resolve({ code, signal })),
    );
    process.kill(-(child.pid ?? 0), 'SIGINT');
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGINT' },
    ]).toContainEqual(await within('npm start to exit after SIGINT', exited, CLOSE_MS));
    await waitFor(
      `the server on port ${port} to stop answering after Ctrl-C`,
      () =>
        fetch(`http://localhost:${port}/health`).then(
          () => false,
          () => true,
        ),
      { boundMs: CLOSE_MS },
    );
    expect(output).toContain('SIGINT: stopping...');
    expect(output).not.toMatch(/Error|error:/);
  });
});
