import { describe, expect, it } from 'vitest';
import { within } from '../../support/patience.js';

describe('within: a bounded wait on an event', () => {
  it("resolves with the event's value once it comes", async () => {
    expect(await within('an answer', Promise.resolve(42), 10_000)).toBe(42);
  });

  it("fails with the event's own error when the event fails", async () => {
    await expect(within('an answer', Promise.reject(new Error('refused')), 10_000)).rejects.toThrow(
      'refused',
    );
  });

  it('fails naming what it waited for and for how long when the event never comes', async () => {
    await expect(within('an event that never comes', new Promise(() => {}), 20)).rejects.toThrow(
      'waited 20 ms for an event that never comes',
    );
  });
});
