import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { CLIENT_GRACE_MS, type Executor } from '../../src/db/Executor.js';
import { DatabaseOutcomeUnknownError, DatabaseTimeoutError } from '../../src/db/errors.js';
import { testExecutor } from '../support/database.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { counting, LONG, running } from '../support/transactions.js';

/*
 * A transaction whose commit is slow on purpose: it creates a relationship to a node another
 * transaction holds a write lock on. Neo4j takes the nodes' locks for a new relationship when it
 * commits, so the statement answers at once and the commit waits for the lock, past the
 * transaction's timeout (the server does not cut a commit off), and is applied once the lock is
 * let go. Whatever the Executor answers must agree with what the graph then holds.
 */
const LABEL = 'Session31CommitProbe';
const setUp = cypher(
  'test.commitProbe.setUp',
  `MERGE (:${LABEL} {id: 'from'}) MERGE (:${LABEL} {id: 'to'})
   WITH 1 AS one MATCH (:${LABEL})-[r]->() DELETE r`,
);
const hold = cypher('test.commitProbe.hold', `MATCH (n:${LABEL} {id: 'to'}) SET n.held = true`);
const link = cypher(
  'test.commitProbe.link',
  `MATCH (a:${LABEL} {id: 'from'}), (b:${LABEL} {id: 'to'}) CREATE (a)-[:PROBED]->(b)`,
);
const links = cypher('test.commitProbe.links', `MATCH (:${LABEL})-[r:PROBED]->() RETURN count(r) AS n`);
const tearDown = cypher('test.commitProbe.tearDown', `MATCH (n:${LABEL}) DETACH DELETE n`);

/** The transaction timeout the slow transactions run under. */
const TIMEOUT_MS = 4000;
/**
 * When the Executor's first wait for an unanswered transaction (its timeout and the grace) is over
 * at the latest, counted from the statement's answer (the attempt began before it). The lock is let
 * go then: the Executor's own timer for that wait was set first, for as long, so it has fired when
 * the test's does, whatever the machine's speed; the commit then has nearly a whole timeout (the
 * longer wait the Executor owes a commit in flight) to go through.
 */
const FIRST_WAIT_MS = TIMEOUT_MS + CLIENT_GRACE_MS;

beforeAll(async () => {
  await testExecutor().write(setUp);
});
afterAll(async () => {
  await testExecutor().write(tearDown);
});

/**
 * Runs `link` through `executor` while another transaction holds the lock its commit needs, until
 * FIRST_WAIT_MS after the statement answered; resolves with the events in the order they happened
 * ('first wait over' once the Executor's first wait has ended) and how `link` ended, once the
 * transaction has ended on the database too (SHOW TRANSACTIONS), so the graph holds its outcome.
 */
async function linkWhileLocked(executor: Executor): Promise<{ events: string[]; error: unknown }> {
  const events: string[] = [];
  const driver = testExecutor().driver;
  const holder = driver.session();
  const held = await holder.beginTransaction();
  await held.run(hold.text);
  let release: Promise<void> | undefined;
  let error: unknown;
  try {
    await executor.transaction('test.commitProbe', async (tx) => {
      await tx.run(link);
      events.push('statement answered');
      release ??= new Promise<void>((resolve) => {
        setTimeout(() => {
          events.push('first wait over', 'lock released');
          held.commit().then(resolve, resolve);
        }, FIRST_WAIT_MS);
      });
    });
    events.push('transaction answered');
  } catch (caught) {
    events.push('transaction failed');
    error = caught;
  }
  await (release ?? held.rollback());
  await holder.close();
  // An abandoned commit goes on after its answer: wait for it to end, not for a time.
  await waitFor(
    'test.commitProbe, its lock let go, to end on the database',
    async () => (await running(['test.commitProbe'])).length === 0,
  );
  return { events, error };
}

async function linkCount(): Promise<number> {
  const [row] = await testExecutor().read<{ n: number }>(links);
  return Number(row?.n);
}

describe('a transaction whose commit is in flight', () => {
  // A wait for the commit to end (patientLimit: it may fail at PATIENCE_MS).
  it('is answered by its commit, even past its timeout: applied and reported so', {
    timeout: patientLimit(1),
  }, async () => {
    await testExecutor().write(setUp);
    const { events, error } = await linkWhileLocked(testExecutor().withTimeout(TIMEOUT_MS));
    expect(error).toBeUndefined();
    expect(events).toEqual([
      'statement answered',
      'first wait over',
      'lock released',
      'transaction answered',
    ]);
    expect(await linkCount()).toBe(1);
  });

  // A wait for the commit to end (patientLimit: it may fail at PATIENCE_MS).
  it('past a request deadline is reported as an unknown outcome, never as a timeout, and was applied', {
    timeout: patientLimit(1),
  }, async () => {
    await testExecutor().write(setUp);
    const { events, error } = await linkWhileLocked(testExecutor().withDeadline(TIMEOUT_MS));
    expect(events).toEqual(['statement answered', 'transaction failed', 'first wait over', 'lock released']);
    expect(error).toBeInstanceOf(DatabaseOutcomeUnknownError);
    expect(error).not.toBeInstanceOf(DatabaseTimeoutError);
    expect((error as DatabaseOutcomeUnknownError).query).toBe('test.commitProbe');
    expect((error as Error).message).toBe(
      `test.commitProbe: its commit was sent, but its ${TIMEOUT_MS} ms limit passed before it answered; it may have been applied`,
    );
    expect(await linkCount()).toBe(1);
  });

  it('that the server cuts off before its commit is still a plain timeout, and nothing is applied', async () => {
    await testExecutor().write(setUp);
    const slow = counting('test.commitProbe.slow');
    let error: unknown;
    try {
      await testExecutor()
        .withTimeout(200)
        .transaction('test.commitProbe', async (tx) => {
          await tx.run(link);
          await tx.run(slow, { n: LONG });
        });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect(await linkCount()).toBe(0);
  });
});
