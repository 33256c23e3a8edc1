import { afterEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { testExecutor } from '../support/database.js';
import { patientLimit, waitFor } from '../support/patience.js';

/** Counts to $n: with a large $n it runs until terminated, long enough to be seen running. */
const firstRun = cypher('test.planGateFirst', 'UNWIND range(1, $n) AS x RETURN count(x) AS first');
const planned = cypher('test.planGatePlanned', 'UNWIND range(1, $n) AS x RETURN count(x) AS planned');
const LONG = 1_000_000_000;

async function admin<T>(
  text: string,
  params: Record<string, unknown>,
  map: (row: Record<string, unknown>) => T,
) {
  const session = testExecutor().driver.session();
  try {
    return (await session.run(text, params)).records.map((record) => map(record.toObject()));
  } finally {
    await session.close();
  }
}

/** The ids of our transactions running the named query now, as SHOW TRANSACTIONS lists them. */
const running = (name: string) =>
  admin(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = $app AND metaData.query = $name RETURN transactionId',
    { app: TRANSACTION_APP, name },
    (row) => row.transactionId as string,
  );

const terminate = async (ids: string[]) => {
  if (ids.length > 0) await admin('TERMINATE TRANSACTIONS $ids', { ids }, () => undefined);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `count` transactions of `name` run (`waitFor`, PATIENCE_MS at most), then watches 300 ms more; the most seen. */
async function settleOn(name: string, count: number): Promise<string[]> {
  let ids: string[] = [];
  await waitFor(
    `${count} transactions of ${name} to run`,
    async () => {
      ids = await running(name);
      return ids.length >= count;
    },
    { everyMs: 100 },
  );
  await sleep(300);
  const again = await running(name);
  return again.length > ids.length ? again : ids;
}

afterEach(async () => {
  for (const name of [firstRun.name, planned.name]) await terminate(await running(name));
});

describe('the plan gate', () => {
  // Waits for the first run, then for the two others (patientLimit: each may fail at PATIENCE_MS).
  it('runs a text not yet run since the database started alone: concurrent reads of it wait for that run', {
    timeout: patientLimit(2),
  }, async () => {
    const executor = testExecutor().withTimeout(30_000);
    const reads = Array.from({ length: 3 }, () =>
      executor.read(firstRun, { n: LONG }).catch((e: unknown) => e),
    );
    // The first run alone, however long it takes.
    const first = await settleOn(firstRun.name, 1);
    // It ends (terminated here; planned either way): the two others then run side by side.
    await terminate(first);
    const rest = await settleOn(firstRun.name, 2);
    await terminate(rest);
    const answers = await Promise.all(reads);
    expect({
      first: first.length,
      rest: rest.length,
      failed: answers.filter((a) => a instanceof Error).length,
    }).toEqual({ first: 1, rest: 2, failed: 3 });
  });

  // A wait for the three reads (patientLimit: it may fail at PATIENCE_MS).
  it('runs reads of a text that has run at once, side by side', { timeout: patientLimit(1) }, async () => {
    const executor = testExecutor().withTimeout(30_000);
    expect(await executor.read(planned, { n: 3 })).toEqual([{ planned: 3 }]);
    const reads = Array.from({ length: 3 }, () =>
      executor.read(planned, { n: LONG }).catch((e: unknown) => e),
    );
    const ids = await settleOn(planned.name, 3);
    await terminate(ids);
    await Promise.all(reads);
    expect(ids.length).toBe(3);
  });
});
