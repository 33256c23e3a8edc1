import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/Executor.js';
import type { FaultProxy } from '../reliability/fault-proxy.js';
import {
  closeBehindProxy,
  executorBehindProxy,
  outcome,
  restartBehind,
  warming,
} from '../reliability/transactions.js';
import { patientLimit } from '../support/patience.js';
import { absentFor, appears, counting, LONG, running, settleOn, terminate } from '../support/transactions.js';

/*
 * Issue 11 point 8, the return after kill -9 (the fault proxy refusing connections, then accepting
 * them): while a first run plans a text on the restarted database, reads of texts planned again
 * since the return wait until it has ended (PlanGate.heldBack), so that the plan others wait for gets the CPU.
 * Each step polls SHOW TRANSACTIONS until the expected reads show, and terminates them: no timing.
 */

const DEADLINE_MS = 120_000;

let proxy: FaultProxy;
let executor: Executor;
/** Replayed by the warm-up at the return, which keeps the database re-planning while it runs. */
const recent = counting('held.recent');
/** Planned again first after the return; then read by several requests at once. */
const planned = counting('held.planned');
/** A first run after the return that holds the turn, planning, until terminated. */
const first = counting('held.first');
const reads = ['held.read1', 'held.read2', 'held.read3'].map((name) => ({
  name,
  text: planned.text,
}));
const names = reads.map((read) => read.name);

beforeAll(async () => {
  ({ proxy, executor } = await executorBehindProxy(DEADLINE_MS));
  await executor
    .withDeadline(300)
    .read(recent, { n: LONG })
    .catch(() => {});
  await terminate([recent.name]);
  await restartBehind(proxy, executor);
});
afterAll(async () => {
  await terminate([recent.name, warming(recent.name), first.name, ...names]);
  await closeBehindProxy(proxy, executor);
});

describe('reads of planned texts after a restart', () => {
  // Waits for the replay, the first run and the reads after it (patientLimit: each may fail at PATIENCE_MS).
  it("wait while a request's first run plans, and run together once the database has ended it", {
    timeout: patientLimit(3),
  }, async () => {
    // The warm-up replays the recent read at the return; meanwhile `planned` is planned again and
    // `first` takes the turn. Once the replay ends, the warm-up waits for `first`.
    const replay = await appears([warming(recent.name)]);
    await executor.withDeadline(DEADLINE_MS).read(planned, { n: 1 });
    const firstAnswer = executor
      .withDeadline(DEADLINE_MS)
      .read(first, { n: LONG })
      .then(() => 'answered', outcome);
    const firstRuns = await appears([first.name]);
    await terminate([warming(recent.name)]);
    const answers = reads.map((read) =>
      executor
        .withDeadline(DEADLINE_MS)
        .read(read, { n: LONG })
        .then(() => 'answered', outcome),
    );
    // Watched for 5 s (their deadlines leave them 60 s to wait): none runs beside the first run.
    const whileFirstRuns = await absentFor(names);
    const stillFirst = await running([first.name]);
    await terminate([first.name]);
    const afterFirst = await settleOn(names);
    await terminate(names);
    const terminated = 'DatabaseQueryError Neo.ClientError.Transaction.Terminated';
    expect({
      replay,
      firstRuns,
      whileFirstRuns,
      stillFirst,
      afterFirst,
      outcomes: await Promise.all(answers),
      first: await firstAnswer,
    }).toEqual({
      replay: [warming(recent.name)],
      firstRuns: [first.name],
      whileFirstRuns: [],
      stillFirst: [first.name],
      afterFirst: names,
      outcomes: names.map(() => terminated),
      first: terminated,
    });
  });
});
