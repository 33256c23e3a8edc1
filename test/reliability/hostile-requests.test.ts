import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalDump } from '../support/canonical-dump.js';
import { testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { distinct, HOSTILE_REQUESTS, sendHostile } from './hostile-requests.js';

/** The hostile-request corpus against the seed: each answered as JSON with its code, the graph as it was. */

let server: TestServer;
let before: Awaited<ReturnType<typeof canonicalDump>>;
beforeAll(async () => {
  server = await startTestServer();
  before = await canonicalDump(testExecutor());
});
afterAll(() => server?.close());

describe('hostile requests', () => {
  it('has at least 60 cases over every category', () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_REQUESTS.map((c) => c.category))).toEqual(
      new Set([
        'depth',
        'aliases',
        'fragments',
        'directives',
        'batching',
        'sizes',
        'encodings',
        'injection',
        'auth',
        'csrf',
      ]),
    );
  });

  it.each(HOSTILE_REQUESTS.map((c) => [`${c.category}: ${c.name}`, c] as const))(
    '%s',
    async (_name, hostile) => {
      const answer = await sendHostile(server.url, server.token, hostile);
      if (hostile.codes[0] === 'HARMLESS') {
        expect(answer.status).toBe(hostile.status);
        expect(answer.codes.filter((code) => code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT')).toEqual([]);
      } else {
        expect({ ...answer, codes: distinct(answer.codes) }).toEqual({
          status: hostile.status,
          codes: hostile.codes,
        });
      }
    },
  );

  it('left the graph as it was and the server answering', async () => {
    expect(await canonicalDump(testExecutor())).toEqual(before);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });
});
