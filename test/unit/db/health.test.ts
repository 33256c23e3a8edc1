import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DatabaseHealth,
  DEFAULT_HEALTH_TIMING,
  type HealthTiming,
  QUERY_PROBE_UP_INTERVAL_MS,
} from '../../../src/db/health.js';
import { PlanGate } from '../../../src/db/plan-gate.js';

/**
 * The health monitor's verdicts, on a clock the test drives: a database that stops answering is
 * down within unresponsiveMs plus a probe interval; one that refuses connections at once; one that
 * is merely slow to be read (this process's own event loop blocked) or busy but answering, never;
 * one that has been slow to answer is allowed a silence that follows its answers, within bounds.
 */

const timing: HealthTiming = {
  unresponsiveMs: 800,
  maxUnresponsiveMs: 3000,
  intervalMs: 100,
  abandonMs: 3000,
};

/** A probe the test answers: each call is one pending promise, settled by hand. */
function controlledProbe() {
  const pending: { started: number; resolve: (ok: boolean) => void; reject: (error: Error) => void }[] = [];
  const probe = vi.fn(
    () =>
      new Promise<boolean>((resolve, reject) => {
        pending.push({ started: Date.now(), resolve, reject });
      }),
  );
  return {
    probe,
    answerAll(ok = true) {
      for (const call of pending.splice(0)) call.resolve(ok);
    },
    /** Answers the probes sent at least `ms` ago. */
    answerOlderThan(ms: number, ok = true) {
      for (const call of pending.filter((c) => Date.now() - c.started >= ms)) {
        pending.splice(pending.indexOf(call), 1);
        call.resolve(ok);
      }
    },
    /** Fails the probes sent at least `ms` ago. */
    failOlderThan(ms: number, error: Error) {
      for (const call of pending.filter((c) => Date.now() - c.started >= ms)) {
        pending.splice(pending.indexOf(call), 1);
        call.reject(error);
      }
    },
    failAll(error: Error) {
      for (const call of pending.splice(0)) call.reject(error);
    },
  };
}

/** The whole numbers from `from` to `to`, both included. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A probe that the database answers at once. */
const answering = () => vi.fn(async () => true);

let health: DatabaseHealth | undefined;
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  health?.stop();
  health = undefined;
  vi.useRealTimers();
});

/** When, after `from`, the monitor first says down, stepping the clock 10 ms at a time (up to `limit`). */
async function downAfter(monitor: DatabaseHealth, from: number, limit = 5_000): Promise<number | undefined> {
  while (Date.now() - from <= limit) {
    if (monitor.down) return Date.now() - from;
    await vi.advanceTimersByTimeAsync(10);
  }
  return undefined;
}

/**
 * A busy database for `ms`: other queries answer every 100 ms, each probe `probeMs` after it was
 * sent (its round trip).
 */
async function busy(
  db: ReturnType<typeof controlledProbe>,
  monitor: DatabaseHealth,
  ms: number,
  probeMs: number,
) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (Date.now() % 100 === 0) monitor.answered();
    db.answerOlderThan(probeMs);
    await vi.advanceTimersByTimeAsync(10);
  }
}

