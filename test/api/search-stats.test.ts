import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExpected } from '../fixtures/seed-expected.js';
import { seedKindCounts } from '../fixtures/seed-kind-counts.js';
import { syntheticSources } from '../fixtures/synthetic-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Hit {
  entity: { id: string; kind: string };
  kind: string;
  score: number;
}

const p1f1d = seedExpected.personIds[2];

describe('search and stats on the seed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const search = async (args: string): Promise<Hit[]> => {
    const response = await graphql<{ search: Hit[] }>(
      server.url,
      `{ search(${args}) { entity { id kind } kind score } }`,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.search ?? [];
  };

  it.each([
    ['k8s', 'kubernetes'], // an alias of Kubernetes
    ['Kubernetes', 'kubernetes'],
    ['kube', 'kubernetes'], // a prefix (also an alias)
    ['kubernets', 'kubernetes'], // a typo
    ['C++', 'cpp'], // Lucene syntax is escaped; the exact name comes first
    ['C#', 'csharp'],
    ['Düsseldorf', 'university-of-duesseldorf'],
    ['microsoft', 'microsoft'],
  ])('search(%j) finds %s first', async (text, id) => {
    const hits = await search(`query: ${JSON.stringify(text)}`);
    expect(hits[0]?.entity.id).toBe(id);
    expect(hits[0]?.kind).toBe(hits[0]?.entity.kind);
    expect(hits[0]?.score).toBeGreaterThan(0);
  });

  // The exact hit is decided by the lookup key (case, spaces and punctuation do not count, + does),
  // as technology(id:) finds names: a spelling differing only in those finds the technology first.
  it.each([
    ['c ++', 'cpp'],
    ['C + +', 'cpp'],
    ['c-sharp', 'csharp'],
  ])('search(%j), the key of a name spelled otherwise, finds %s first', async (text, id) => {
    const hits = await search(`query: ${JSON.stringify(text)}`);
    expect(hits[0]?.entity.id).toBe(id);
  });

  it('treats Lucene and Cypher syntax in the text as plain words', async () => {
    for (const text of [
      "'}) DETACH DELETE n //",
      'AND OR NOT',
      '"unbalanced',
      'a:b (c [d {e ~f ^g \\ /h* ?',
      '&& ||',
    ]) {
      const response = await graphql(server.url, 'query ($q: String!) { search(query: $q) { kind } }', {
        q: text,
      });
      expect(response.body.errors, text).toBeUndefined();
    }
    const stats = await graphql<{ stats: { counts: { kind: string; count: number }[] } }>(
      server.url,
      '{ stats { counts { kind count } } }',
    );
    expect(stats.body.data?.stats.counts.find((row) => row.kind === 'PERSON')?.count).toBe(3);
  });

  it('filters by kind, and first caps the hits', async () => {
    // 002's latest employer is Microsoft: its label is "Principal Software Engineer @ Microsoft"
    expect(await search('query: "microsoft", kinds: [PERSON]')).toEqual([
      { entity: { id: p1f1d, kind: 'PERSON' }, kind: 'PERSON', score: expect.any(Number) },
    ]);
    const companies = await search('query: "microsoft", kinds: [COMPANY, SCHOOL]');
    expect(companies[0]?.entity.id).toBe('microsoft');
    expect(new Set(companies.map((hit) => hit.kind))).toEqual(new Set(['COMPANY']));
    expect(await search('query: "engineer", first: 2')).toHaveLength(2);
  });

  it('rejects an empty, too long or too greedy search', async () => {
    const cases: [string, ReturnType<typeof failure>][] = [
      [
        '{ search(query: "   ") { score } }',
        failure(
          'search',
          'query: "   " is empty: pass at least one word, e.g. "kubernetes".',
          'BAD_USER_INPUT',
          'query',
        ),
      ],
      [
        `{ search(query: "${'x'.repeat(201)}") { score } }`,
        failure('search', 'query: 201 characters is too long: pass at most 200.', 'BAD_USER_INPUT', 'query'),
      ],
      [
        '{ search(query: "kafka", first: 101) { score } }',
        failure(
          'search',
          'first: 101 is out of range: expected an integer from 1 to 100.',
          'BAD_USER_INPUT',
          'first',
        ),
      ],
    ];
    await expectAnswers(server.url, cases);
  });

  it('stats counts every kind as the documents give them', async () => {
    const response = await graphql(server.url, '{ stats { counts { kind count } } }');
    expect(response.body).toEqual({
      data: {
        stats: {
          counts: seedKindCounts,
        },
      },
    });
  });

  it('topTechnologies: by number of people using them', async () => {
    const response = await graphql<{
      stats: { topTechnologies: { technology: { id: string }; count: number }[] };
    }>(server.url, '{ stats { topTechnologies(first: 100) { technology { id } count } } }');
    const rows = response.body.data?.stats.topTechnologies ?? [];
    // Kubernetes and Linux are the two all three use (seed-expected sharedByAll)
    expect(rows.slice(0, 2)).toEqual([
      { technology: { id: 'kubernetes' }, count: 3 },
      { technology: { id: 'linux' }, count: 3 },
    ]);
    const people = new Map<string, number>();
    for (const person of seedExpected.personIds) {
      for (const id of seedExpected.technologiesPerPerson[person]) people.set(id, (people.get(id) ?? 0) + 1);
    }
    const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : 1);
    // first: 100 covers all 77
    expect(rows.map((row): [string, number] => [row.technology.id, row.count]).sort(byKey)).toEqual(
      [...people].sort(byKey),
    );
    const counts = rows.map((row) => row.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('largestEmployers: every seed company has one person (no two résumés share an employer)', async () => {
    const response = await graphql<{
      stats: { largestEmployers: { company: { id: string }; count: number }[] };
    }>(server.url, '{ stats { largestEmployers(first: 100) { company { id } count } } }');
    const rows = response.body.data?.stats.largestEmployers ?? [];
    expect(rows.map((row) => row.company.id).sort()).toEqual([...seedExpected.companyIds]);
    expect(new Set(rows.map((row) => row.count))).toEqual(new Set([1]));
  });

  it('stats rejects first out of range', async () => {
    const response = await graphql(server.url, '{ stats { topTechnologies(first: 0) { count } } }');
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'first: 0 is out of range: expected an integer from 1 to 100.',
          path: ['stats', 'topTechnologies'],
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
        },
      ],
    });
  });
});

