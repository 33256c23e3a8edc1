import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DatabaseHealth,
  DEFAULT_HEALTH_TIMING,
  type HealthTiming,
  IDLE_PROBE_INTERVAL_MS,
} from '../../../src/db/health.js';

/**
 * Work that starts after the database has been quiet for a while (requests tens of milliseconds
 * apart, one at a time) owes the monitor an answer rather than setting off a handshake: its own
 * query's answer settles the debt, and only silence until the next tick sends the probe, with that
 * silence counted from the work's start.
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

/** A monitor whose probes the database answers `roundTripMs` after they are sent (never, for Infinity). */
function monitor(roundTripMs: () => number) {
  const answerLater = () =>
    new Promise<void>((resolve) => {
      const ms = roundTripMs();
      if (Number.isFinite(ms)) setTimeout(resolve, ms);
    });
  const handshake = vi.fn(answerLater);
  const query = vi.fn(() => answerLater().then(() => true));
  const health = new DatabaseHealth(query, timing, handshake);
  monitors.push(health);
  health.start();
  return { health, handshake };
}

describe('work that starts after a quiet spell', () => {
  it('sends no handshake when its query answers before the next tick, one request every 60 ms for 3 s', async () => {
    const { health, handshake } = monitor(() => 1);
    await vi.advanceTimersByTimeAsync(2_000);
    const before = handshake.mock.calls.length;
    for (let request = 0; request < 50; request++) {
      const end = health.working();
      // The request's query answers 3 ms after it was sent.
      await vi.advanceTimersByTimeAsync(3);
      health.answered();
      end();
      await vi.advanceTimersByTimeAsync(57);
    }
    // Only the idle pace's handshakes (one a second); sent at each work's start, there were 50.
    expect(handshake.mock.calls.length - before).toBeLessThanOrEqual(3_000 / IDLE_PROBE_INTERVAL_MS + 1);
    expect(health.down).toBe(false);
  });

  it('sends the handshake at the next tick when nothing answers, and counts the silence from the work start', async () => {
    let roundTripMs = 1;
    const { health, handshake } = monitor(() => roundTripMs);
    await vi.advanceTimersByTimeAsync(2_000);
    // Frozen from now on: neither queries nor handshakes are answered.
    roundTripMs = Number.POSITIVE_INFINITY;
    await vi.advanceTimersByTimeAsync(timing.intervalMs);
    const before = handshake.mock.calls.length;
    const startedAt = Date.now();
    const end = health.working();
    await vi.advanceTimersByTimeAsync(health.tickMs);
    expect(handshake.mock.calls.length - before).toBe(1);
    while (!health.down && Date.now() - startedAt < 5_000) await vi.advanceTimersByTimeAsync(1);
    end();
    // Silence from the work's start: down after unresponsiveMs of it. The work began just after an
    // idle tick, so the probe went out a whole tick later: silence counted from the probe alone
    // would give the verdict at unresponsiveMs + tickMs.
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(timing.unresponsiveMs);
    expect(Date.now() - startedAt).toBeLessThanOrEqual(timing.unresponsiveMs + health.tickMs / 2);
  });
});
