import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseTimeoutError } from '../../src/db/errors.js';
import { noteRefreshFailure } from '../../src/graphql/similar-lists.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * GET /health carries the server's counters: the refills of kept similarPeople lists that failed,
 * by error class (src/graphql/similar-lists.ts counts them where a refill fails). The server runs
 * in this process, so failures noted here are the ones it counts.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function health(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/health`);
  return { status: response.status, body: await response.json() };
}

describe('GET /health', () => {
  it('counts failed list refills by error class, none at first', async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up', similarListRefreshFailures: {} },
    });
    const quiet = () => {};
    noteRefreshFailure('p-1', new DatabaseTimeoutError('similarLists.write', 10_000), quiet);
    noteRefreshFailure('p-2', new DatabaseTimeoutError('similarLists.write', 10_000), quiet);
    noteRefreshFailure('p-3', new RangeError('no room'), quiet);
    expect(await health()).toEqual({
      status: 200,
      body: {
        status: 'ok',
        database: 'up',
        similarListRefreshFailures: { DatabaseTimeoutError: 2, RangeError: 1 },
      },
    });
  });
});
