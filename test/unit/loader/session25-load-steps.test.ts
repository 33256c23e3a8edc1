import { describe, expect, it, vi } from 'vitest';
import { StatementTimes } from '../../../src/loader/statement-times.js';

/*
 * The clock bench:load reads for the steps of a run around its transactions
 * (src/loader/load-resumes.ts, LOAD_STEPS): StatementTimes.time. The clock is stubbed, so every
 * expected millisecond is known.
 */

/** performance.now answering `values` in turn. */
function clock(...values: number[]): void {
  const spy = vi.spyOn(performance, 'now');
  for (const value of values) spy.mockReturnValueOnce(value);
}

describe('StatementTimes.time', () => {
  it('adds the time of each call under its name and passes the answer through', async () => {
    const times = new StatementTimes();
    const answer = { hashes: ['a'] };
    clock(10, 25, 40, 41, 100, 160);
    await expect(times.time('loader.step.readWindow', async () => answer)).resolves.toBe(answer);
    await expect(times.time('loader.step.readWindow', async () => 2)).resolves.toBe(2);
    await expect(times.time('loader.step.schema', async () => 3)).resolves.toBe(3);
    expect(times.entries()).toEqual([
      ['loader.step.schema', { calls: 1, ms: 60 }],
      ['loader.step.readWindow', { calls: 2, ms: 16 }],
    ]);
  });

  it('counts a call that fails, and lets its error through', async () => {
    const times = new StatementTimes();
    clock(0, 7);
    await expect(
      times.time('loader.step.warmUp', async () => {
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(times.entries()).toEqual([['loader.step.warmUp', { calls: 1, ms: 7 }]]);
  });
});
