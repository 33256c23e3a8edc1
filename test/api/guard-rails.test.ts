import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.mjs';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** `{ person { roles { company { roles { ... } } } } }`, `levels` fields deep. */
function deepQuery(levels: number): string {
  let selection = 'title';
  for (let level = 3; level <= levels; level += 2) selection = `company { roles { ${selection} } }`;
  return `{ person(id: "1f1d44f0f2c0cec7") { roles { ${selection} } } }`;
}

describe('limits', () => {
  it('rejects a query 10 levels deep', async () => {
    const response = await graphql(server.url, deepQuery(10));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message:
          'Query depth limit of 6 exceeded, found 10. Split the operation into smaller ones or ask for fewer fields.',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('accepts a query 6 levels deep', async () => {
    const response = await graphql(server.url, deepQuery(6));
    expect(response.body.errors).toBeUndefined();
  });

  it('rejects 50 aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await graphql(server.url, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message:
          'Aliases limit of 15 exceeded, found 50. Split the operation into smaller ones or ask for fewer fields.',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('rejects more than 1,000 tokens', async () => {
    const fields = Array.from({ length: 600 }, () => '__typename').join(' ');
    const response = await graphql(server.url, `{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message:
          'Token limit of 1000 exceeded. Split the operation into smaller ones or ask for fewer fields.',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
    ]);
  });

  it('rejects first: 100000 with the allowed range', async () => {
    const response = await graphql(server.url, '{ people(first: 100000) { totalCount } }');
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'first: 100000 is out of range: expected an integer from 1 to 100.',
          path: ['people'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
        },
      ],
    });
  });

  it('blocks a GET operation that lacks a CSRF-safe header', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });
});

describe('authentication', () => {
  const mutation = 'mutation { deletePerson(id: "b0bdae752341232c") { id } }';

  it('answers UNAUTHENTICATED without a token and changes nothing', async () => {
    const response = await graphql(server.url, mutation);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'deletePerson needs a token: send the header "Authorization: Bearer <token>" (npm start prints it; set CAREER_GRAPH_TOKEN to choose it).',
          path: ['deletePerson'],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const still = await graphql(server.url, '{ person(id: "b0bdae752341232c") { id } }');
    expect(still.body).toEqual({ data: { person: { id: 'b0bdae752341232c' } } });
  });

  it('answers UNAUTHENTICATED for a wrong token', async () => {
    const response = await graphql(server.url, mutation, {}, { authorization: 'Bearer not-the-token' });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('an unreachable database', () => {
  let app: RunningApp;
  let executor: Executor;
  beforeAll(async () => {
    const port = await freePort();
    executor = new Executor(createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }), {
      timeoutMs: 1000,
    });
    app = await startApp(executor, loadConfig({ CAREER_GRAPH_TOKEN: 't' }), 0);
  });
  afterAll(async () => {
    await app.close();
    await executor.close();
  });

  it('gives SERVICE_UNAVAILABLE', async () => {
    const response = await graphql(app.url, '{ person(id: "b0bdae752341232c") { id } }');
    expect(response.body).toEqual({
      data: { person: null },
      errors: [
        {
          message:
            'The database is not reachable right now; retry in a moment (GET /health tells when it is back).',
          path: ['person'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
  });

  it('says so on /health', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
  });
});

describe('/health', () => {
  it('says the database answers', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
