import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** `{ person { roles { company { roles { … name } } } } }`: exactly `levels` fields deep (1 + 2k + 1). */
function deepQuery(levels: number): string {
  let selection = 'name';
  for (let level = 2; level < levels; level += 2) selection = `roles { company { ${selection} } }`;
  return `{ person(id: "1f1d44f0f2c0cec7") { ${selection} } }`;
}

const hint = 'Ask for fewer fields or a smaller "first", or split the operation.';

describe('limits', () => {
  it('rejects a query 10 levels deep', async () => {
    const response = await graphql(server.url, deepQuery(10));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: `Query depth limit of 8 exceeded, found 10. ${hint}`,
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ],
    });
  });

  it('accepts a query 8 levels deep: one connection around six levels of entities', async () => {
    const response = await graphql<{
      person: { roles: { company: { roles: { company: { roles: unknown[] } }[] } }[] };
    }>(server.url, deepQuery(8));
    expect(response.body.errors).toBeUndefined();
    // 002 lists four positions at Microsoft (three at Microsoft Corporation, one at Microsoft(China)).
    expect(response.body.data?.person.roles).toHaveLength(8);
  });

  it('rejects 50 aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: person(id: "${i}") { id }`).join(' ');
    const response = await graphql(server.url, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: `Aliases limit of 15 exceeded, found 50. ${hint}`,
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ],
    });
  });

  it('rejects more than 1,000 tokens', async () => {
    const fields = Array.from({ length: 1200 }, () => '__typename').join(' ');
    const response = await graphql(server.url, `{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        { message: `Token limit of 1000 exceeded. ${hint}`, extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ],
    });
  });

  it('rejects first: 100000 by its cost before it runs', async () => {
    const response = await graphql(server.url, '{ people(first: 100000) { edges { node { id } } } }');
    expect(response.status).toBe(400);
    // cost = 100000 × (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 1))) = 100000 × 12.875
    expect(response.body).toEqual({
      errors: [
        {
          message: `Query Cost limit of 10000 exceeded, found 1287500. ${hint}`,
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ],
    });
  });

  it('rejects first: 101 with the allowed range', async () => {
    const response = await graphql(server.url, '{ people(first: 101) { totalCount } }');
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'first: 101 is out of range: expected an integer from 1 to 100.',
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
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'deletePerson: the bearer token is not valid: send the token npm start printed, or the value of CAREER_GRAPH_TOKEN.',
          path: ['deletePerson'],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
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
    expect(await response.json()).toEqual({
      status: 'unavailable',
      database: 'down',
      similarListRefreshFailures: expect.any(Object),
    });
  });
});

describe('production', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(testExecutor(), loadConfig({ CAREER_GRAPH_TOKEN: 't', NODE_ENV: 'production' }), 0);
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const response = await graphql(app.url, '{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message:
            'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
        },
      ],
    });
  });

  it('masks an unexpected error (here the database refusing our credentials)', async () => {
    const { uri } = inject('database');
    const misconfigured = new Executor(createDriver({ uri, user: 'masking-test', password: 'wrong' }), {
      timeoutMs: 1000,
    });
    const masked = await startApp(
      misconfigured,
      loadConfig({ CAREER_GRAPH_TOKEN: 't', NODE_ENV: 'production' }),
      0,
    );
    try {
      const response = await graphql(masked.url, '{ person(id: "b0bdae752341232c") { id } }');
      expect(response.body).toEqual({
        data: { person: null },
        errors: [
          {
            message: 'Internal server error.',
            path: ['person'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    } finally {
      await masked.close();
      await misconfigured.close();
    }
  });

  it('still answers ordinary queries', async () => {
    const response = await graphql(app.url, '{ person(id: "b0bdae752341232c") { id } }');
    expect(response.body).toEqual({ data: { person: { id: 'b0bdae752341232c' } } });
  });
});

describe('/health', () => {
  it('says the database answers', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: 'up',
      similarListRefreshFailures: expect.any(Object),
    });
  });
});
