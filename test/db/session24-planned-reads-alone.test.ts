import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/Executor.js';
import type { FaultProxy } from '../reliability/fault-proxy.js';
import {
  appears,
  closeBehindProxy,
  counting,
  executorBehindProxy,
  LONG,
  outcome,
  restartBehind,
  running,
  settleOn,
  terminate,
  warming,
} from '../reliability/transactions.js';

/*
 * Issue 11 point 8, the return after kill -9 (the fault proxy refusing connections, then accepting
 * them): while a first run plans a text on the restarted database, reads of texts planned again
 * since the return go one at a time (PlanGate.alone), so that the plan others wait for gets the CPU.
 * Each step polls SHOW TRANSACTIONS until the expected reads show, and terminates them: no timing.
 */

const DEADLINE_MS = 120_000;

let proxy: FaultProxy;
let executor: Executor;
/** Replayed by the warm-up at the return, which keeps the database re-planning while it runs. */
const recent = counting('alone.recent');
/** Planned again first after the return; then read by several requests at once. */
const planned = counting('alone.planned');
/** A first run after the return that holds the turn, planning, until terminated. */
const first = counting('alone.first');
const reads = ['alone.read1', 'alone.read2', 'alone.read3', 'alone.read4'].map((name) => ({
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
  it("run one at a time while a request's first run plans, and together once it has ended", async () => {
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
    const seen: string[][] = [];
    // One at a time: each terminated read makes way for exactly one more.
    for (let step = 0; step < 2; step++) {
      const now = await settleOn(names.filter((name) => !seen.flat().includes(name)));
      seen.push(now);
      await terminate(now);
    }
    const whileFirstRuns = await running([first.name]);
    await terminate([first.name]);
    // The first run ended, and with it the warm-up: the two reads left run together.
    const last = await settleOn(names.filter((name) => !seen.flat().includes(name)));
    await terminate(last);
    const terminated = 'DatabaseQueryError Neo.ClientError.Transaction.Terminated';
    expect({
      replay,
      firstRuns,
      seenCounts: seen.map((now) => now.length),
      whileFirstRuns,
      last,
      outcomes: await Promise.all(answers),
      first: await firstAnswer,
    }).toEqual({
      replay: [warming(recent.name)],
      firstRuns: [first.name],
      seenCounts: [1, 1],
      whileFirstRuns: [first.name],
      last: names.filter((name) => !seen.flat().includes(name)),
      outcomes: [terminated, terminated, terminated, terminated],
      first: terminated,
    });
  });
});
