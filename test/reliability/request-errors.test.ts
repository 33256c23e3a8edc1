import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Every error answers GraphQL-shaped JSON with a code, also for requests GraphQL never sees: a body
 * that is not JSON, not UTF-8, with a key twice, or too large; and in production as in development.
 */

let server: TestServer;
let production: RunningApp;
beforeAll(async () => {
  server = await startTestServer();
  production = await startApp(
    testExecutor(),
    loadConfig({ CAREER_GRAPH_TOKEN: 't', NODE_ENV: 'production' }),
    0,
  );
});
afterAll(async () => {
  await production?.close();
  await server?.close();
});

async function post(url: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const bothModes = () => [
  ['development', server.url],
  ['production', production.url],
];

describe('request bodies GraphQL never sees', () => {
  it('answers invalid JSON with BAD_REQUEST, where it broke, in both modes', async () => {
    for (const [, url] of bothModes()) {
      expect(await post(url as string, '{"query": "{ stats { relationships } }",}')).toEqual({
        status: 400,
        type: 'application/json; charset=utf-8',
        body: {
          errors: [
            {
              message:
                'The request body is not valid: found invalid JSON (Expected double-quoted property name) at line 1, column 41; send a JSON object such as {"query": "{ stats { relationships } }", "variables": {}}.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        },
      });
    }
  });

  // The default limit: a 5 MB document for importResumeDocument in base64 (4 bytes for every 3), plus 2 MB.
  const LIMIT = Math.ceil((5 * 1024 * 1024 * 4) / 3) + 2 * 1024 * 1024;

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE and the limit, in both modes', async () => {
    const body = JSON.stringify({
      query: '{ stats { relationships } }',
      variables: { pad: 'x'.repeat(9 * 1024 * 1024) },
    });
    for (const [, url] of bothModes()) {
      const response = await post(url as string, body);
      expect(response).toEqual({
        status: 413,
        type: 'application/json; charset=utf-8',
        body: {
          errors: [
            {
              message: `The request body of 9 MB (${body.length} bytes) is over the 8.7 MB (${LIMIT} bytes) limit: send a smaller operation or résumé.`,
              extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: LIMIT },
            },
          ],
        },
      });
    }
  });

  it('refuses bytes that are not UTF-8 with their offset, storing nothing', async () => {
    const prefix = Buffer.from('{"query": "{ technology(id: \\"Acme');
    const body = Buffer.concat([prefix, Buffer.from([0xff]), Buffer.from('( Corp\\") { id } }"}')]);
    expect(await post(server.url, body)).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: `The request body is not valid: found bytes that are not UTF-8 at byte offset ${prefix.length} (0xff 0x28 0x20 0x43); encode the body as UTF-8.`,
            extensions: { code: 'BAD_REQUEST', byteOffset: prefix.length },
          },
        ],
      },
    });
  });

  it('refuses a key given twice, naming it and where: the API never picks one silently', async () => {
    const body =
      '{"query": "mutation($r: JSON!) { importResume(resume: $r) { created } }", "variables": {"r": {"id": "b11e", "id": "1f1d44f0f2c0cec7"}}}';
    const column = body.lastIndexOf('"id"') + 1;
    expect(await post(server.url, body, { authorization: `Bearer ${server.token}` })).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: `The request body is not valid: found the key "id" a second time in one object at line 1, column ${column} (variables.r.id); give each key once per object.`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });

  it('refuses a charset other than UTF-8', async () => {
    const response = await post(server.url, '{"query": "{ stats { relationships } }"}', {
      'content-type': 'application/json; charset=iso-8859-1',
    });
    expect(response).toEqual({
      status: 415,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message:
              'The request body is declared as charset "iso-8859-1": send it as UTF-8 (Content-Type: application/json; charset=utf-8).',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });

  it('answers an unknown path with JSON NOT_FOUND, not an HTML page', async () => {
    const response = await fetch(`${server.url}/nothing-here`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 404,
      body: {
        errors: [
          {
            message: 'No GET /nothing-here here: the API is at /graphql.',
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      },
    });
  });

  it('answers a body that is not JSON at all through Apollo, still as JSON with a code', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
      body: '{ stats { relationships } }',
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect({ status: response.status, codes: body.errors.map((e) => e.extensions.code) }).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
  });
});
