import { describe, expect, it } from 'vitest';
import { waitFor, watchFor } from '../../support/patience.js';

/** A condition that holds from its `n`th check on, counting its checks. */
function holdsFrom(n: number) {
  const checks = { count: 0 };
  return { checks, condition: () => ++checks.count >= n };
}

describe('waitFor', () => {
  it('resolves at the check where the condition first holds, and checks no more', async () => {
    const { checks, condition } = holdsFrom(3);
    await waitFor('the third check', condition, { everyMs: 1 });
    expect(checks.count).toBe(3);
  });

  it('fails naming what it waited for and for how long when the condition never holds', async () => {
    await expect(
      waitFor('a state that never comes', () => false, { boundMs: 20, everyMs: 5 }),
    ).rejects.toThrow('waited 20 ms for a state that never comes');
  });

  it('fails when an asynchronous condition never holds too', async () => {
    await expect(waitFor('an answer', async () => false, { boundMs: 10, everyMs: 5 })).rejects.toThrow(
      'waited 10 ms for an answer',
    );
  });

  it('resolves without checking once its caller has stopped waiting', async () => {
    const stop = new AbortController();
    stop.abort();
    const { checks, condition } = holdsFrom(Number.POSITIVE_INFINITY);
    await waitFor('a state no longer wanted', condition, { boundMs: 10, stop: stop.signal });
    expect(checks.count).toBe(0);
  });
});

describe('watchFor', () => {
  it('is false when the condition never held in the watch', async () => {
    expect(await watchFor(() => false, 10, 2)).toBe(false);
  });

  it('is true once the condition holds', async () => {
    const { checks, condition } = holdsFrom(2);
    expect(await watchFor(condition, 10_000, 1)).toBe(true);
    expect(checks.count).toBe(2);
  });
});
