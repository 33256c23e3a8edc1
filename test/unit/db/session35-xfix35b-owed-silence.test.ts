import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DatabaseHealth,
  DEFAULT_HEALTH_TIMING,
  type HealthTiming,
  IDLE_PROBE_INTERVAL_MS,
} from '../../../src/db/health.js';

/**
 * Work that starts after a quiet spell owes the monitor an answer from its own start, not from the
 * last answer before it nor from an earlier work's start: a database that pauses for less than
 * `unresponsiveMs` between one-at-a-time requests is not down, and a frozen one is found down
 * `unresponsiveMs` after the request began. On the test's clock, each work starts just after a
 * tick of the idle pace, so the first fast tick is `tickMs` after it: counting from the work's start
 * gives the verdict at `unresponsiveMs`, counting from that tick at `unresponsiveMs + tickMs`.
 */

const timing: HealthTiming = { ...DEFAULT_HEALTH_TIMING, idleIntervalMs: IDLE_PROBE_INTERVAL_MS };

let monitors: DatabaseHealth[] = [];
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  for (const monitor of monitors) monitor.stop();
  monitors = [];
  vi.useRealTimers();
});

/**
 * A database that answers each probe a millisecond after it is sent, except while paused: what is
 * sent then is answered when the pause ends (never, for a frozen one).
 */
function pausableDatabase() {
  let pausedUntil = 0;
  const answerLater = () =>
    new Promise<void>((resolve) => {
      const ms = Math.max(1, pausedUntil - Date.now());
      if (Number.isFinite(ms)) setTimeout(resolve, ms);
    });
  const handshake = vi.fn(answerLater);
  const query = vi.fn(() => answerLater().then(() => true));
  const health = new DatabaseHealth(query, timing, handshake);
  monitors.push(health);
  health.start();
  return {
    health,
    handshake,
    pauseFor(ms: number) {
      pausedUntil = Date.now() + ms;
    },
  };
}

/** `count` requests one at a time, `gapMs` apart, whose query answers 3 ms after it starts. */
async function requestsOneAtATime(health: DatabaseHealth, count: number, gapMs: number) {
  for (let request = 0; request < count; request++) {
    const end = health.working();
    await vi.advanceTimersByTimeAsync(3);
    health.answered();
    end();
    await vi.advanceTimersByTimeAsync(gapMs - 3);
  }
}

/**
 * A request starts now while the database pauses `pauseMs` (Infinity: frozen); its query answers
 * when the pause ends. Returns how long after the request's start the database was found down
 * (undefined: not within 1.5 s).
 */
async function requestDuringPause(db: ReturnType<typeof pausableDatabase>, pauseMs: number) {
  const { health } = db;
  db.pauseFor(pauseMs);
  const startedAt = Date.now();
  const end = health.working();
  if (Number.isFinite(pauseMs)) setTimeout(() => health.answered(), pauseMs);
  let downAfter: number | undefined;
  while (Date.now() - startedAt < 1_500) {
    await vi.advanceTimersByTimeAsync(1);
    if (health.down && downAfter === undefined) downAfter = Date.now() - startedAt;
  }
  end();
  return downAfter;
}

/** A pause of the database shorter than the silence allowed, by a tick. */
const SHORT_PAUSE_MS = timing.unresponsiveMs - 25;

describe.each([60, 200, 700])('requests one at a time, %i ms apart, then the database pauses', (gapMs) => {
  it(`is not down when the pause ends ${timing.unresponsiveMs - SHORT_PAUSE_MS} ms before the silence allowed`, async () => {
    const db = pausableDatabase();
    await vi.advanceTimersByTimeAsync(2_000);
    await requestsOneAtATime(db.health, 20, gapMs);
    expect(db.health.down).toBe(false);
    const before = db.handshake.mock.calls.length;
    expect(await requestDuringPause(db, SHORT_PAUSE_MS)).toBeUndefined();
    // The owed probe went out once, at the tick after the request's start.
    expect(db.handshake.mock.calls.length - before).toBeGreaterThanOrEqual(1);
    expect(db.health.down).toBe(false);
    expect(db.health.downSince).toBe(0);
  });

  it('finds a frozen database down unresponsiveMs after the request began', async () => {
    const db = pausableDatabase();
    await vi.advanceTimersByTimeAsync(2_000);
    await requestsOneAtATime(db.health, 20, gapMs);
    const downAfter = await requestDuringPause(db, Number.POSITIVE_INFINITY);
    expect(downAfter).toBeGreaterThanOrEqual(timing.unresponsiveMs);
    expect(downAfter).toBeLessThanOrEqual(timing.unresponsiveMs + db.health.tickMs / 2);
    expect(db.health.reason).toMatch(/^no answer for \d+ ms \(allowed 800 ms\)$/);
  });
});

describe('work that ends with no answer (a refused BEGIN, a commit with no query)', () => {
  it('leaves nothing owed: a later request during a short pause is not found down', async () => {
    const db = pausableDatabase();
    await vi.advanceTimersByTimeAsync(2_300);
    const unanswered = db.health.working();
    await vi.advanceTimersByTimeAsync(5);
    unanswered();
    await vi.advanceTimersByTimeAsync(200);
    expect(await requestDuringPause(db, SHORT_PAUSE_MS)).toBeUndefined();
    expect(db.health.down).toBe(false);
    expect(db.health.downSince).toBe(0);
  });

  it('a frozen database is found down unresponsiveMs after the later request began', async () => {
    const db = pausableDatabase();
    await vi.advanceTimersByTimeAsync(2_300);
    const unanswered = db.health.working();
    await vi.advanceTimersByTimeAsync(5);
    unanswered();
    await vi.advanceTimersByTimeAsync(200);
    const downAfter = await requestDuringPause(db, Number.POSITIVE_INFINITY);
    expect(downAfter).toBeGreaterThanOrEqual(timing.unresponsiveMs);
    expect(downAfter).toBeLessThanOrEqual(timing.unresponsiveMs + db.health.tickMs / 2);
  });
});