describe('stats and search on synthetic résumés', () => {
  // test/fixtures/synthetic-careers.ts
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: syntheticSources() });
  });
  afterAll(() => server.close());

  it('stats: counts, relationships, top technologies, largest employers', async () => {
    const response = await graphql(
      server.url,
      `{ stats {
          counts { kind count } relationships
          topTechnologies { technology { id } count }
          largestEmployers { company { id } count } } }`,
    );
    expect(response.body).toEqual({
      data: {
        stats: {
          counts: [
            { kind: 'PERSON', count: 5 },
            { kind: 'ROLE', count: 8 },
            { kind: 'COMPANY', count: 3 },
            { kind: 'TECHNOLOGY', count: 5 },
            { kind: 'PROJECT', count: 2 },
            { kind: 'SCHOOL', count: 0 },
          ],
          // HELD 8 + AT 8 + PART_OF 1 + USED 7 + 3 + WORKED_ON 2 + SKILLED_IN 8
          relationships: 37,
          topTechnologies: [
            { technology: { id: 'java' }, count: 4 }, // a, b, c (roles), e (skill)
            { technology: { id: 'spark' }, count: 4 }, // a (project), b (skill), c (role), e (skill)
            { technology: { id: 'kafka' }, count: 3 }, // a, b, e
            { technology: { id: 'python' }, count: 3 }, // a (skill), c (own project), e (skill)
            { technology: { id: 'go' }, count: 2 }, // b (skill), d (role)
          ],
          largestEmployers: [
            { company: { id: 'uber' }, count: 4 }, // a, b, e at Uber and c at Uber ATG, its subsidiary
            { company: { id: 'stripe' }, count: 2 }, // a, d
            { company: { id: 'uber-atg' }, count: 1 }, // c
          ],
        },
      },
    });
  });

  it('search: all five people are engineers', async () => {
    const response = await graphql<{ search: Hit[] }>(
      server.url,
      '{ search(query: "engineer", kinds: [PERSON]) { entity { id kind } kind score } }',
    );
    expect(response.body.data?.search.map((hit) => hit.entity.id).sort()).toEqual([
      'syn-a',
      'syn-b',
      'syn-c',
      'syn-d',
      'syn-e',
    ]);
  });
});
