import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { TRANSACTION_APP } from '../../src/db/Executor.js';
import { DatabaseTimeoutError } from '../../src/db/errors.js';
import { testExecutor } from '../support/database.js';
import { PATIENCE_MS, patientLimit, waitFor } from '../support/patience.js';
import { counting, LONG } from '../support/transactions.js';

/** Runs (with { n: LONG }) until its transaction timeout: long enough to be seen in SHOW TRANSACTIONS. */
const slow = counting('test.slowForMetadata');

interface ShownTransaction {
  transactionId: string;
  metaData: Record<string, unknown>;
  currentQuery: string;
}

/** SHOW TRANSACTIONS as an administrator would type it, outside the Executor. */
async function showOurTransactions(): Promise<ShownTransaction[]> {
  const session = testExecutor().driver.session();
  try {
    const result = await session.run(
      'SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery WHERE metaData.app = $app RETURN transactionId, metaData, currentQuery',
      { app: TRANSACTION_APP },
    );
    return result.records.map((record) => record.toObject() as ShownTransaction);
  } finally {
    await session.close();
  }
}

describe('transaction metadata', () => {
  // A wait for the transaction to show (patientLimit: it may fail at PATIENCE_MS).
  it('says in SHOW TRANSACTIONS which application and which named query a transaction runs', {
    timeout: patientLimit(1),
  }, async () => {
    // Outlives the wait for it to show, inside the test database's own 60 s limit.
    const running = testExecutor()
      .withTimeout(PATIENCE_MS + 10_000)
      .read(slow, { n: LONG })
      .catch((error: unknown) => error);
    let shown: ShownTransaction[] = [];
    await waitFor(
      `${slow.name} to show in SHOW TRANSACTIONS`,
      async () => {
        shown = (await showOurTransactions()).filter((t) => t.metaData.query === slow.name);
        return shown.length > 0;
      },
      { everyMs: 100 },
    );
    // End it (an administrator would, by the same metadata).
    const session = testExecutor().driver.session();
    try {
      await session.run('TERMINATE TRANSACTIONS $ids', { ids: shown.map((t) => t.transactionId) });
    } finally {
      await session.close();
    }
    await running;
    expect(shown.map((t) => ({ metaData: t.metaData, currentQuery: t.currentQuery }))).toEqual([
      { metaData: { app: 'career-graph', query: 'test.slowForMetadata' }, currentQuery: slow.text },
    ]);
  });

  it('names a multi-query transaction by the name given to it', async () => {
    const seen = await testExecutor().transaction('test.namedTransaction', async (tx) => {
      const [row] = await tx.run<{ metaData: Record<string, unknown> }>(
        cypher(
          'test.ownMetadata',
          'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery" RETURN metaData',
        ),
      );
      return row?.metaData;
    });
    expect(seen).toEqual({ app: 'career-graph', query: 'test.namedTransaction' });
  });

  it('ends a transaction over its timeout as a DatabaseTimeoutError', async () => {
    await expect(testExecutor().withTimeout(100).read(slow, { n: LONG })).rejects.toBeInstanceOf(
      DatabaseTimeoutError,
    );
  });
});
