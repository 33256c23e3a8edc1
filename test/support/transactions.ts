import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { sleep, waitFor, watchFor } from './patience.js';

/*
 * What runs on the test database, read from the database itself (SHOW TRANSACTIONS, on a driver of
 * its own, never through a fault proxy): for database tests that watch which of their transactions
 * run, rather than sampling after a sleep.
 */

/** A count that runs until the test terminates it (or the database's own limit ends it). */
export const LONG = 1_000_000_000;

/**
 * A read of its own text (never planned before in this database: the comment is new), named `name`,
 * counting to $n (column `counted`): with $n = LONG it runs until terminated, long enough to be seen.
 */
export const counting = (name: string) =>
  cypher(name, `UNWIND range(1, $n) AS x RETURN count(x) AS counted // ${randomUUID()}`);

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
 * Waits until `count` transactions of `names` run (`waitFor`: it fails naming them past
 * PATIENCE_MS; a busy machine may take seconds to send them), then watches 300 ms more: which of
 * them run (one entry per transaction).
 */
export async function settleOn(names: string[], count = 1): Promise<string[]> {
  await waitFor(
    `${count} transaction(s) of ${names.join(', ')} to run`,
    async () => (await running(names)).length >= count,
    { everyMs: 100 },
  );
  await sleep(300);
  return running(names);
}

/**
 * Watches for `names` until one runs or WATCH_MS has passed (`watchFor`: no failure, the test asserts
 * what it saw), then 300 ms more: which of them run (none, for a test that expects them held back).
 */
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
