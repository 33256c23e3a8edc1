import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError } from '../../../src/server/format-error.js';
import {
  type GraphqlOptions,
  graphqlFrontDoor,
  graphqlPost,
  graphqlRoute,
  isGraphqlPost,
  withUtf8Charset,
} from '../../../src/server/graphql-post.js';
import { notFound, requestErrorHandler } from '../../../src/server/json-body.js';

/*
 * POST /graphql answered in front of Express against the Express route it replaces (the same
 * app, built as create-app.ts builds it, once with the front door and once without): every request
 * below, well-formed or hostile, gets the same status, the same headers in the same order (Date
 * aside) and the same body from both, and the front door took exactly the POSTs to /graphql.
 * A few answers are also pinned by their codes, so the pair cannot agree on a wrong answer.
 */

const LIMIT = 2_000;
const MAX_TOKENS = 40;

interface Context {
  credentials: string;
  started: number;
}

const typeDefs = `#graphql
  type Query {
    hello(name: String): String
    who: String
    boom: String
  }
`;

function apollo() {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? 'world'}`,
        who: (_: unknown, __: unknown, context: Context) => context.credentials,
        boom: () => {
          throw new GraphQLError('No such thing: "x".', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: createFormatError(true),
  });
}

interface Running {
  url: string;
  server: Server;
  frontDoorCalls: number;
  tracked: number;
}

async function serve(frontDoor: boolean): Promise<Running & { stop(): Promise<void> }> {
  const server = apollo();
  await server.start();
  const running: Running = { url: '', server: createServer(), frontDoorCalls: 0, tracked: 0 };
  const options: GraphqlOptions<Context> = {
    apollo: server,
    limitBytes: LIMIT,
    maxTokens: MAX_TOKENS,
    production: true,
    context: async (request, started) => {
      if (request.headers['x-fail-context']) throw new Error('the context could not be made');
      return { credentials: request.headers.authorization ?? 'none', started };
    },
    track: (work) => {
      running.tracked += 1;
      return work;
    },
    log: () => {},
  };
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((_request, response, next) => {
    response.locals.started = Date.now();
    next();
  });
  app.use('/graphql', ...graphqlRoute(options));
  app.use(notFound);
  app.use(requestErrorHandler(LIMIT, true, () => {}));
  const post = graphqlPost(options);
  running.server.on(
    'request',
    frontDoor
      ? graphqlFrontDoor((request: IncomingMessage, response: ServerResponse) => {
          running.frontDoorCalls += 1;
          post(request, response);
        }, app)
      : app,
  );
  await new Promise<void>((resolve) => running.server.listen(0, '127.0.0.1', resolve));
  running.url = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
  return {
    ...running,
    get frontDoorCalls() {
      return running.frontDoorCalls;
    },
    get tracked() {
      return running.tracked;
    },
    stop: async () => {
      await new Promise((resolve) => running.server.close(resolve));
      await server.stop();
    },
  };
}

interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent in pieces without a Content-Length (chunked). */
  chunked?: boolean;
}

interface Answer {
  status: number;
  headers: string[];
  body: string;
}

function send(base: string, each: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = each.body === undefined ? undefined : Buffer.from(each.body);
    const headers: Record<string, string | number> = { ...each.headers };
    if (body && !each.chunked) headers['content-length'] = body.length;
    const sent = httpRequest(
      `${base}${each.path ?? '/graphql'}`,
      { method: each.method ?? 'POST', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = response.rawHeaders;
          const kept: string[] = [];
          for (let index = 0; index < raw.length; index += 2) {
            if (raw[index]?.toLowerCase() !== 'date') kept.push(`${raw[index]}: ${raw[index + 1]}`);
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: kept,
            body: Buffer.concat(chunks).toString(),
          });
        });
      },
    );
    sent.on('error', reject);
    if (body && each.chunked) {
      const middle = Math.floor(body.length / 2);
      sent.write(body.subarray(0, middle));
      sent.end(body.subarray(middle));
    } else sent.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const query = (text: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query: text, ...extra });
const manyTokens = `{ ${'hello '.repeat(MAX_TOKENS)}}`;

const cases: Case[] = [
  { name: 'a query', headers: json, body: query('{ hello }') },
  {
    name: 'variables and an operation name',
    headers: json,
    body: query('query Q($n: String) { hello(name: $n) }', { variables: { n: 'Ada' }, operationName: 'Q' }),
  },
  {
    name: 'a charset given',
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: query('{ hello }'),
  },
  {
    name: 'the GraphQL response media type asked for',
    headers: { ...json, accept: 'application/graphql-response+json' },
    body: query('{ hello }'),
  },
  { name: 'a query string', path: '/graphql?x=1', headers: json, body: query('{ hello }') },
  { name: 'a bearer token', headers: { ...json, authorization: 'Bearer t' }, body: query('{ who }') },
  { name: 'a resolver error', headers: json, body: query('{ boom }') },
  { name: 'a syntax error', headers: json, body: query('{ hello ') },
  { name: 'a validation error', headers: json, body: query('{ nothing }') },
  { name: 'invalid JSON', headers: json, body: '{"query": "{ hello }",}' },
  { name: 'a key twice', headers: json, body: '{"query": "{ hello }", "query": "{ who }"}' },
  { name: 'bytes that are not UTF-8', headers: json, body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]) },
  { name: 'a lone surrogate', headers: json, body: '{"query": "{ hello }", "x": "\\ud800"}' },
  {
    name: 'a charset other than UTF-8',
    headers: { 'content-type': 'application/json; charset=latin1' },
    body: '{}',
  },
  { name: 'a body over the limit', headers: json, body: query(`{ hello(name: "${'x'.repeat(LIMIT)}") }`) },
  {
    name: 'a chunked body over the limit',
    headers: json,
    body: query(`{ hello(name: "${'x'.repeat(LIMIT)}") }`),
    chunked: true,
  },
  { name: 'a chunked body', headers: json, body: query('{ hello }'), chunked: true },
  {
    name: 'a gzipped body',
    headers: { ...json, 'content-encoding': 'gzip' },
    body: gzipSync(query('{ hello }')),
  },
  {
    name: 'a broken gzipped body',
    headers: { ...json, 'content-encoding': 'gzip' },
    body: 'not gzip at all',
  },
  { name: 'an unknown content encoding', headers: { ...json, 'content-encoding': 'compress' }, body: '{}' },
  { name: 'an empty body', headers: json, body: '' },
  { name: 'no body', headers: json },
  { name: 'a JSON array (a batch)', headers: json, body: `[${query('{ hello }')}]` },
  { name: 'a JSON string', headers: json, body: '"{ hello }"' },
  { name: 'no query', headers: json, body: '{"variables": {}}' },
  {
    name: 'text/plain without a preflight header (CSRF)',
    headers: { 'content-type': 'text/plain' },
    body: '{ hello }',
  },
  {
    name: 'text/plain with a preflight header',
    headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
    body: '{ hello }',
  },
  { name: 'no content type', headers: {}, body: query('{ hello }') },
  { name: 'too many tokens in the body', headers: json, body: query(manyTokens) },
  {
    name: 'too many tokens in the URL, none in the body',
    path: `/graphql?query=${encodeURIComponent(manyTokens)}`,
    headers: json,
    body: '{}',
  },
  { name: 'a context that fails', headers: { ...json, 'x-fail-context': '1' }, body: query('{ hello }') },
  // Left to Express by the front door: answered as before.
  {
    name: 'GET with a preflight header',
    method: 'GET',
    path: '/graphql?query=%7B%20hello%20%7D',
    headers: { 'apollo-require-preflight': 'true' },
  },
  { name: 'POST to /graphql/', path: '/graphql/', headers: json, body: query('{ hello }') },
  { name: 'POST to /GraphQL', path: '/GraphQL', headers: json, body: query('{ hello }') },
  { name: 'PUT', method: 'PUT', headers: json, body: query('{ hello }') },
  { name: 'another path', path: '/elsewhere', headers: json, body: query('{ hello }') },
];

const frontDoorCases = cases.filter(
  (each) => (each.method ?? 'POST') === 'POST' && /^\/graphql(\?|$)/.test(each.path ?? '/graphql'),
);

let before: Running & { stop(): Promise<void> };
let after: Running & { stop(): Promise<void> };
const answers = new Map<string, { before: Answer; after: Answer }>();

beforeAll(async () => {
  before = await serve(false);
  after = await serve(true);
  for (const each of cases) {
    answers.set(each.name, { before: await send(before.url, each), after: await send(after.url, each) });
  }
});
afterAll(async () => {
  await before?.stop();
  await after?.stop();
});

describe('POST /graphql in front of Express', () => {
  it.each(cases.map((each) => [each.name]))('answers %s as the Express route did', (name) => {
    const { before: expected, after: actual } = answers.get(name) as { before: Answer; after: Answer };
    expect(actual).toEqual(expected);
  });

  it('took exactly the POSTs to /graphql, and Apollo ran inside the shutdown count for each it let through', () => {
    expect(after.frontDoorCalls).toBe(frontDoorCases.length);
    // Counted on both: the refusals before Apollo (body, tokens) are not operations.
    expect(after.tracked).toBe(before.tracked);
    expect(after.tracked).toBeGreaterThan(0);
  });

  it('answers what the documents say for the ones pinned here', () => {
    const codeOf = (name: string) => {
      const answer = answers.get(name)?.after as Answer;
      const body = JSON.parse(answer.body) as { errors?: { extensions: { code: string } }[]; data?: unknown };
      return { status: answer.status, code: body.errors?.[0]?.extensions.code, data: body.data };
    };
    expect(codeOf('a query')).toEqual({ status: 200, code: undefined, data: { hello: 'hello world' } });
    expect(codeOf('variables and an operation name').data).toEqual({ hello: 'hello Ada' });
    expect(codeOf('a bearer token').data).toEqual({ who: 'Bearer t' });
    expect(codeOf('a gzipped body').data).toEqual({ hello: 'hello world' });
    expect(codeOf('a key twice')).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(codeOf('bytes that are not UTF-8')).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(codeOf('a charset other than UTF-8')).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(codeOf('a body over the limit')).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(codeOf('a chunked body over the limit')).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(codeOf('an unknown content encoding')).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(codeOf('too many tokens in the body')).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(codeOf('too many tokens in the URL, none in the body')).toMatchObject({
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    });
    expect(codeOf('text/plain without a preflight header (CSRF)')).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
    expect(answers.get('a query')?.after.headers).toContain('Content-Type: application/json; charset=utf-8');
  });
});

describe('which requests the front door takes', () => {
  const request = (method: string, url: string) => ({ method, url }) as IncomingMessage;

  it('takes POST /graphql with or without a query string, nothing else', () => {
    expect(isGraphqlPost(request('POST', '/graphql'))).toBe(true);
    expect(isGraphqlPost(request('POST', '/graphql?a=1'))).toBe(true);
    for (const [method, url] of [
      ['GET', '/graphql'],
      ['POST', '/graphql/'],
      ['POST', '/graphqlx'],
      ['POST', '/GraphQL'],
      ['POST', '/graphql#x'],
      ['POST', '/'],
    ] as const) {
      expect(isGraphqlPost(request(method, url))).toBe(false);
    }
  });
});

describe('withUtf8Charset', () => {
  it('writes the Content-Type as Express does for a text answer', () => {
    expect(withUtf8Charset('application/json; charset=utf-8')).toBe('application/json; charset=utf-8');
    expect(withUtf8Charset('application/graphql-response+json')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(withUtf8Charset('Text/Plain; Charset=latin1; format=flowed')).toBe(
      'text/plain; charset=utf-8; format=flowed',
    );
    expect(withUtf8Charset(undefined)).toBe('text/html; charset=utf-8');
  });
});
