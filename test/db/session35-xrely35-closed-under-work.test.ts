import { describe, expect, inject, it, vi } from 'vitest';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { DatabaseClosingError } from '../../src/db/errors.js';
import { within } from '../support/patience.js';

/*
 * An executor closed while a transaction's work runs answers that work DatabaseClosingError at once
 * and keeps nothing that holds the process: a timer kept for the work's time limit would keep a
 * process (a test run's global setup, a CLI) alive that long after everything else closed.
 */

/** Far longer than any run: a timer this long still pending is one nothing cleared. */
const TIMEOUT_MS = 3_600_000;

describe('an executor closed under a running transaction', () => {
  it('answers DatabaseClosingError and clears the timer of the work it gave up on, though the work never ends', async () => {
    const executor = new Executor(createDriver(inject('database')), { timeoutMs: TIMEOUT_MS });
    const set = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    let entered = () => {};
    const inWork = new Promise<void>((resolve) => {
      entered = resolve;
    });
    // The work waits on this until the test ends: given up on, it has not settled.
    let finish = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const outcome = executor
      .transaction('test.closedUnderWork', async () => {
        entered();
        await held;
      })
      .then(
        () => 'answered',
        (error: unknown) => error,
      );
    try {
      await within('the transaction to begin its work', inWork);
      await executor.close();
      const error = await within('the transaction to be answered once closed', outcome);
      expect(error).toBeInstanceOf(DatabaseClosingError);
      expect({
        message: (error as DatabaseClosingError).message,
        query: (error as DatabaseClosingError).query,
      }).toEqual({
        message: 'test.closedUnderWork: the connection pool is closed',
        query: 'test.closedUnderWork',
      });
      const limits = set.mock.calls.flatMap(([, delay], call) =>
        (delay ?? 0) >= TIMEOUT_MS ? [set.mock.results[call]?.value] : [],
      );
      expect(limits).toHaveLength(1);
      const clearedTimers = new Set(cleared.mock.calls.map(([timer]) => timer));
      expect({ uncleared: limits.filter((timer) => !clearedTimers.has(timer)).length }).toEqual({
        uncleared: 0,
      });
    } finally {
      finish();
      await executor.close();
    }
  });
});
