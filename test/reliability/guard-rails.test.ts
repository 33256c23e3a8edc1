import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { testExecutor } from '../support/database.js';
import { graphql, graphqlData } from '../support/graphql-client.js';
import { whileTechnologyLocked } from '../support/held-lock.js';
import { patientLimit, waitFor } from '../support/patience.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { running } from '../support/transactions.js';

/*
 * The guard rails that need the graph: a list without `first` is priced at the fan-out the graph
 * has, heavy operations take turns, every operation takes a turn, responses have a size cap, and a mutation's later fields see
 * what it changed. The graph is built here: 12 people, each with one role at Fanout Works using the
 * same 12 technologies, so every technology has 12 users and every person 12 technologies.
 */

const technologies = Array.from({ length: 12 }, (_, t) => `Fanoutlang ${t}`);
const people = Array.from({ length: 12 }, (_, p) => ({
  id: `fanout-${String(p).padStart(2, '0')}`,
  basics: { label: 'Engineer' },
  work: [
    {
      name: 'Fanout Works',
      positions: [{ position: `Engineer ${p}`, startDate: '2020-01', endDate: '2021-12', technologies }],
    },
  ],
}));

const amplifying =
  '{ technologies(first: 100) { edges { node { users { person { technologies { technology { id } months } } } } } } }';

let server: TestServer;
let tight: TestServer;
let oneAtATime: TestServer;
beforeAll(async () => {
  const resumes = people.map((person) => ({ file: `${person.id}.json`, text: JSON.stringify(person) }));
  server = await startTestServer({ seed: false, resumes, env: { MAX_RESULT_VALUES: '5000' } });
  tight = await startTestServer({
    seed: false,
    resumes,
    env: { HEAVY_RESULT_VALUES: '30', HEAVY_CONCURRENCY: '1', HEAVY_QUEUE: '1', MAX_RESPONSE_BYTES: '1000' },
  });
  oneAtATime = await startTestServer({
    seed: false,
    resumes,
    env: { OPERATION_CONCURRENCY: '1', OPERATION_QUEUE: '1' },
  });
});
afterAll(async () => {
  await oneAtATime?.close();
  await tight?.close();
  await server?.close();
});

/**
 * Sends `server` an import of a new person `id` using Fanoutlang 0 while another transaction holds that technology's
 * write lock: the import's commit waits, so it keeps the turn it took for as long as the test wants, whatever the
 * machine's speed. Once its transaction is seen waiting, sends 23 copies of `read` and waits until 22 are answered
 * (one may wait in the queue), then runs `meanwhile`, still under the lock. Resolves once the lock is let go, with
 * the import's and the reads' answers to come and what `meanwhile` gave.
 */
async function whileAnImportHoldsTheTurn<M>(
  server: TestServer,
  id: string,
  selection: string,
  read: string,
  meanwhile?: () => Promise<M>,
) {
  const resume = {
    id,
    basics: { label: 'Engineer' },
    work: [
      {
        name: 'Fanout Works',
        positions: [{ position: 'Engineer', startDate: '2022-01', technologies: ['Fanoutlang 0'] }],
      },
    ],
  };
  const send = async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: read }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: await response.json(),
    };
  };
  return whileTechnologyLocked('fanoutlang-0', async () => {
    const imported = graphql(
      server.url,
      `mutation ($resume: JSON!) { importResume(resume: $resume) ${selection} }`,
      { resume },
      { authorization: `Bearer ${server.token}` },
    );
    await waitFor(
      `the import's ${LOAD_TRANSACTION} to wait on the lock`,
      async () => (await running([LOAD_TRANSACTION])).length === 1,
    );
    let settled = 0;
    const reads = Array.from({ length: 23 }, () =>
      send().finally(() => {
        settled += 1;
      }),
    );
    await waitFor(
      '22 of the 23 reads to be answered while the import holds the turn',
      async () => settled >= 22,
    );
    return { imported, reads: Promise.all(reads), meanwhile: await meanwhile?.() };
  });
}

describe('the result-size limit', () => {
  it('refuses a query that fans out past it, before any Cypher runs, naming the fan-out', async () => {
    const before = testExecutor().queryCount;
    const response = await graphql(server.url, amplifying);
    // technologies 1 + edges 12 + nodes 12 + users 144 + people 144 + their technologies 1,728
    // × (entry, technology, id, months) 4 = 7,225
    expect({
      status: response.status,
      body: response.body,
      queries: testExecutor().queryCount - before,
    }).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'Result size limit of 5,000 values exceeded: on this graph the operation could return 7,225 (edges ≤ 12 → users ≤ 12 → technologies ≤ 12). Ask for fewer fields or a smaller "first", or split the operation.',
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      },
      queries: 0,
    });
  });

  it('answers the same question over fewer technologies, exactly', async () => {
    const data = await graphqlData<{
      technologies: {
        edges: { node: { users: { person: { technologies: { technology: { id: string } }[] } }[] } }[];
      };
    }>(
      server.url,
      '{ technologies(first: 2) { edges { node { users { person { technologies { technology { id } } } } } } } }',
    );
    const ids = technologies.map((name) => name.toLowerCase().replace(/ /g, '-')).sort();
    expect(data.technologies.edges).toHaveLength(2);
    for (const edge of data.technologies.edges) {
      expect(edge.node.users).toHaveLength(12);
      for (const user of edge.node.users) {
        expect(user.person.technologies.map((t) => t.technology.id).sort()).toEqual(ids);
      }
    }
  });
});

