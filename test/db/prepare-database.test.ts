import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LOAD_TIMEOUT_MS, prepareDatabase } from '../../src/server/prepare-database.js';
import { testExecutor } from '../support/database.js';

describe('prepareDatabase', () => {
  // Preparing is not a client's request: a cold database creating its indexes (the first
  // `npm start`, while the web front end builds) can take longer than a request may, and the
  // server must still come up.
  it('runs every statement under the preparation timeout, not the request timeout it was given', async () => {
    const requestBound = testExecutor().withTimeout(5_000);
    const withTimeout = vi.spyOn(requestBound, 'withTimeout');
    const read = vi.spyOn(requestBound, 'read');
    const write = vi.spyOn(requestBound, 'write');
    await expect(prepareDatabase(requestBound, loadConfig({}), { seed: false })).resolves.toMatchObject({
      seeded: false,
    });
    expect(withTimeout.mock.calls).toEqual([[LOAD_TIMEOUT_MS]]);
    expect([read.mock.calls.length, write.mock.calls.length]).toEqual([0, 0]);
  });
});
