import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSlice } from '../../../bench/compare/measure.js';
import { type Operation, operations } from '../../../bench/compare/operations.js';
import { type HttpRequests, targetsOf } from '../../../bench/compare/targets.js';
import type { Executor } from '../../../src/db/Executor.js';
import { currentMonth, monthText, parseMonthText } from '../../../src/graph/months.js';

/*
 * bench:compare's uncached operations: every request carries variables no earlier request sent, so
 * the API's kept answers (keyed by the arguments) never serve it. Asked of a local server that
 * records the bodies it gets; that the API then reads the database each time is
 * test/bench/compare.test.ts's.
 */

let server: Server;
let url: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const named = (name: string) => operations.find((operation) => operation.name === name) as Operation;
const subjects = { people: ['p1', 'p2', 'p3'], technologies: ['kafka', 'go', 'react'], companies: ['acme'] };
/** Only `ours` is asked: the uncached operations have no peer and no floor. */
const endpoints = () => ({ ours: url, peer: '', floor: {} as Executor });

describe('uncached operations', () => {
  it('exist for experts, team and careerMoves, out of the mixed load, beside the kept ones', () => {
    const uncached = operations.filter((operation) => operation.uncached).map((operation) => operation.name);
    expect(uncached).toEqual([
      'career-moves-uncached',
      'experts-uncached',
      'experts-roll-up-uncached',
      'team-uncached',
    ]);
    for (const name of uncached) {
      expect(named(name).notMixed, name).toBe(true);
      expect(named(name.replace(/-uncached$/, '')).uncached, name).toBeUndefined();
    }
  });

  it('ask experts and team with a month after this one, none twice in 1,200 requests', () => {
    for (const name of ['experts-uncached', 'experts-roll-up-uncached', 'team-uncached']) {
      const operation = named(name);
      const variables = operation.variables(subjects, 0);
      const months = Array.from({ length: 1_200 }, (_, request) =>
        parseMonthText(String(operation.uncached?.(variables, request).asOf)),
      );
      expect(new Set(months).size, name).toBe(1_200);
      expect(Math.min(...(months as number[])), name).toBe(currentMonth() + 1);
      expect(operation.ours, name).toContain('asOf: $asOf');
      // Everything else as asked by the kept operation's variant.
      const { asOf: _asOf, ...rest } = operation.uncached?.(variables, 0) ?? {};
      expect(named(name.replace(/-uncached$/, '')).variables(subjects, 0), name).toEqual(rest);
    }
  });

  it('ask careerMoves of the same company id, spelled with different trailing whitespace each time', () => {
    const operation = named('career-moves-uncached');
    const spellings = Array.from({ length: 2_000 }, (_, request) =>
      String(operation.uncached?.({ companyId: 'acme' }, request).companyId),
    );
    expect(new Set(spellings).size).toBe(2_000);
    expect(new Set(spellings.map((spelling) => spelling.trim()))).toEqual(new Set(['acme']));
  });

  it('leave the kept operations sending their variants as before', async () => {
    const [ours] = targetsOf(named('experts'), subjects, 2, endpoints());
    expect(ours?.http?.fresh).toBeUndefined();
    received.length = 0;
    for (let index = 0; index < 4; index += 1) await ours?.ask(index % 2);
    expect(new Set(received).size).toBe(2);
  });
  it('send a new body on every request, sequential and under autocannon', async () => {
    const operation = named('experts-uncached');
    const [ours] = targetsOf(operation, { ...subjects }, 2, endpoints());
    expect(ours?.http?.fresh).toBeDefined();
    received.length = 0;
    for (let index = 0; index < 4; index += 1) await ours?.ask(index % 2);
    const asked = received.map((body) => JSON.parse(body).variables);
    expect(new Set(asked.map((variables) => variables.asOf)).size).toBe(4);
    expect(asked.map((variables) => variables.technologies)).toEqual([
      ['kafka', 'go', 'react'],
      ['go', 'react'],
      ['kafka', 'go', 'react'],
      ['go', 'react'],
    ]);

    received.length = 0;
    const slice = await httpSlice(ours?.http as HttpRequests, 2, 1);
    expect(slice.errors).toBe(0);
    expect(received.length).toBeGreaterThan(10);
    // A body comes round again only after 1,200 requests (see the asOf test): never within the
    // last 256, the most answers the API keeps.
    for (let at = 0; at < received.length; at += 1) {
      expect(new Set(received.slice(at, at + 256)).size).toBe(Math.min(256, received.length - at));
    }
    expect(received.every((body) => JSON.parse(body).variables.asOf > monthText(currentMonth()))).toBe(true);
  });
});
