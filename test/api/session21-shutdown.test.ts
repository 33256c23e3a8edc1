import type { Session, Transaction } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { shuttingDownMessage } from '../../src/server/format-error.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { patientLimit } from '../support/patience.js';
import { appears } from '../support/transactions.js';

/*
 * A request in flight when the server shuts down: a deletePerson that waits for a lock this test
 * holds on the person (a real transaction, so the request is slow for as long as the test wants).
 * The server's shutdown, then the driver's close, as npm start and bench:compare do them: the
 * request gets an answer with a code, or none when its client hung up, and nothing is logged as an
 * internal error (session 20's bench:compare shutdown logged "Pool is closed" for such requests).
 */
const PERSON = 'shutdown-probe';
const TOKEN = 'shutdown-test-token';
const GRACE_MS = 300;
const config = { ...loadConfig({ CAREER_GRAPH_TOKEN: TOKEN }), queryTimeoutMs: 20_000 };

async function personExists(): Promise<boolean> {
  const rows = await testExecutor().driver.executeQuery(
    'MATCH (p:Person {id: $id}) RETURN count(p) > 0 AS found',
    { id: PERSON },
  );
  return rows.records[0]?.get('found') === true;
}

/** Until the API's deletePerson transaction is on the database, waiting (for the lock). */
async function deleteIsWaiting(): Promise<void> {
  await appears(['mutation.deletePerson']);
}

describe('shutting down with a request in flight', () => {
  let lockSession: Session | undefined;
  let lock: Transaction | undefined;
  let executor: Executor;
  let app: RunningApp;

  beforeAll(async () => {
    await clearDatabase();
    await prepareDatabase(testExecutor(), config, { seed: false });
    const summary = await loadResumes(testExecutor(), [
      { file: `${PERSON}.json`, text: JSON.stringify({ basics: { label: 'Engineer' }, work: [] }) },
    ]);
    expect(summary.failed).toEqual([]);
  });

  async function start(): Promise<void> {
    const { uri, user, password } = inject('database');
    executor = new Executor(createDriver({ uri, user, password }), { timeoutMs: config.queryTimeoutMs });
    app = await startApp(executor, config, 0, { stopGraceMs: GRACE_MS });
    lockSession = testExecutor().driver.session();
    lock = await lockSession.beginTransaction();
    await lock.run('MATCH (p:Person {id: $id}) SET p.lockedByTest = true', { id: PERSON });
  }

  function deletePerson(signal?: AbortSignal): Promise<Response> {
    return fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: `mutation { deletePerson(id: "${PERSON}") { id } }` }),
      ...(signal && { signal }),
    });
  }

  afterEach(async () => {
    await lock?.rollback().catch(() => {});
    await lockSession?.close();
    lock = undefined;
    lockSession = undefined;
  });
  afterAll(async () => {
    await clearDatabase();
  });

  // Each waits for the deletion to wait on the lock (patientLimit: it may fail at PATIENCE_MS).
  it('answers the request SERVICE_UNAVAILABLE after the grace, before the driver closes, and logs nothing', {
    timeout: patientLimit(1),
  }, async () => {
    await start();
    const errors = vi.spyOn(console, 'error');
    const response = deletePerson();
    await deleteIsWaiting();
    const closed = app.close();
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      data: null,
      errors: [
        {
          message: shuttingDownMessage,
          locations: [{ line: 1, column: 12 }],
          path: ['deletePerson'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    await closed;
    await executor.close();
    // The lock released, the stopped deletion does not go on: the person is still there.
    await lock?.rollback();
    expect(await personExists()).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });

  it('waits for the request of a client that hung up before the driver closes, and logs nothing', {
    timeout: patientLimit(1),
  }, async () => {
    await start();
    const errors = vi.spyOn(console, 'error');
    const client = new AbortController();
    const response = deletePerson(client.signal);
    await deleteIsWaiting();
    client.abort();
    await expect(response).rejects.toThrow();
    await app.close();
    await executor.close();
    await lock?.rollback();
    expect(await personExists()).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });
});
