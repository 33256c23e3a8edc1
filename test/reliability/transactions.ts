import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { connect } from '../../src/db/connect.js';
import type { Executor } from '../../src/db/Executor.js';
import { waitFor } from '../support/patience.js';
import { FaultProxy } from './fault-proxy.js';

/*
 * Transactions of the API's executor on the test database through a fault proxy, for reliability
 * tests that watch them (test/support/transactions.ts).
 */

/** The name the warm-up after a restart gives its replay of the read named `name` (Executor). */
export const warming = (name: string) => `${name} (warming after a restart)`;

/** What a request was told: its error's name and, for an error from the database, its code. */
export const outcome = (error: unknown) => {
  const cause = (error as Error).cause;
  return cause instanceof neo4j.Neo4jError ? `${(error as Error).name} ${cause.code}` : (error as Error).name;
};

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
