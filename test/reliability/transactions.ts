import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import { type Executor, TRANSACTION_APP } from '../../src/db/Executor.js';
import { waitFor, watchFor } from '../support/patience.js';
import { FaultProxy } from './fault-proxy.js';

/*
 * What runs on the test database, read from the database itself (SHOW TRANSACTIONS, on a driver of
 * its own, never through a fault proxy): for database tests that watch which of their transactions
 * run, rather than sampling after a sleep.
 */

/** A count that runs until the test terminates it (or the database's own limit ends it). */
export const LONG = 1_000_000_000;

/** A read of its own text (never planned before), named `name`, counting to $n: with a large $n it runs until terminated. */
export const counting = (name: string) =>
  cypher(name, `UNWIND range(1, $n) AS x RETURN count(x) AS counted // ${randomUUID()}`);

/** The name the warm-up after a restart gives its replay of the read named `name` (Executor). */
export const warming = (name: string) => `${name} (warming after a restart)`;

/** What a request was told: its error's name and, for an error from the database, its code. */
export const outcome = (error: unknown) => {
  const cause = (error as Error).cause;
  return cause instanceof neo4j.Neo4jError ? `${(error as Error).name} ${cause.code}` : (error as Error).name;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withDriver<T>(
  work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>,
): Promise<T> {
  const { uri, user, password } = inject('database');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** Names of our transactions running now among `names` (one entry per transaction), sorted. */
export function running(names: string[]): Promise<string[]> {
  return withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app AND metaData.query IN $names RETURN metaData.query AS name',
      { app: TRANSACTION_APP, names },
    );
    return records.map((record) => record.get('name') as string).sort();
  });
}

/** Terminates our transactions running any of `names`. */
export async function terminate(names: string[]): Promise<void> {
  await withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = $app AND metaData.query IN $names RETURN transactionId',
      { app: TRANSACTION_APP, names },
    );
    const ids = records.map((record) => record.get('transactionId') as string);
    if (ids.length > 0) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
  });
}

/**
 * How long a test watches for transactions it expects not to run: their absence for this long is
 * its evidence (`absentFor(names)`).
 */
export const WATCH_MS = 5_000;

/**
 * Waits until one of `names` runs (`waitFor`: it fails naming them past PATIENCE_MS; a busy machine
 * may take seconds to send it), then watches 300 ms more: which of them run.
 */
export async function settleOn(names: string[]): Promise<string[]> {
  await waitFor(`one of ${names.join(', ')} to run`, async () => (await running(names)).length > 0, {
    everyMs: 100,
  });
  await sleep(300);
  return running(names);
}

/** Watches for `names` for WATCH_MS, and 300 ms more if one appears: which of them run (none, as a test expects). */
export async function absentFor(names: string[]): Promise<string[]> {
  await watchFor(async () => (await running(names)).length > 0, WATCH_MS, 100);
  await sleep(300);
  return running(names);
}

/** Waits until one of `names` runs (`waitFor`, PATIENCE_MS at most): which of them run then. */
export async function appears(names: string[]): Promise<string[]> {
  let now: string[] = [];
  await waitFor(
    `one of ${names.join(', ')} to run`,
    async () => {
      now = await running(names);
      return now.length > 0;
    },
    { everyMs: 100 },
  );
  return now;
}

/**
 * The API's executor on the test database through a fault proxy, its health monitor started and the
 * database found up; each transaction is allowed `timeoutMs`.
 */
export async function executorBehindProxy(
  timeoutMs: number,
): Promise<{ proxy: FaultProxy; executor: Executor }> {
  const { uri, user, password } = inject('database');
  const upstream = new URL(uri.replace(/^bolt/, 'http'));
  const proxy = new FaultProxy(upstream.hostname, Number(upstream.port));
  await proxy.accept();
  const executor = connect({ uri: proxy.uri, user, password, database: undefined }, 'api', {
    timeoutMs,
    unresponsiveMs: 800,
  });
  executor.health.start();
  await waitFor(
    'the health monitor to start and find the database up',
    () => !executor.health.down && executor.health.monitoring,
    {
      everyMs: 10,
    },
  );
  return { proxy, executor };
}

/** What the executor sees of kill -9 and a restart: connections refused until it finds the database down, then answered again until it finds it up. */
export async function restartBehind(proxy: FaultProxy, executor: Executor): Promise<void> {
  await proxy.refuse();
  await waitFor('the executor to find the database down (connections refused)', () => executor.health.down, {
    everyMs: 10,
  });
  await proxy.accept();
  await waitFor('the executor to find the database up again', () => !executor.health.down, { everyMs: 10 });
}

/** Ends what `executorBehindProxy` started. */
export async function closeBehindProxy(
  proxy: FaultProxy | undefined,
  executor: Executor | undefined,
): Promise<void> {
  executor?.health.stop();
  await executor?.close();
  await proxy?.close();
}
