import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';
import { DatabaseUnavailableError } from '../../src/db/errors.js';
import type { GateEvent } from '../../src/db/plan-gate.js';
import type { RunningApp } from '../../src/server/create-app.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { absentFor, counting, LONG, running, settleOn, terminate } from '../support/transactions.js';
import { answersAgain, apiBehindProxy, type FaultProxy } from './fault-proxy.js';
import { warming } from './transactions.js';

/*
 * Issue 11 point 8 without signalling the shared test database: the API's driver talks to it
 * through a proxy that freezes (what a client sees of kill -STOP: connections accepted, nothing
 * answered) or refuses (kill -9). The request deadline is set far beyond the test's own limit, so a
 * request that waited for the database instead of being told it is away could only answer TIMEOUT,
 * long after this test failed; the times themselves are measured by `npm run test:reliability`.
 */

const DEADLINE_MS = 120_000;
const query = '{ technology(id: "kubernetes") { id name users { person { id } } } }';

let seeded: TestServer;
let proxy: FaultProxy;
let executor: Executor;
let app: RunningApp;

let closeApi: (() => Promise<void>) | undefined;

beforeAll(async () => {
  // The seed, through the ordinary test server; then an API of its own behind the proxy.
  seeded = await startTestServer();
  await seeded.close();
  const api = await apiBehindProxy('faults', DEADLINE_MS);
  ({ proxy, executor, app } = api);
  closeApi = api.close;
});
afterAll(async () => {
  await closeApi?.();
});

const unavailable = {
  data: { technology: null },
  errors: [
    {
      message:
        'The database is not reachable right now; retry in a moment (GET /health tells when it is back).',
      path: ['technology'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
};

const health = async () => {
  const response = await fetch(`${app.url}/health`);
  return { status: response.status, body: await response.json() };
};

const kubernetes = expect.objectContaining({
  data: { technology: expect.objectContaining({ id: 'kubernetes', name: 'Kubernetes' }) },
});

describe('a database that stops answering (frozen: kill -STOP)', () => {
  it('fails the request waiting on it and new ones with SERVICE_UNAVAILABLE, and /health says so', async () => {
    expect((await graphql(app.url, query)).body).toEqual(kubernetes);
    proxy.freeze();
    // Sent before the server can know: it waits on the database until the health monitor ends it.
    const waiting = graphql(app.url, query);
    expect((await waiting).body).toEqual(unavailable);
    // Sent after: refused at once.
    expect((await graphql(app.url, query)).body).toEqual(unavailable);
    expect(await health()).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'down', similarListRefreshFailures: expect.any(Object) },
    });
  });

  // A wait for the query's answer (patientLimit: it may fail at PATIENCE_MS).
  it('answers again once the database does, without a restart of the API', {
    timeout: patientLimit(1),
  }, async () => {
    proxy.thaw();
    expect(await answersAgain(app.url, query)).toEqual(kubernetes);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up', similarListRefreshFailures: expect.any(Object) },
    });
  });
});

describe('a database that goes away (connections reset and refused: kill -9)', () => {
  it('fails requests with SERVICE_UNAVAILABLE, and /health says so', async () => {
    await proxy.refuse();
    expect((await graphql(app.url, query)).body).toEqual(unavailable);
    expect(await health()).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'down', similarListRefreshFailures: expect.any(Object) },
    });
  });

  // Two waits for the health monitor's verdict (patientLimit: each may fail at PATIENCE_MS).
  it("makes a request wait for the database once: while it is down, the request's later transactions are refused at once", {
    timeout: patientLimit(2),
  }, async () => {
    // graphql-js runs an operation that failed in its compiled code again: that second run must not
    // wait for the database a second time.
    const one = cypher('faults.one', 'RETURN 1 AS one');
    const outcome = (work: Promise<unknown>) =>
      work.then(
        () => 'answered',
        (error: unknown) => (error instanceof DatabaseUnavailableError ? 'refused' : String(error)),
      );
    /** Which comes first: `work`'s outcome, or a timer due at once (`work` waited for something). */
    const beforeAnyTimer = (work: Promise<string>) =>
      Promise.race([work, new Promise((resolve) => setTimeout(() => resolve('waited'), 0))]);
    // Already running when the database is found down (a read waiting for another's first run of
    // its text): it has waited for the verdict.
    await proxy.accept();
    await waitFor('the executor to find the database up', () => !executor.health.down, { everyMs: 10 });
    const early = executor.withDeadline(DEADLINE_MS);
    await proxy.refuse();
    const request = executor.withDeadline(DEADLINE_MS);
    expect(await outcome(request.read(one))).toBe('refused');
    await waitFor('the executor to find the database down', () => executor.health.down, { everyMs: 10 });
    expect(await beforeAnyTimer(outcome(request.read(one)))).toBe('refused');
    expect(await beforeAnyTimer(outcome(early.read(one)))).toBe('refused');
    // Another request waits a moment for the database to answer again, then is refused too.
    const another = outcome(executor.withDeadline(DEADLINE_MS).read(one));
    expect(await beforeAnyTimer(another)).toBe('waited');
    expect(await another).toBe('refused');
  });

  // A wait for the query's answer (patientLimit: it may fail at PATIENCE_MS).
  it('answers again once the database is back on its port, without a restart of the API', {
    timeout: patientLimit(1),
  }, async () => {
    await proxy.accept();
    expect(await answersAgain(app.url, query)).toEqual(kubernetes);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up', similarListRefreshFailures: expect.any(Object) },
    });
  });
});

