import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/Executor.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { patientLimit, sleep, waitFor } from '../support/patience.js';
import {
  absentFor,
  appears,
  counting,
  LONG,
  running,
  settleOn,
  terminate,
  withDriver,
} from '../support/transactions.js';
import type { FaultProxy } from './fault-proxy.js';
import { closeBehindProxy, executorBehindProxy, outcome, restartBehind, warming } from './transactions.js';

/*
 * The return after kill -9 (issue 11 point 8): a restarted database has no plans and a cold JVM, on
 * which planning is CPU-bound; `npm run test:reliability` measured three texts planned at once
 * taking 4.8 to 5.9 s each. Here the API's executor talks to the test database through a proxy that
 * refuses connections (what a client sees of kill -9) and then accepts them again (the database
 * back); what runs is read from the database itself (SHOW TRANSACTIONS), and every query counts to a
 * billion, so it runs until this test terminates it (or the database's own limit ends it). Nothing
 * is timed: each step polls until the database shows the expected transaction; that nothing else
 * was sent meanwhile is read from the turns the plan gate gave (`planGate.observe`), each counted
 * against the terminations this test had asked for when it was given.
 */

const DEADLINE_MS = 120_000;

let proxy: FaultProxy;
let executor: Executor;

/**
 * Neo4j ends a transaction past its time limit at its next check, which comes every
 * `db.transaction.monitor.check.interval` (2 s by default, which the test database keeps).
 */
const TIMEOUT_CHECK_MS = 2000;

/** Polls the transaction named `name`: true once the database has run it `ms`, false if it ended first. */
async function outlives(name: string, ms: number): Promise<boolean> {
  for (;;) {
    const elapsed = await withDriver(async (driver) => {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD metaData, elapsedTime WHERE metaData.app = $app AND metaData.query = $name RETURN elapsedTime.milliseconds AS ms',
        { app: TRANSACTION_APP, name },
      );
      return records.map((record) => neo4j.integer.toNumber(record.get('ms')));
    });
    if (elapsed.length === 0) return false;
    if (Math.max(...elapsed) >= ms) return true;
    await sleep(100);
  }
}

// Three recent reads whose replays run until terminated (or for the warm-up's own 10 s limit each):
// the warm-up after the return lasts as long as this test needs it to.
const recent = [counting('cold.recentA'), counting('cold.recentB'), counting('cold.recentC')];
const requests = [counting('cold.requestA'), counting('cold.requestB'), counting('cold.requestC')];
const extended = [counting('cold.shortDeadline'), counting('cold.nextInLine')];
const upkeep = counting('cold.upkeep');
const everything = [
  ...recent.flatMap((query) => [query.name, warming(query.name)]),
  ...requests.map((query) => query.name),
  ...extended.map((query) => query.name),
  upkeep.name,
];

beforeAll(async () => {
  ({ proxy, executor } = await executorBehindProxy(DEADLINE_MS));
  for (const query of recent) {
    await executor
      .withDeadline(300)
      .read(query, { n: LONG })
      .catch(() => {});
  }
  await terminate(recent.map((query) => query.name));
  // kill -9, then the database back on its port.
  await restartBehind(proxy, executor);
});
afterAll(async () => {
  await terminate(everything);
  await closeBehindProxy(proxy, executor);
});

/** Terminations this test has asked for so far, and the turns the plan gate gave, counted against them. */
let terminated = 0;
const turns: string[] = [];
async function terminateCounted(names: string[]): Promise<void> {
  // Counted before it is sent: a turn the gate gives once the database ended the holder comes after.
  terminated += 1;
  await terminate(names);
}
beforeAll(() => {
  const names = new Map([...requests, ...extended].map((query) => [query.text, query.name]));
  executor.planGate.observe((event) => {
    const name = names.get(event.text);
    if (event.run === 'turn' && name) turns.push(`${name} after ${terminated} terminated`);
  });
});

