import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { firstRunSettled } from '../../../src/db/Executor.js';
import {
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../../../src/db/errors.js';

/** A promise with its settling functions, and whether it has settled, for stepping through. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A health monitor that is found down when the test says so. */
function fakeHealth() {
  const listeners = new Set<(reason: string) => void>();
  return {
    onDown(listener: (reason: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goDown: () => {
      for (const listener of listeners) listener('refused');
    },
    listeners,
  };
}

/** Whether `promise` has settled after the pending callbacks ran, and with what. */
async function state(promise: Promise<boolean>): Promise<boolean | 'pending'> {
  return Promise.race([
    promise,
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20)),
  ]);
}

const neo4jError = (code: string) => new Neo4jError('from the database', code, '', '');
const timedOut = () => new DatabaseTimeoutError('faults.q', 5000);

describe("firstRunSettled: when a text's first run has left the database with its plan", () => {
  it('counts a run that answered with rows, or with an error of the query, as planned', async () => {
    const health = fakeHealth();
    const run = Promise.resolve([]);
    expect(await firstRunSettled(run, [run], health)).toBe(true);
    const failed = Promise.reject(
      new DatabaseQueryError('faults.q', neo4jError('Neo.ClientError.Statement.TypeError')),
    );
    expect(await firstRunSettled(failed, [failed.catch(() => {})], health)).toBe(true);
  });

  it('counts a run that found the database unavailable as not planned, at once', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    const answer = Promise.reject(new DatabaseUnavailableError('faults.q: refused', 'faults.q'));
    expect(await state(firstRunSettled(answer, [server.promise], health))).toBe(false);
  });

  it('waits, after the client stopped waiting at its deadline, until the database has ended the run', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
    const whileRunning = await state(settled);
    server.resolve({ records: [] });
    expect({ whileRunning, after: await state(settled), listeners: health.listeners.size }).toEqual({
      whileRunning: 'pending',
      after: true,
      listeners: 0,
    });
  });

  it('counts a run the database itself cut off at its timeout, or lost the connection of, as not planned', async () => {
    const health = fakeHealth();
    const outcomes = [];
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'ServiceUnavailable',
    ]) {
      const server = deferred<unknown>();
      const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
      server.reject(neo4jError(code));
      outcomes.push([code, await state(settled)]);
    }
    expect(outcomes).toEqual([
      ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', false],
      ['Neo.ClientError.Transaction.TransactionTimedOut', false],
      ['ServiceUnavailable', false],
    ]);
  });

  it('stops waiting for the run, not planned, once the database is found down', async () => {
    const health = fakeHealth();
    const server = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [server.promise], health);
    const before = await state(settled);
    health.goDown();
    expect({ before, after: await state(settled), listeners: health.listeners.size }).toEqual({
      before: 'pending',
      after: false,
      listeners: 0,
    });
  });

  it('follows the last attempt when the run was tried more than once', async () => {
    const health = fakeHealth();
    const first = Promise.reject(neo4jError('ServiceUnavailable'));
    first.catch(() => {});
    const second = deferred<unknown>();
    const settled = firstRunSettled(Promise.reject(timedOut()), [first, second.promise], health);
    const pending = await state(settled);
    second.resolve({ records: [] });
    expect([pending, await state(settled)]).toEqual(['pending', true]);
  });
});