describe('the plan gate on the database (what it let through, as it records it)', () => {
  it('does not count a text planned when its first run timed out: the next reads of it make one first run at a time, until one answers', async () => {
    // A text of its own, never planned before in this process or the database.
    const cutOff = counting('faults.cutOffFirst');
    const events: GateEvent[] = [];
    // Turns, which the gate gives while it re-plans after the return the tests above brought about (for as long as
    // its bound lets it), are session19-cold-return.test.ts's subject; this test is about what a first run counts.
    const unobserve = executor.planGate.observe((event) => {
      if (event.text === cutOff.text && event.run !== 'turn') events.push(event);
    });
    // The database cuts these off at 300 ms; counting to a billion takes far longer.
    const short = executor.withTimeout(300);
    const outcome = (work: Promise<unknown>) =>
      work.then(
        () => 'answered',
        (error: unknown) => (error as Error).name,
      );
    try {
      const first = await outcome(short.read(cutOff, { n: LONG }));
      const together = await Promise.all([1, 2].map(() => outcome(short.read(cutOff, { n: LONG }))));
      const counted = await executor.read(cutOff, { n: 3 });
      const again = await executor.read(cutOff, { n: 4 });
      expect({ first, together, counted, again, events }).toEqual({
        first: 'DatabaseTimeoutError',
        together: ['DatabaseTimeoutError', 'DatabaseTimeoutError'],
        counted: [{ counted: 3 }],
        again: [{ counted: 4 }],
        events: [
          // Each timed-out run left no plan counted, so each next read made a first run in turn,
          // never two at once (the second of the two sent together waited for the first).
          { text: cutOff.text, run: 'first', warming: false, planned: false },
          { text: cutOff.text, run: 'first', warming: false, planned: false },
          { text: cutOff.text, run: 'first', warming: false, planned: false },
          { text: cutOff.text, run: 'first', warming: false, planned: true },
          { text: cutOff.text, run: 'planned', warming: false },
        ],
      });
    } finally {
      unobserve();
    }
  });
});

describe('the warm-up after a return (connections refused, then answered)', () => {
  const older = counting('faults.warmOlder');
  const newer = counting('faults.warmNewer');
  const requested = counting('faults.requestedFirst');
  const all = [older, newer, requested].flatMap((query) => [query.name, warming(query.name)]);
  afterAll(() => terminate(all));

  // A wait for the health monitor's verdict, then one in each settleOn (patientLimit: each may fail at PATIENCE_MS).
  it('replays the recent reads one at a time, most recent first, and never while a request makes a plan of its own', {
    timeout: patientLimit(4),
  }, async () => {
    // Two recent reads whose last parameters make them run until terminated.
    for (const query of [older, newer]) {
      await executor
        .withDeadline(300)
        .read(query, { n: LONG })
        .catch(() => {});
    }
    await terminate(all);
    await proxy.refuse();
    await waitFor('the executor to find the database down', () => executor.health.down, { everyMs: 10 });
    await proxy.accept();
    const alone = {
      newer: (await settleOn([warming(newer.name)])).length,
      older: (await running([warming(older.name)])).length,
    };
    // A request's first run of a text: the warm-up waits for it once its current query ends.
    const request = executor
      .withDeadline(DEADLINE_MS)
      .read(requested, { n: LONG })
      .catch(() => {});
    const requestRuns = (await settleOn([requested.name])).length;
    await terminate([warming(newer.name)]);
    // Free to replay the older read now but for the request's first run: watched for WATCH_MS.
    const whileRequested = (await absentFor([warming(older.name)])).length;
    await terminate([requested.name]);
    await request;
    const after = (await settleOn([warming(older.name)])).length;
    await terminate(all);
    expect({ alone, requestRuns, whileRequested, after }).toEqual({
      alone: { newer: 1, older: 0 },
      requestRuns: 1,
      whileRequested: 0,
      after: 1,
    });
  });
});
