import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/create-driver.js';
import { cypher } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { landscapeSources } from '../fixtures/landscape-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * technologyLandscape, Technology.adoption, experts, team and careerMoves are kept between requests
 * until the database changes (src/career/aggregate-cache.ts). On the landscape fixture
 * (test/fixtures/landscape-careers.ts: Scala 3 people, Spark 3, Kafka 2; every role 2020-01 to
 * 2021-12), each write below changes the known answer, and the next request must give the new one.
 *
 * experts over Kafka and Scala: land-1 uses both in its role, land-2 Kafka in its role and Scala in
 * an undated project (covered, no months), land-3 Scala only; so land-1, land-2, land-3. team over
 * Kafka and React, size 2: every candidate adds one technology with the same role dates, so the
 * same score, and ties go by id: land-1 (Kafka), then land-4 (React). The newcomer fresh-1 uses
 * Kafka and Scala as land-1 does and comes before it by id in both. Everyone's role is at Stripe, so
 * careerMoves at Stripe counts 5 people, then 6.
 */
/**
 * A write that changes the graph, and one that undoes it. (A transaction whose changes cancel out,
 * such as `CREATE (n) DELETE n`, commits nothing, and the version rightly stays.)
 */
const versionProbeWrite = cypher('test.versionProbe', 'CREATE ({versionProbe: true})');
const versionProbeUndo = cypher('test.versionProbeUndo', 'MATCH (n {versionProbe: true}) DELETE n');

const query = `{
  technologyLandscape(first: 3) { nodes { technology { id } peopleCount } }
  technology(id: "kafka") { adoption(asOf: "2026-01") { year people } }
  experts(technologies: ["kafka", "scala"], first: 3, asOf: "2026-01") { person { id } }
  team(technologies: ["kafka", "react"], size: 2, asOf: "2026-01") { members { person { id } } uncovered { id } }
  careerMoves(companyId: "stripe") { peopleCount }
}`;

/** Nodes as `[id, people]`, most used first then by name, as the landscape orders them. */
const answer = (nodes: [string, number][], kafkaPerYear: number, first: string) => ({
  data: {
    technologyLandscape: {
      nodes: nodes.map(([id, peopleCount]) => ({ technology: { id }, peopleCount })),
    },
    technology: {
      adoption: [
        { year: 2020, people: kafkaPerYear },
        { year: 2021, people: kafkaPerYear },
      ],
    },
    experts: (first === 'land-1' ? ['land-1', 'land-2', 'land-3'] : [first, 'land-1', 'land-2']).map(
      (id) => ({ person: { id } }),
    ),
    team: { members: [{ person: { id: first } }, { person: { id: 'land-4' } }], uncovered: [] },
    careerMoves: { peopleCount: first === 'land-1' ? 5 : 6 },
  },
});

const before: [string, number][] = [
  ['scala', 3],
  ['spark', 3],
  ['kafka', 2],
];
/** A fourth Scala user and a third Kafka user: Kafka now ties with Spark and comes first by name. */
const withNewcomer: [string, number][] = [
  ['scala', 4],
  ['kafka', 3],
  ['spark', 3],
];

const newcomer = {
  id: 'fresh-1',
  basics: { label: 'Engineer fresh-1' },
  work: [
    {
      name: 'Stripe',
      positions: [
        {
          id: 'fresh-1-role',
          position: 'Engineer',
          startDate: '2020-01',
          endDate: '2021-12',
          technologies: ['Kafka', 'Scala'],
        },
      ],
    },
  ],
};

describe('whole-graph aggregates are never served stale', () => {
  let server: TestServer;
  let auth: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: landscapeSources() });
    auth = { authorization: `Bearer ${server.token}` };
  });
  afterAll(() => server.close());

  it('an import through the API is in the next answer', async () => {
    expect((await graphql(server.url, query)).body).toEqual(answer(before, 2, 'land-1'));
    expect((await graphql(server.url, query)).body).toEqual(answer(before, 2, 'land-1'));
    const imported = await graphql(
      server.url,
      'mutation ($resume: JSON!) { importResume(resume: $resume) { created } }',
      { resume: newcomer },
      auth,
    );
    expect(imported.body).toEqual({ data: { importResume: { created: true } } });
    expect((await graphql(server.url, query)).body).toEqual(answer(withNewcomer, 3, 'fresh-1'));
  });

  it('a delete through the API is in the next answer', async () => {
    const deleted = await graphql(server.url, 'mutation { deletePerson(id: "fresh-1") { id } }', {}, auth);
    expect(deleted.body).toEqual({ data: { deletePerson: { id: 'fresh-1' } } });
    expect((await graphql(server.url, query)).body).toEqual(answer(before, 2, 'land-1'));
  });

  it('a load by another client on the same database (npm run load, another instance) is in the next answer', async () => {
    const { uri, user, password } = inject('database');
    const other = new Executor(createDriver({ uri, user, password }), { timeoutMs: 30_000 });
    try {
      const summary = await loadResumes(other, [{ file: 'fresh-1.json', text: JSON.stringify(newcomer) }]);
      expect(summary.failed).toEqual([]);
    } finally {
      await other.close();
    }
    expect((await graphql(server.url, query)).body).toEqual(answer(withNewcomer, 3, 'fresh-1'));
  });
});

describe('Executor.version', () => {
  it('stays while nothing is written and changes with a write by another client', async () => {
    const { uri, user, password } = inject('database');
    const reader = new Executor(createDriver({ uri, user, password }), { timeoutMs: 30_000 });
    const writer = new Executor(createDriver({ uri, user, password }), { timeoutMs: 30_000 });
    try {
      const first = await reader.version();
      expect(first).not.toBe('');
      expect(await reader.version()).toBe(first);
      await writer.write(versionProbeWrite);
      const second = await reader.version();
      expect(second).not.toBe(first);
      await writer.write(versionProbeUndo);
      expect(await reader.version()).not.toBe(second);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});
