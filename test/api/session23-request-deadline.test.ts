import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { importResume } from '../../src/graphql/mutations/import-resume.js';
import { testExecutor } from '../support/database.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue 11 point 9: one deadline per request, shared by every transaction of that request. A request of two
// mutations runs two write transactions, one after the other. Each waits for a person's write lock that another
// session holds: the first until that session lets go, the second past the request's deadline. Shared, the
// deadline ends the request at QUERY_TIMEOUT_MS; a deadline per transaction would give the second transaction a
// whole QUERY_TIMEOUT_MS of its own, and the answer would come only after the first wait plus that.

/** The request deadline the server reads (QUERY_TIMEOUT_MS). */
const DEADLINE_MS = 8_000;
/**
 * How long the other session holds the first person's lock after the request is sent: long enough that a deadline
 * per transaction would answer clearly later than the shared one, and leaving the first import, once let go, half
 * the deadline to commit on a busy machine.
 */
const FIRST_WAIT_MS = 4_000;

const person = (id: string, company: string) => ({
  id,
  basics: { label: 'Site Reliability Engineer' },
  work: [
    {
      name: company,
      positions: [
        { position: 'Site Reliability Engineer', startDate: '2021-02', current: true, technologies: ['Go'] },
      ],
    },
  ],
});
const first = person('deadline-test-first', 'Stripe');
const second = person('deadline-test-second', 'Stripe');

const twoImports = `mutation Twice($first: JSON!, $second: JSON!) {
  first: importResume(resume: $first) { created nodesCreated }
  second: importResume(resume: $second) { created nodesCreated }
}`;

/** What another session does to a person: takes its write lock, as any write of it would, until rolled back. */
const lockPerson = cypher(
  'test.lockPerson',
  'MATCH (p:Person {id: $id}) SET p._heldByTest = true RETURN count(p) AS locked',
);

class Released extends Error {}

/**
 * Holds `id`'s write lock in a transaction of its own until `release` is called, then rolls back (the graph keeps
 * nothing of it). Resolves `held` once the lock is taken.
 */
function holdLock(id: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let taken: (locked: number) => void = () => undefined;
  const held = new Promise<number>((resolve) => {
    taken = resolve;
  });
  const done = testExecutor()
    .transaction('test.holdLock', async (tx) => {
      const [row] = await tx.run<{ locked: number }>(lockPerson, { id });
      taken(Number(row?.locked ?? 0));
      await released;
      throw new Released('rolled back on purpose');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Released)) throw error;
    });
  return { held, release, done };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { QUERY_TIMEOUT_MS: String(DEADLINE_MS) } });
  // Both people are in the graph before the request, written by the resolver's own code (without a deadline,
  // which also warms the loader): the request imports them again unchanged, so it changes nothing.
  await importResume(testExecutor(), first);
  await importResume(testExecutor(), second);
});

afterAll(() => server?.close());

describe('one deadline per request, shared by its transactions', () => {
  it('answers TIMEOUT at QUERY_TIMEOUT_MS when locks held by another session slow two transactions', async () => {
    const headers = { authorization: `Bearer ${server.token}` };
    // Unchanged imports change nothing: the graph to compare against, checked through the API first.
    const again = await graphql(server.url, twoImports, { first, second }, headers);
    expect(again).toEqual({
      status: 200,
      body: {
        data: { first: { created: false, nodesCreated: 0 }, second: { created: false, nodesCreated: 0 } },
      },
    });
    const before = await graphFingerprint(testExecutor());

    const holdFirst = holdLock(first.id);
    const holdSecond = holdLock(second.id);
    expect([await holdFirst.held, await holdSecond.held]).toEqual([1, 1]);
    const sent = Date.now();
    const letGo = setTimeout(holdFirst.release, FIRST_WAIT_MS);
    let answered = 0;
    const response = await graphql(server.url, twoImports, { first, second }, headers).finally(() => {
      answered = Date.now() - sent;
      clearTimeout(letGo);
      holdFirst.release();
      holdSecond.release();
    });
    await Promise.all([holdFirst.done, holdSecond.done]);

    // The second import's field is non-null, so its TIMEOUT leaves no data.
    expect(response).toEqual({
      status: 200,
      body: {
        errors: [
          {
            message: `The request ran longer than its ${DEADLINE_MS} ms limit; narrow it (smaller "first", "depth" or "limit").`,
            locations: [{ line: 3, column: 3 }],
            path: ['second'],
            extensions: { code: 'TIMEOUT' },
          },
        ],
        data: null,
      },
    });
    // Not before the deadline (the second lock was held until the answer came), and before the first wait plus a
    // deadline of its own, which a deadline per transaction would have given the second transaction.
    expect(answered).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect(answered).toBeLessThan(FIRST_WAIT_MS + DEADLINE_MS);
    expect(await graphFingerprint(testExecutor())).toBe(before);
  });
});
