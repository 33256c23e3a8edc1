import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import type { Executor } from '../../src/db/Executor.js';
import { ListBoundsCache } from '../../src/graphql/guard-rails/list-bounds.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { limitHint } from '../../src/server/format-error.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit, within } from '../support/patience.js';
import { engineer, serverWith } from '../support/similar-people.js';
import { FaultProxy } from './fault-proxy.js';

/*
 * A server whose measurement of the graph's list bounds fails (its upkeep connection goes through a
 * proxy that refuses connections, as a database not yet up does) while requests reach the database:
 * a legitimate request priced on bounds it does not have yet must answer, not be refused for what
 * the graph might hold; one over the limit by its `first` caps alone is still refused.
 * The graph: two résumés of one role each, so the people page's answer is known.
 */

const pageQuery = `query PeoplePage($first: Int!) {
  people(first: $first) { edges { node { id roles { title startDate company { name } technologies { name } } } } }
}`;

/** A person's edge on the page, as `engineer(id, [technology])` wrote their one role. */
const edge = (id: string, technology: string) => ({
  node: {
    id,
    roles: [
      {
        title: 'Engineer',
        startDate: '2020-01',
        company: { name: 'Mozilla' },
        technologies: [{ name: technology }],
      },
    ],
  },
});
const page = { data: { people: { edges: [edge('ub-a', 'Rust'), edge('ub-b', 'Python')] } } };

/** 1 + 100 edges × (edge, node, id) = 301 values on any graph: over the limit of 300 this server has. */
const overByFirst = '{ people(first: 100) { edges { node { id } } } }';
/**
 * `overByFirst` and one people page whose roles only the graph bounds: the unbounded field leaves the
 * whole price unknown, its parts of known bound (301 + people, edge and node of the page) are over.
 * (The audit's 14 careerMoves aliases are refused earlier here, by graphql-armor's cost limit.)
 */
const overWithUnbounded =
  '{ a: people(first: 100) { edges { node { id } } } z: people(first: 1) { edges { node { roles { title } } } } }';
const config = {
  ...loadConfig({ CAREER_GRAPH_TOKEN: 'bounds', MAX_RESULT_VALUES: '300' }),
  queryTimeoutMs: 10_000,
};

const { uri, user, password } = inject('database');
const upstream = new URL(uri.replace(/^bolt/, 'http'));

/** An executor of the server's kind on the test database through `proxy`. */
const through = (proxy: FaultProxy): Executor =>
  connect({ uri: proxy.uri, user, password, database: undefined }, 'api', {
    timeoutMs: 2_000,
    unresponsiveMs: config.databaseUnresponsiveMs,
  });

let proxy: FaultProxy;
let upkeep: Executor;

beforeAll(async () => {
  const seeded = await serverWith({
    'ub-a': engineer('ub-a', ['Rust']),
    'ub-b': engineer('ub-b', ['Python']),
  });
  await seeded.close();
  proxy = new FaultProxy(upstream.hostname, Number(upstream.port));
  await proxy.accept();
  await proxy.refuse();
  upkeep = through(proxy);
});
afterAll(async () => {
  await upkeep?.close();
  await proxy?.close();
});

describe('a server whose list bounds could not be measured', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(testExecutor(), config, 0, {
      upkeep,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers the people page (a list only the graph bounds) instead of refusing it', async () => {
    expect(await graphql(app.url, pageQuery, { first: 50 })).toEqual({ status: 200, body: page });
  });

  it('still refuses an operation over the result-size limit by its `first` caps alone', async () => {
    expect(await graphql(app.url, overByFirst)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Result size limit of 300 values exceeded: on this graph the operation could return 301 (edges ≤ 100). ${limitHint}`,
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      },
    });
  });

  it('still refuses one over the limit by its `first` caps when it also holds a list only the graph bounds', async () => {
    expect(await graphql(app.url, overWithUnbounded)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Result size limit of 300 values exceeded: on this graph the operation could return 304 from its lists of known bound alone (edges ≤ 100), more from those not measured yet. ${limitHint}`,
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      },
    });
  });
});

describe('the list bounds measurement', () => {
  // One wait (patientLimit: it may fail at PATIENCE_MS).
  it('is tried again in the background until the database answers, without a request asking', {
    timeout: patientLimit(1),
  }, async () => {
    const bounds = new ListBoundsCache(upkeep, 60_000, { first: 50, most: 200 });
    try {
      expect((await bounds.ready()).measuredAt).toBe(0);
      await proxy.accept();
      // Nothing here asks for the bounds, so only a background retry can measure them.
      await within('a background retry to measure the list bounds', bounds.measuredOnce());
      // Away again: a measurement started now would fail, so measured bounds come from the retry.
      await proxy.refuse();
      const measured = await bounds.get(0);
      expect({
        measured: measured.measuredAt > 0,
        people: measured.nodes('Person'),
        roles: measured.field('Person', 'roles'),
        users: measured.field('Technology', 'users'),
      }).toEqual({ measured: true, people: 2, roles: 1, users: 1 });
    } finally {
      bounds.close();
    }
  });
});
