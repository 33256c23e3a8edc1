import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_PROBE_INTERVAL_MS } from '../../src/db/health.js';
import type { RunningApp } from '../../src/server/create-app.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit, sleep } from '../support/patience.js';
import { startTestServer } from '../support/test-server.js';
import { answersAgain, apiBehindProxy, type FaultProxy } from './fault-proxy.js';

/*
 * The API's health monitor while the server is idle, through a proxy that counts the connections
 * opened to the database and can freeze it (what a client sees of kill -STOP). Idle, the monitor
 * probes about once a second instead of opening a connection for a Bolt handshake every 50 ms; a
 * request after a long idle spell to a frozen database is still told it is away. The request
 * deadline is far beyond the test's own limit, so a request that waited for the database could only
 * answer TIMEOUT long after this test failed (the times are pinned on a fake clock by
 * test/unit/db/session22-idle-health.test.ts).
 */

const DEADLINE_MS = 120_000;
const query = '{ technology(id: "kubernetes") { id } }';

let proxy: FaultProxy;
let app: RunningApp;
let closeApi: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const seeded = await startTestServer();
  await seeded.close();
  const api = await apiBehindProxy('idle', DEADLINE_MS);
  ({ proxy, app } = api);
  closeApi = api.close;
});
afterAll(async () => {
  await closeApi?.();
});

describe('the health monitor of an idle API', () => {
  it('opens about one connection a second while idle, not one every 50 ms', async () => {
    expect((await graphql(app.url, query)).body).toEqual({ data: { technology: { id: 'kubernetes' } } });
    await sleep(500);
    const before = proxy.accepted;
    const started = performance.now();
    await sleep(4_000);
    // The spell as it was: a busy machine makes the sleep, and the monitor's timers, run late.
    const idleMs = performance.now() - started;
    // At most one handshake per idle interval (the pools' connections are open already): the
    // monitor before session 22 opened one every 50 ms, 80 in 4 s.
    expect(proxy.accepted - before).toBeLessThanOrEqual(Math.ceil(idleMs / IDLE_PROBE_INTERVAL_MS) + 1);
  });

  it('opens no connection beside each of requests sent one at a time, 100 ms apart', async () => {
    const before = proxy.accepted;
    const started = performance.now();
    // A request whose query has not answered by the monitor's next tick (25 ms after its start)
    // may set off a handshake: counted from the client's side, which waited at least as long.
    let slow = 0;
    for (let request = 0; request < 20; request++) {
      const sent = performance.now();
      expect((await graphql(app.url, query)).body).toEqual({ data: { technology: { id: 'kubernetes' } } });
      if (performance.now() - sent >= 25) slow += 1;
      await sleep(100);
    }
    const spellMs = performance.now() - started;
    // Before session 35 each request 25 ms or more after the last answer opened one (20 here).
    expect(proxy.accepted - before).toBeLessThanOrEqual(
      Math.ceil(spellMs / IDLE_PROBE_INTERVAL_MS) + 1 + slow,
    );
  });

  it('tells a request sent after a long idle spell to a frozen database that it is away, and /health too', async () => {
    await sleep(3_000);
    proxy.freeze();
    const response = await graphql(app.url, query);
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    const health = await fetch(`${app.url}/health`);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'down', similarListRefreshFailures: expect.any(Object) },
    });
  });

  // A wait for the query's answer (patientLimit: it may fail at PATIENCE_MS).
  it('answers again once the database does', { timeout: patientLimit(1) }, async () => {
    proxy.thaw();
    expect(await answersAgain(app.url, query)).toEqual({ data: { technology: { id: 'kubernetes' } } });
  });
});
