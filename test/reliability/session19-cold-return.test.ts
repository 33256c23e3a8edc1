import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { FaultProxy } from './fault-proxy.js';

/*
 * The return after kill -9 (issue 11 point 8): a restarted database has no plans and a cold JVM, on
 * which planning is CPU-bound; `npm run test:reliability` measured three texts planned at once
 * taking 4.8 to 5.9 s each. Here the API's executor talks to the test database through a proxy that
 * refuses connections (what a client sees of kill -9) and then accepts them again (the database
 * back); what runs is read from the database itself (SHOW TRANSACTIONS), and every query counts to a
 * billion, so it runs until this test terminates it. Nothing is timed: each step polls until the
 * database shows the expected transaction, then watches a moment longer for any other.
 */

const DEADLINE_MS = 120_000;
const LONG = 1_000_000_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A read of its own text (never planned before), named `name`, counting to $n. */
const counting = (name: string) =>
  cypher(name, `UNWIND range(1, $n) AS x RETURN count(x) AS counted // ${randomUUID()}`);
const warming = (name: string) => `${name} (warming after a restart)`;

let proxy: FaultProxy;
let executor: Executor;

async function withDriver<T>(work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>): Promise<T> {
  const { uri, user, password } = inject('database');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** Names of our transactions running now among `names`, straight from the database (not through the proxy). */
function running(names: string[]): Promise<string[]> {
  return withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app AND metaData.query IN $names RETURN metaData.query AS name',
      { app: TRANSACTION_APP, names },
    );
    return records.map((record) => record.get('name') as string).sort();
  });
}

async function terminate(names: string[]): Promise<void> {
  await withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = $app AND metaData.query IN $names RETURN transactionId',
      { app: TRANSACTION_APP, names },
    );
    const ids = records.map((record) => record.get('transactionId') as string);
    if (ids.length > 0) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
  });
}

/** Polls until one of `names` runs (5 s at most), then watches 300 ms more: which of them run. */
async function settleOn(names: string[]): Promise<string[]> {
  for (let i = 0; i < 50 && (await running(names)).length === 0; i++) await sleep(100);
  await sleep(300);
  return running(names);
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

// Three recent reads whose replays run until terminated (or for the warm-up's own 10 s limit each):
// the warm-up after the return lasts as long as this test needs it to.
const recent = [counting('cold.recentA'), counting('cold.recentB'), counting('cold.recentC')];
const requests = [counting('cold.requestA'), counting('cold.requestB'), counting('cold.requestC')];
const upkeep = counting('cold.upkeep');
const everything = [
  ...recent.flatMap((query) => [query.name, warming(query.name)]),
  ...requests.map((query) => query.name),
  upkeep.name,
];

beforeAll(async () => {
  const { uri, user, password } = inject('database');
  const upstream = new URL(uri.replace(/^bolt/, 'http'));
  proxy = new FaultProxy(upstream.hostname, Number(upstream.port));
  await proxy.accept();
  executor = connect({ uri: proxy.uri, user, password, database: undefined }, 'api', {
    timeoutMs: DEADLINE_MS,
    unresponsiveMs: 800,
  });
  executor.health.start();
  await until(() => !executor.health.down && executor.health.monitoring);
  for (const query of recent) {
    await executor
      .withDeadline(300)
      .read(query, { n: LONG })
      .catch(() => {});
  }
  await terminate(recent.map((query) => query.name));
  // kill -9, then the database back on its port.
  await proxy.refuse();
  await until(() => executor.health.down);
  await proxy.accept();
  await until(() => !executor.health.down);
});
afterAll(async () => {
  await terminate(everything);
  executor?.health.stop();
  await executor?.close();
  await proxy?.close();
});

describe('the return after a restart (connections refused, then answered)', () => {
  it("sends requests' first runs of different texts one at a time while the database re-plans (texts never run: in arrival order), each once the one before has ended on the database", async () => {
    const names = requests.map((query) => query.name);
    // The warm-up replays the most recent read first, and goes on doing so while this test runs.
    const warmUp = await settleOn([warming(recent[2]?.name ?? '')]);
    const answers = requests.map((query) =>
      executor
        .withDeadline(DEADLINE_MS)
        .read(query, { n: LONG })
        .then(
          () => 'answered',
          (error: unknown) => (error as Error).name,
        ),
    );
    const seen: string[][] = [];
    for (let step = 0; step < requests.length; step++) {
      const now = await settleOn(names);
      seen.push(now);
      await terminate(now);
    }
    const after = await running(names);
    expect({ warmUp, seen, after, ended: (await Promise.all(answers)).length }).toEqual({
      warmUp: [warming(recent[2]?.name ?? '')],
      seen: [['cold.requestA'], ['cold.requestB'], ['cold.requestC']],
      after: [],
      ended: 3,
    });
  });

  it("holds the server's own upkeep reads until the warm-up is over, then sends them", async () => {
    const measuring = executor
      .forUpkeep()
      .read(upkeep, { n: LONG })
      .catch(() => {});
    const whileWarming = await settleOn([upkeep.name]);
    // Ending every replay ends the warm-up (each next one is terminated as it starts).
    const replays = recent.map((query) => warming(query.name));
    for (let i = 0; i < 100 && !(await running([upkeep.name])).length; i++) {
      await terminate(replays);
      await sleep(100);
    }
    const afterWarmUp = await settleOn([upkeep.name]);
    await terminate([upkeep.name]);
    await measuring;
    expect({ whileWarming, afterWarmUp }).toEqual({ whileWarming: [], afterWarmUp: [upkeep.name] });
  });
});
