import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteRefreshFailure } from '../../src/graphql/similar-lists.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * GET /health carries the server's counters: the refills of kept similarPeople lists that failed,
 * by error class (src/graphql/similar-lists.ts counts them where a refill fails). The server runs
 * in this process, so failures noted here are the ones it counts. The counts live as long as the
 * process, which the database tier shares between files: this file notes failures under class
 * names no other code uses and compares its counts before and after, so it neither depends on
 * nor disturbs what other files see.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

class HealthCounterTimeout extends Error {
  override readonly name = 'HealthCounterTimeout';
}
class HealthCounterRange extends Error {
  override readonly name = 'HealthCounterRange';
}

/** The body of GET /health, whatever its status (a cold database may answer the ping late). */
async function health(): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/health`);
  return (await response.json()) as Record<string, unknown>;
}

function failuresIn(body: Record<string, unknown>): Record<string, number> {
  expect(body).toEqual({
    status: expect.any(String),
    database: expect.any(String),
    similarListRefreshFailures: expect.any(Object),
  });
  return body.similarListRefreshFailures as Record<string, number>;
}

describe('GET /health', () => {
  it('counts failed list refills by error class', async () => {
    const before = failuresIn(await health());
    const quiet = () => {};
    noteRefreshFailure('p-1', new HealthCounterTimeout('write deadline'), quiet);
    noteRefreshFailure('p-2', new HealthCounterTimeout('write deadline'), quiet);
    noteRefreshFailure('p-3', new HealthCounterRange('no room'), quiet);
    const after = failuresIn(await health());
    expect({ timeout: after.HealthCounterTimeout, range: after.HealthCounterRange }).toEqual({
      timeout: (before.HealthCounterTimeout ?? 0) + 2,
      range: (before.HealthCounterRange ?? 0) + 1,
    });
  });
});
