import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GateRefusal, TurnGate } from '../../../src/server/turn-gate.js';

/**
 * The heavy gate on a clock the test drives: turns up to its concurrency, the others waiting until
 * their deadline; refused at once only when its queue is full or a turn could not come in time at
 * the pace heavy operations have been running.
 */

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** What `entered` settled to so far: 'admitted', a refusal, or 'waiting'. */
function watch(entered: Promise<() => void>) {
  const seen: { state: string; release?: () => void } = { state: 'waiting' };
  entered.then(
    (release) => {
      seen.state = 'admitted';
      seen.release = release;
    },
    (error: unknown) => {
      seen.state = error instanceof GateRefusal ? `${error.reason}: ${error.message}` : String(error);
    },
  );
  return seen;
}

/** Runs one heavy operation through `gate` that takes `ms`. */
async function runFor(gate: TurnGate, ms: number): Promise<void> {
  const release = await gate.enter(60_000);
  await vi.advanceTimersByTimeAsync(ms);
  release();
}

describe('TurnGate', () => {
  it('admits up to its concurrency at once and gives a waiting one the next turn', async () => {
    const gate = new TurnGate(2, 10, 'heavy operations');
    const first = watch(gate.enter(5_000));
    const second = watch(gate.enter(5_000));
    const third = watch(gate.enter(5_000));
    await vi.advanceTimersByTimeAsync(0);
    expect([first.state, second.state, third.state]).toEqual(['admitted', 'admitted', 'waiting']);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    first.release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(third.state).toBe('admitted');
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
  });

  it('lets a waiting one wait until its deadline, then refuses it as a timeout', async () => {
    const gate = new TurnGate(1, 10, 'heavy operations');
    const running = watch(gate.enter(5_000));
    const waiting = watch(gate.enter(3_000));
    await vi.advanceTimersByTimeAsync(2_999);
    expect([running.state, waiting.state]).toEqual(['admitted', 'waiting']);
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.state).toBe('deadline: no turn among the heavy operations within 3000 ms');
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
  });

  it('refuses at once when its queue is full', async () => {
    const gate = new TurnGate(1, 2, 'heavy operations');
    const states = Array.from({ length: 4 }, () => watch(gate.enter(5_000)));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.map((s) => s.state)).toEqual([
      'admitted',
      'waiting',
      'waiting',
      'full: 1 heavy operations are running and 2 waiting',
    ]);
  });

  it('refuses at once one whose turn would come after its deadline, at the median pace of the latest', async () => {
    const gate = new TurnGate(2, 100, 'heavy operations');
    // The latest heavy operations took 1.0, 1.2 and 4 s: the median is 1.2 s.
    await runFor(gate, 1_000);
    await runFor(gate, 4_000);
    await runFor(gate, 1_200);
    const running = [watch(gate.enter(5_000)), watch(gate.enter(5_000))];
    await vi.advanceTimersByTimeAsync(0);
    expect(running.map((s) => s.state)).toEqual(['admitted', 'admitted']);
    // Two slots: the 1st to 4th to wait expect 1.2, 1.2, 2.4, 2.4 s; a 3 s deadline lets them queue,
    // the 5th and 6th (3.6 s) are refused at once; a longer deadline still queues.
    const queued = Array.from({ length: 6 }, () => watch(gate.enter(3_000)));
    const patient = watch(gate.enter(10_000));
    await vi.advanceTimersByTimeAsync(0);
    expect([...queued, patient].map((s) => s.state)).toEqual([
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      "full: 2 heavy operations are running and 4 waiting, each taking about 1200 ms: a turn would come in about 3600 ms, after this request's deadline",
      "full: 2 heavy operations are running and 4 waiting, each taking about 1200 ms: a turn would come in about 3600 ms, after this request's deadline",
      'waiting',
    ]);
  });

  it('queues without an estimate before any heavy operation has ended', async () => {
    const gate = new TurnGate(1, 100, 'heavy operations');
    const states = Array.from({ length: 50 }, () => watch(gate.enter(100)));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.filter((s) => s.state === 'waiting')).toHaveLength(49);
  });
});