describe('heavy operations', () => {
  // 1 + 12 edges + 12 nodes + 12 ids = 37 values: heavy from 30.
  const heavy = '{ people(first: 12) { edges { node { id } } } }';

  // The lock held until the refusals are in, then a wait for the one queued (patientLimit: each may fail at PATIENCE_MS).
  it('take turns: beyond the queue the next is answered 429 with Retry-After, while cheap ones go on', {
    timeout: patientLimit(2),
  }, async () => {
    // A heavy import holds the only heavy turn: one heavy read sent then waits in the queue, every
    // other is refused at once, and a cheap one (which needs no heavy turn) is answered meanwhile.
    const {
      imported,
      reads,
      meanwhile: cheap,
    } = await whileAnImportHoldsTheTurn(
      tight,
      'fanout-heavy',
      // 1 + 1 person + 12 technologies × (entry, technology, id) 3 = 38 values: heavy.
      '{ person { technologies { technology { id } } } }',
      heavy,
      () => graphql(tight.url, '{ person(id: "fanout-00") { id } }'),
    );
    const responses = await reads;
    const refused = responses.filter((r) => r.status === 429);
    const answered = responses.filter((r) => r.status !== 429);
    expect({ status: cheap?.status, body: cheap?.body }).toEqual({
      status: 200,
      body: { data: { person: { id: 'fanout-00' } } },
    });
    expect((await imported).body).toEqual({
      data: { importResume: { person: { technologies: [{ technology: { id: 'fanoutlang-0' } }] } } },
    });
    expect(answered).toEqual([
      {
        status: 200,
        retryAfter: null,
        body: { data: { people: { edges: people.map((person) => ({ node: { id: person.id } })) } } },
      },
    ]);
    expect(refused).toHaveLength(22);
    for (const r of refused) {
      expect({ retryAfter: r.retryAfter, body: r.body }).toEqual({
        retryAfter: '1',
        body: {
          errors: [
            {
              message:
                'Too many heavy operations at once (1 heavy operations are running and 1 waiting; this one could return 37 values, heavy from 30): retry in a moment, or ask for less.',
              extensions: { code: 'TOO_MANY_REQUESTS' },
            },
          ],
        },
      });
    }
  });
});

describe('every operation', () => {
  // The lock held until the refusals are in, then a wait for the two let in (patientLimit: each may fail at PATIENCE_MS).
  it('takes a turn: one runs, one waits, the next are answered 429 with Retry-After, and the two let in answer whole', {
    timeout: patientLimit(2),
  }, async () => {
    // An import holds the only turn: one read sent then waits, every other is refused at once.
    const { imported, reads } = await whileAnImportHoldsTheTurn(
      oneAtATime,
      'fanout-importing',
      '{ person { id } }',
      '{ person(id: "fanout-03") { id roles { title } } }',
    );
    const responses = await reads;
    const refused = responses.filter((r) => r.status === 429);
    const answered = responses.filter((r) => r.status !== 429);
    expect((await imported).body).toEqual({ data: { importResume: { person: { id: 'fanout-importing' } } } });
    expect(answered).toEqual([
      {
        status: 200,
        retryAfter: null,
        body: { data: { person: { id: 'fanout-03', roles: [{ title: 'Engineer 3' }] } } },
      },
    ]);
    expect(refused).toHaveLength(22);
    for (const r of refused) {
      expect({ retryAfter: r.retryAfter, body: r.body }).toEqual({
        retryAfter: '1',
        body: {
          errors: [
            {
              message:
                'Too many operations at once (1 operations are running and 1 waiting): retry in a moment.',
              extensions: { code: 'TOO_MANY_REQUESTS' },
            },
          ],
        },
      });
    }
  });
});

describe('the response size cap', () => {
  it('replaces an answer over the cap by QUERY_TOO_COMPLEX stating the limit and the size', async () => {
    const query = '{ people(first: 12) { edges { node { id label roles { id title } } } } }';
    const full = await graphql(server.url, query);
    expect(full.body.errors).toBeUndefined();
    const bytes = Buffer.byteLength(JSON.stringify(full.body));
    expect(bytes).toBeGreaterThan(1000);
    const capped = await graphql(tight.url, query);
    const size = `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB (${bytes} bytes)`;
    expect({ status: capped.status, body: capped.body }).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Response size limit of 0 MB (1000 bytes) exceeded: the answer came to ${size}. Ask for fewer fields or a smaller "first", or split the operation.`,
            extensions: { code: 'QUERY_TOO_COMPLEX', limitBytes: 1000 },
          },
        ],
      },
    });
  });
});

describe('a mutation', () => {
  it("clears the request's loaders, so what is read after it shows what it changed", async () => {
    const person = (title: string) => ({
      id: 'fanout-mutated',
      basics: { label: 'Engineer' },
      work: [{ name: 'Fanout Works', positions: [{ position: title, startDate: '2022-01', current: true }] }],
    });
    const response = await graphql(
      server.url,
      `mutation Twice($first: JSON!, $second: JSON!) {
        first: importResume(resume: $first) { person { roles { title } } }
        second: importResume(resume: $second) { person { roles { title } } }
      }`,
      { first: person('Before'), second: person('After') },
      { authorization: `Bearer ${server.token}` },
    );
    expect(response.body).toEqual({
      data: {
        first: { person: { roles: [{ title: 'Before' }] } },
        second: { person: { roles: [{ title: 'After' }] } },
      },
    });
  });
});