describe('DatabaseHealth', () => {
  it('with the default timing, finds a database that stops answering down within 850 ms, whenever in its cycle it stops', async () => {
    let worst = 0;
    // Handshakes take a round trip of 1 to 20 ms, so a probe settles just after the tick that sent
    // it; the next one waits for a later tick. Every moment of the probe cycle, 3 ms apart.
    for (const roundTripMs of [1, 5, 20]) {
      for (let offset = 0; offset < 100; offset += 3) {
        const db = controlledProbe();
        const monitor = new DatabaseHealth(db.probe, DEFAULT_HEALTH_TIMING);
        monitor.start();
        for (let ms = 0; ms < 300 + offset; ms++) {
          db.answerOlderThan(roundTripMs);
          await vi.advanceTimersByTimeAsync(1);
        }
        db.answerOlderThan(roundTripMs);
        const frozenAt = Date.now();
        while (!monitor.down && Date.now() - frozenAt < 3_000) await vi.advanceTimersByTimeAsync(1);
        worst = Math.max(worst, Date.now() - frozenAt);
        monitor.stop();
      }
    }
    expect(worst).toBeGreaterThanOrEqual(DEFAULT_HEALTH_TIMING.unresponsiveMs);
    // Issue 11 point 8 asks for an answer within 1 s: 150 ms are left for the request itself.
    expect(worst).toBeLessThanOrEqual(850);
  });

  it('finds a database that stops answering (kill -STOP) down within a second, and tells the listeners', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    const reasons: string[] = [];
    health.onDown((reason) => reasons.push(reason));
    health.start();
    // Up: probes answered as they come, for a while.
    for (let i = 0; i < 20; i++) {
      db.answerAll();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(health.down).toBe(false);
    const frozenAt = Date.now();
    const after = await downAfter(health, frozenAt);
    expect(after).toBeDefined();
    expect(after).toBeGreaterThanOrEqual(timing.unresponsiveMs);
    expect(after).toBeLessThanOrEqual(timing.unresponsiveMs + timing.intervalMs + health.tickMs);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^no answer for \d+ ms \(allowed 800 ms\)$/);
  });

  it('finds a database that refuses connections (kill -9) down at once', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
    expect(health.down).toBe(false);
    db.failAll(new Error('Could not perform discovery. connect ECONNREFUSED 127.0.0.1:7687'));
    await vi.advanceTimersByTimeAsync(0);
    expect({ down: health.down, reason: health.reason }).toEqual({
      down: true,
      reason: 'Could not perform discovery. connect ECONNREFUSED 127.0.0.1:7687',
    });
  });

  it('is up again at the first answer after the database returns', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    expect(await downAfter(health, Date.now())).toBeDefined();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(health.down).toBe(false);
  });

  it('whenUp: true at once while up, true at the first answer while down, false when the wait passes first', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(await health.whenUp(0)).toBe(true);
    expect(await downAfter(health, Date.now())).toBeDefined();
    const outwaited = health.whenUp(250);
    await vi.advanceTimersByTimeAsync(250);
    expect(await outwaited).toBe(false);
    const woken = health.whenUp(250);
    await vi.advanceTimersByTimeAsync(100);
    db.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(await woken).toBe(true);
    expect(health.down).toBe(false);
  });

  it('does not count time its own event loop was blocked as silence (a late answer is read after the block)', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(timing.intervalMs + health.tickMs);
    // A probe is out; the process is blocked for two seconds (no timer runs), during which the
    // database answered. After the block, the timer runs before the answer is read.
    vi.setSystemTime(Date.now() + 2_000);
    await vi.advanceTimersToNextTimerAsync();
    expect(health.down).toBe(false);
    db.answerAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(health.down).toBe(false);
  });

  it('is not down while queries keep answering, however slow the probe', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    for (let elapsed = 0; elapsed < 3_000; elapsed += 100) {
      health.answered();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(health.down).toBe(false);
  });

  it('takes a connection it could not open in time for silence, not for a verdict', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(timing.intervalMs + health.tickMs);
    db.failAll(new Error('Failed to establish connection in 5000ms'));
    await vi.advanceTimersByTimeAsync(0);
    expect(health.down).toBe(false);
  });

  it('answers check() from its verdict while monitoring, without waiting on the database', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    db.answerAll();
    await vi.advanceTimersByTimeAsync(1);
    const calls = db.probe.mock.calls.length;
    expect(await health.check(800)).toBe(true);
    expect(db.probe.mock.calls.length).toBe(calls);
    await downAfter(health, Date.now());
    expect(await health.check(800)).toBe(false);
  });

  it('says the database is not usable when it answers the probe with an error (wrong credentials)', async () => {
    health = new DatabaseHealth(
      vi.fn(async () => false),
      timing,
    );
    health.start();
    await vi.advanceTimersByTimeAsync(1);
    expect({ down: health.down, usable: await health.check(800) }).toEqual({ down: false, usable: false });
  });

  it('without monitoring, bounds check() by its timeout', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    const checked = health.check(800);
    await vi.advanceTimersByTimeAsync(800);
    expect(await checked).toBe(false);
    const up = new DatabaseHealth(answering(), timing);
    expect(await up.check(800)).toBe(true);
  });

  it('allows a database that has been answering slowly more silence (3 × its p99 round trip), then finds it down', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    // Saturated: probes answered after 600 ms for 10 s, other queries answering meanwhile.
    await busy(db, health, 10_000, 600);
    expect({ down: health.down, allowed: health.allowedSilenceMs() }).toEqual({ down: false, allowed: 1800 });
    // Then nothing answers (counted from the last answer, at most 100 ms before): not down after
    // 1.5 s (a stop-the-world pause of a busy database), down at 1.8 s.
    const silentFrom = Date.now();
    const after = await downAfter(health, silentFrom);
    expect(after).toBeGreaterThanOrEqual(1800 - 100);
    expect(after).toBeLessThanOrEqual(1800 + timing.intervalMs + health.tickMs);
  });

  it('never allows more silence than maxUnresponsiveMs (the request deadline)', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    await busy(db, health, 20_000, 2_500);
    expect(health.allowedSilenceMs()).toBe(timing.maxUnresponsiveMs);
    const after = await downAfter(health, Date.now());
    expect(after).toBeGreaterThanOrEqual(timing.maxUnresponsiveMs - 100);
    expect(after).toBeLessThanOrEqual(timing.maxUnresponsiveMs + timing.intervalMs + health.tickMs);
  });

  it('goes back to unresponsiveMs once the slow answers are 30 s old', async () => {
    const db = controlledProbe();
    health = new DatabaseHealth(db.probe, timing);
    health.start();
    await busy(db, health, 5_000, 600);
    expect(health.allowedSilenceMs()).toBe(1800);
    await busy(db, health, 30_000, 0);
    expect(health.allowedSilenceMs()).toBe(timing.unresponsiveMs);
    const after = await downAfter(health, Date.now());
    expect(after).toBeLessThanOrEqual(timing.unresponsiveMs + timing.intervalMs + health.tickMs);
  });

  describe('after a restart (connections refused, then answered)', () => {
    /** Starts `monitor`, the database answering, then refusing connections (killed). */
    async function answerThenRefuse(monitor: DatabaseHealth, db: ReturnType<typeof controlledProbe>) {
      monitor.start();
      db.answerAll();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.failAll(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
      await vi.advanceTimersByTimeAsync(0);
    }

    it('calls its onReturn hook once, and is up at once (requests wait for plans, not for the verdict)', async () => {
      const db = controlledProbe();
      const returned = vi.fn(() => {});
      health = new DatabaseHealth(db.probe, timing);
      health.onReturn(returned);
      await answerThenRefuse(health, db);
      expect({ calls: returned.mock.calls.length, down: health.down }).toEqual({ calls: 0, down: true });
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      // Recovering, it answers with errors first (up, but no query ran): not yet the return.
      db.answerAll(false);
      await vi.advanceTimersByTimeAsync(0);
      expect({ calls: returned.mock.calls.length, down: health.down }).toEqual({ calls: 0, down: false });
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect({ calls: returned.mock.calls.length, down: health.down }).toEqual({ calls: 1, down: false });
      // Later answers are no new return.
      await vi.advanceTimersByTimeAsync(3 * timing.intervalMs);
      db.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect({ calls: returned.mock.calls.length, down: health.down }).toEqual({ calls: 1, down: false });
    });

    it('calls its onRefused hook once an outage, at the first refusal, and says when it was found down', async () => {
      const db = controlledProbe();
      const lost = vi.fn(() => {});
      health = new DatabaseHealth(db.probe, timing);
      health.onRefused(lost);
      health.start();
      db.answerAll();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      expect({ calls: lost.mock.calls.length, downSince: health.downSince }).toEqual({
        calls: 0,
        downSince: 0,
      });
      db.failAll(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
      await vi.advanceTimersByTimeAsync(0);
      const foundAt = Date.now();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.failAll(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
      await vi.advanceTimersByTimeAsync(0);
      expect({ calls: lost.mock.calls.length, downSince: health.downSince }).toEqual({
        calls: 1,
        downSince: foundAt,
      });
      // Back, then refused again: a new outage.
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.answerAll();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.failAll(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
      await vi.advanceTimersByTimeAsync(0);
      expect(lost.mock.calls.length).toBe(2);
    });

    it('still reports the return when monitoring stopped and started again while connections were refused (the plan gate warms)', async () => {
      const db = controlledProbe();
      health = new DatabaseHealth(db.probe, timing);
      // Wired as Executor wires them: the gate re-plans from the refusal until the return's warm-up.
      const gate = new PlanGate(health);
      const returned = vi.fn(() => void gate.warmUp([]));
      health.onRefused(() => gate.lost());
      health.onReturn(returned);
      await answerThenRefuse(health, db);
      const whileRefused = { down: health.down, warm: gate.whenWarm() };
      // The last app on the executor closes; the database comes back; a new app starts.
      health.stop();
      health.start();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      db.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      let warm = false;
      void whileRefused.warm.then(() => {
        warm = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect({
        down: whileRefused.down,
        returns: returned.mock.calls.length,
        up: !health.down,
        warm,
      }).toEqual({
        down: true,
        returns: 1,
        up: true,
        warm: true,
      });
    });

    it('does not warm after silence alone (a stopped database keeps its plans): up at the first answer', async () => {
      const db = controlledProbe();
      const warm = vi.fn(() => {});
      health = new DatabaseHealth(db.probe, timing);
      health.onReturn(warm);
      health.start();
      expect(await downAfter(health, Date.now())).toBeDefined();
      db.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect({ calls: warm.mock.calls.length, down: health.down }).toEqual({ calls: 0, down: false });
    });
  });

  describe('with a liveness probe (a Bolt handshake) beside the query probe', () => {
    /** A liveness probe the test answers, as controlledProbe. */
    function controlledLiveness() {
      const db = controlledProbe();
      return { ...db, liveness: vi.fn(async () => void (await db.probe())) };
    }

    it('finds a database whose queries have been slow down within a second of going silent (kill -STOP after a slow start)', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      health = new DatabaseHealth(queries.probe, timing, handshakes.liveness);
      health.start();
      // For 10 s queries answer 2.5 s late (a freshly started database), handshakes promptly.
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        queries.answerOlderThan(2_500);
        handshakes.answerAll();
        await vi.advanceTimersByTimeAsync(10);
      }
      // The query probe alone would allow the most silence there is (3 × 2.5 s, capped at 3 s).
      expect({ down: health.down, allowed: health.allowedSilenceMs() }).toEqual({
        down: false,
        allowed: timing.unresponsiveMs,
      });
      const silentFrom = Date.now();
      const after = await downAfter(health, silentFrom);
      expect(after).toBeGreaterThanOrEqual(timing.unresponsiveMs);
      expect(after).toBeLessThanOrEqual(timing.unresponsiveMs + timing.intervalMs + health.tickMs);
      expect(health.reason).toMatch(/^no answer for \d+ ms \(allowed 800 ms\)$/);
    });

    it('is not down while handshakes answer, however long a query probe is outstanding, and says queries do not run', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      health = new DatabaseHealth(queries.probe, timing, handshakes.liveness);
      health.start();
      for (let elapsed = 0; elapsed < 5_000; elapsed += 10) {
        handshakes.answerAll();
        await vi.advanceTimersByTimeAsync(10);
      }
      expect({ down: health.down, usable: await health.check(800) }).toEqual({ down: false, usable: false });
      queries.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect({ down: health.down, usable: await health.check(800) }).toEqual({ down: false, usable: true });
    });

    it('finds a refused handshake down at once, and returns at the first query that runs after it', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      const returned = vi.fn(() => {});
      health = new DatabaseHealth(queries.probe, timing, handshakes.liveness);
      const monitor = health;
      const state = async () => ({
        down: monitor.down,
        returned: returned.mock.calls.length,
        usable: await monitor.check(800),
      });
      health.onReturn(returned);
      health.start();
      queries.answerAll();
      handshakes.answerAll();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      // A query probe that fails is no verdict while handshakes answer.
      queries.failAll(new Error('Neo.TransientError.General.DatabaseUnavailable'));
      handshakes.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect(health.down).toBe(false);
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      handshakes.failAll(new Error('Bolt handshake with 127.0.0.1:7687 refused: ECONNREFUSED'));
      await vi.advanceTimersByTimeAsync(0);
      expect({ down: health.down, reason: health.reason }).toEqual({
        down: true,
        reason: 'Bolt handshake with 127.0.0.1:7687 refused: ECONNREFUSED',
      });
      // Bolt open again, no query answered yet (a new process, recovering): still down.
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      handshakes.answerAll();
      queries.failAll(new Error('Neo.TransientError.General.DatabaseUnavailable'));
      await vi.advanceTimersByTimeAsync(0);
      expect({ down: health.down, returned: returned.mock.calls.length }).toEqual({
        down: true,
        returned: 0,
      });
      // Its queries answered with an error: up, queries not yet running, no return.
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      handshakes.answerAll();
      queries.answerAll(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(await state()).toEqual({ down: false, returned: 0, usable: false });
      await vi.advanceTimersByTimeAsync(timing.intervalMs + 50);
      queries.answerAll();
      await vi.advanceTimersByTimeAsync(0);
      expect(await state()).toEqual({ down: false, returned: 1, usable: true });
    });

    it('sends no handshake while queries answer (every 10 ms for 3 s)', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      health = new DatabaseHealth(queries.probe, DEFAULT_HEALTH_TIMING, handshakes.liveness);
      health.start();
      queries.answerAll();
      handshakes.answerAll();
      await vi.advanceTimersByTimeAsync(1);
      const before = handshakes.liveness.mock.calls.length;
      for (let elapsed = 0; elapsed < 3_000; elapsed += 10) {
        health.answered();
        queries.answerAll();
        handshakes.answerAll();
        await vi.advanceTimersByTimeAsync(10);
      }
      expect({ down: health.down, handshakes: handshakes.liveness.mock.calls.length - before }).toEqual({
        down: false,
        handshakes: 0,
      });
    });

    it('when queries stop answering, sends a handshake within intervalMs + tickMs and finds a silent database down within unresponsiveMs + tickMs of its last answer, whenever in the cycle they stop', async () => {
      let latestProbe = 0;
      let earliestDown = Number.POSITIVE_INFINITY;
      let worstDown = 0;
      // Every moment of the 25 ms tick, 3 ms apart.
      for (let offset = 0; offset < 25; offset += 3) {
        const queries = controlledProbe();
        const sent: number[] = [];
        const handshakes = controlledProbe();
        const monitor = new DatabaseHealth(queries.probe, DEFAULT_HEALTH_TIMING, async () => {
          sent.push(Date.now());
          await handshakes.probe();
        });
        monitor.start();
        // Queries answer every 10 ms (handshakes and query probes within 1 ms), then nothing does.
        for (let ms = 0; ms < 300 + offset; ms++) {
          if (ms % 10 === 0) monitor.answered();
          queries.answerOlderThan(1);
          handshakes.answerOlderThan(1);
          await vi.advanceTimersByTimeAsync(1);
        }
        monitor.answered();
        const lastAnswer = Date.now();
        while (!monitor.down && Date.now() - lastAnswer < 3_000) await vi.advanceTimersByTimeAsync(1);
        const firstProbe = sent.find((at) => at >= lastAnswer);
        expect(firstProbe).toBeDefined();
        latestProbe = Math.max(latestProbe, (firstProbe ?? Number.POSITIVE_INFINITY) - lastAnswer);
        earliestDown = Math.min(earliestDown, Date.now() - lastAnswer);
        worstDown = Math.max(worstDown, Date.now() - lastAnswer);
        monitor.stop();
      }
      const { tickMs } = new DatabaseHealth(answering(), DEFAULT_HEALTH_TIMING);
      const { intervalMs, unresponsiveMs } = DEFAULT_HEALTH_TIMING;
      // Silence counts from the last answer, not from the handshake sent up to intervalMs + tickMs
      // later: down as soon as when a probe was always outstanding, to a tick (825 ms, within 850).
      expect({ latestProbe, earliestDown, worstDown }).toEqual({
        latestProbe: expect.toBeOneOf(range(intervalMs, intervalMs + tickMs)),
        earliestDown: expect.toBeOneOf(range(unresponsiveMs, unresponsiveMs + tickMs)),
        worstDown: expect.toBeOneOf(range(unresponsiveMs, unresponsiveMs + tickMs)),
      });
    });

    it('runs the query probe once a second while up, and every intervalMs after a refusal until queries run again', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      const returned = vi.fn(() => {});
      health = new DatabaseHealth(queries.probe, DEFAULT_HEALTH_TIMING, handshakes.liveness);
      health.onReturn(returned);
      health.start();
      const monitor = health;
      /** Query probes sent in `ms`, the database answering (or refusing) each 1 ms after it was sent. */
      const probesIn = async (ms: number, answer: () => void) => {
        const before = queries.probe.mock.calls.length;
        for (let elapsed = 0; elapsed < ms; elapsed++) {
          answer();
          await vi.advanceTimersByTimeAsync(1);
        }
        return queries.probe.mock.calls.length - before;
      };
      const answering = () => {
        queries.answerOlderThan(1);
        handshakes.answerOlderThan(1);
      };
      const refusing = () => {
        queries.failOlderThan(
          1,
          new Error('Could not perform discovery. connect ECONNREFUSED 127.0.0.1:7687'),
        );
        handshakes.failOlderThan(1, new Error('Bolt handshake with 127.0.0.1:7687 refused: ECONNREFUSED'));
      };
      await probesIn(100, answering);
      // Up: one a second, from the first.
      expect(await probesIn(5 * QUERY_PROBE_UP_INTERVAL_MS, answering)).toBe(5);
      // Refused: down at once, and probed as often as the liveness probe (every 50 ms).
      expect({ refused: await probesIn(1_000, refusing), down: monitor.down }).toEqual({
        refused: 20,
        down: true,
      });
      // Back on its port, answering with errors while it recovers: up, still every 50 ms.
      const recovering = () => {
        queries.answerOlderThan(1, false);
        handshakes.answerOlderThan(1);
      };
      expect({
        recovering: await probesIn(1_000, recovering),
        down: monitor.down,
        returned: returned.mock.calls.length,
      }).toEqual({
        recovering: 20,
        down: false,
        returned: 0,
      });
      // Its queries run: the return is seen at the next probe, and the pace is one a second again.
      expect(await probesIn(DEFAULT_HEALTH_TIMING.intervalMs + monitor.tickMs, answering)).toBe(1);
      expect(returned.mock.calls.length).toBe(1);
      expect(await probesIn(5 * QUERY_PROBE_UP_INTERVAL_MS, answering)).toBe(5);
    });

    it('takes a handshake that timed out for silence, not for a verdict', async () => {
      const queries = controlledProbe();
      const handshakes = controlledLiveness();
      health = new DatabaseHealth(queries.probe, timing, handshakes.liveness);
      health.start();
      handshakes.answerAll();
      await vi.advanceTimersByTimeAsync(timing.intervalMs + health.tickMs);
      handshakes.failAll(new Error('Bolt handshake with 127.0.0.1:7687 timed out after 2000 ms'));
      await vi.advanceTimersByTimeAsync(0);
      expect(health.down).toBe(false);
    });
  });
});