describe('the return after a restart (connections refused, then answered)', () => {
  // Waits for the warm-up's replay, then for each request (patientLimit: each may fail at PATIENCE_MS).
  it("sends requests' first runs of different texts one at a time while the database re-plans (texts never run: in arrival order), each once the one before has ended on the database", {
    timeout: patientLimit(4),
  }, async () => {
    const names = requests.map((query) => query.name);
    // The warm-up replays the most recent read first, and goes on doing so while this test runs.
    const warmUp = await settleOn([warming(recent[2]?.name ?? '')]);
    const answers = requests.map((query) =>
      executor
        .withDeadline(DEADLINE_MS)
        .read(query, { n: LONG })
        .then(() => 'answered', outcome),
    );
    const seen: string[][] = [];
    for (let step = 0; step < requests.length; step++) {
      // A transaction just terminated may still be listed a moment: only the others are looked for.
      const now = await appears(names.filter((name) => !seen.flat().includes(name)));
      seen.push(now);
      await terminateCounted(now);
    }
    const outcomes = await Promise.all(answers);
    const after = await running(names);
    // Terminated by the user: a client error of the transaction, not retried, reported as the query's.
    const terminatedOutcome = 'DatabaseQueryError Neo.ClientError.Transaction.Terminated';
    expect({ warmUp, seen, turns: turns.splice(0), after, outcomes }).toEqual({
      warmUp: [warming(recent[2]?.name ?? '')],
      seen: [['cold.requestA'], ['cold.requestB'], ['cold.requestC']],
      turns: [
        'cold.requestA after 0 terminated',
        'cold.requestB after 1 terminated',
        'cold.requestC after 2 terminated',
      ],
      after: [],
      outcomes: [terminatedOutcome, terminatedOutcome, terminatedOutcome],
    });
  });

  // Waits for each request's first run (patientLimit: each may fail at PATIENCE_MS).
  it("keeps a request's first run planning on the database past its deadline while it holds the turn, and the turn with it", {
    timeout: patientLimit(2),
  }, async () => {
    const [short, next] = extended as [typeof upkeep, typeof upkeep];
    const shortAnswer = executor
      .withDeadline(300)
      .read(short, { n: LONG })
      .then(() => 'answered', outcome);
    const firstTurn = await appears([short.name]);
    const nextAnswer = executor
      .withDeadline(DEADLINE_MS)
      .read(next, { n: LONG })
      .then(() => 'answered', outcome);
    const told = await shortAnswer;
    // Its caller was told TIMEOUT; the database goes on running it past the moment a limit of the
    // request's 300 ms would have been enforced, held to the warm-up's limit (10 s from being sent)
    // instead, and the request waiting behind it is not given the turn meanwhile.
    const pastShortLimit = await outlives(short.name, 300 + 2 * TIMEOUT_CHECK_MS);
    const whileHeld = await running([short.name, next.name]);
    await terminateCounted([short.name]);
    const nextTurn = await appears([next.name]);
    await terminateCounted([next.name]);
    expect({
      firstTurn,
      told,
      pastShortLimit,
      whileHeld,
      nextTurn,
      turns: turns.splice(0),
      next: await nextAnswer,
    }).toEqual({
      firstTurn: [short.name],
      told: 'DatabaseTimeoutError',
      pastShortLimit: true,
      whileHeld: [short.name],
      nextTurn: [next.name],
      turns: [`${short.name} after 3 terminated`, `${next.name} after 4 terminated`],
      next: 'DatabaseQueryError Neo.ClientError.Transaction.Terminated',
    });
  });

  // Waits for the upkeep read, then in settleOn (patientLimit); the WATCH_MS watch is the test's own work.
  it("holds the server's own upkeep reads until the warm-up is over, then sends them", {
    timeout: patientLimit(2),
  }, async () => {
    const measuring = executor
      .forUpkeep()
      .read(upkeep, { n: LONG })
      .catch(() => {});
    const whileWarming = await absentFor([upkeep.name]);
    // Ending every replay ends the warm-up (each next one is terminated as it starts).
    const replays = recent.map((query) => warming(query.name));
    await waitFor(
      `${upkeep.name} to run once the warm-up's replays are terminated`,
      async () => {
        if ((await running([upkeep.name])).length > 0) return true;
        await terminate(replays);
        return false;
      },
      { everyMs: 100 },
    );
    const afterWarmUp = await settleOn([upkeep.name]);
    await terminate([upkeep.name]);
    await measuring;
    expect({ whileWarming, afterWarmUp }).toEqual({ whileWarming: [], afterWarmUp: [upkeep.name] });
  });
});
