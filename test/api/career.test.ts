import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExpected } from '../fixtures/seed-expected.js';
import { currentYearMonth, monthNumber, syntheticSources } from '../fixtures/synthetic-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const [b0bd, p4931, p1f1d] = seedExpected.personIds;

describe('career questions on the seed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const shared = (args: string) =>
    graphql<{ sharedTechnologies: { technology: { id: string }; peopleCount: number }[] }>(
      server.url,
      `{ sharedTechnologies(${args}) { technology { id } peopleCount } }`,
    );

  it('sharedTechnologies of all three people is Kubernetes and Linux', async () => {
    const response = await shared(`personIds: ["${b0bd}", "${p4931}", "${p1f1d}"]`);
    // seed-expected: sharedByAll, ordered by name (both are shared by all three)
    expect(response.body).toEqual({
      data: {
        sharedTechnologies: [
          { technology: { id: 'kubernetes' }, peopleCount: 3 },
          { technology: { id: 'linux' }, peopleCount: 3 },
        ],
      },
    });
  });

  it('sharedTechnologies of 4931… and 1f1d… includes Kafka, Java and Hadoop', async () => {
    const response = await shared(`personIds: ["${p4931}", "${p1f1d}"]`);
    const ids = response.body.data?.sharedTechnologies.map((row) => row.technology.id);
    expect(ids).toEqual(expect.arrayContaining(['kafka', 'java', 'hadoop']));
    // exactly the hand-counted set, each used by both, by name: Borg, Hadoop, Java, Kafka, Kubernetes, Linux
    expect(ids).toEqual([...seedExpected.shared_4931_1f1d]);
  });

  it('sharedTechnologies with minPeople 2 of three: every technology two of them share', async () => {
    const response = await shared(`personIds: ["${b0bd}", "${p4931}", "${p1f1d}"], minPeople: 2`);
    const rows = response.body.data?.sharedTechnologies ?? [];
    const pairs = [
      ...seedExpected.shared_b0bd_4931,
      ...seedExpected.shared_b0bd_1f1d,
      ...seedExpected.shared_4931_1f1d,
    ];
    const expected = [...new Set(pairs)].map((id) => ({
      id,
      count: seedExpected.personIds.filter((person) =>
        (seedExpected.technologiesPerPerson[person] as readonly string[]).includes(id),
      ).length,
    }));
    expect(rows.map((row) => ({ id: row.technology.id, count: row.peopleCount })).sort(byId)).toEqual(
      expected.sort(byId),
    );
    expect(rows.slice(0, 2).map((row) => row.technology.id)).toEqual(['kubernetes', 'linux']);
  });

  it('sharedTechnologies names the people it cannot find', async () => {
    const one = await shared(`personIds: ["${p4931}", "nobody"]`);
    expect(one.body).toEqual(
      failure(
        'sharedTechnologies',
        'No person with id "nobody": pass an id from people { edges { node { id } } }.',
        'NOT_FOUND',
      ),
    );
    const two = await shared('personIds: ["x1", "x2"]');
    expect(two.body).toEqual(
      failure(
        'sharedTechnologies',
        'No person with ids "x1", "x2": pass ids from people { edges { node { id } } }.',
        'NOT_FOUND',
      ),
    );
  });

  it('sharedTechnologies rejects bad personIds and minPeople', async () => {
    expect((await shared('personIds: []')).body).toEqual(
      failure(
        'sharedTechnologies',
        'personIds: 0 ids given: pass from 1 to 50 person ids.',
        'BAD_USER_INPUT',
        'personIds',
      ),
    );
    const many = JSON.stringify(Array.from({ length: 51 }, (_, i) => `p${i}`));
    expect((await shared(`personIds: ${many}`)).body).toEqual(
      failure(
        'sharedTechnologies',
        'personIds: 51 ids given: pass from 1 to 50 person ids.',
        'BAD_USER_INPUT',
        'personIds',
      ),
    );
    expect((await shared(`personIds: ["${p4931}", "${p4931}"]`)).body).toEqual(
      failure(
        'sharedTechnologies',
        `personIds: "${p4931}" is listed twice: pass each person once.`,
        'BAD_USER_INPUT',
        'personIds',
      ),
    );
    expect((await shared(`personIds: ["${p4931}", "${p1f1d}"], minPeople: 3`)).body).toEqual(
      failure(
        'sharedTechnologies',
        'minPeople: 3 is out of range: expected an integer from 1 to 2.',
        'BAD_USER_INPUT',
        'minPeople',
      ),
    );
    expect((await shared(`personIds: ["${p4931}"], minPeople: 0`)).body).toEqual(
      failure(
        'sharedTechnologies',
        'minPeople: 0 is out of range: expected an integer from 1 to 1.',
        'BAD_USER_INPUT',
        'minPeople',
      ),
    );
  });

  it('colleagues: the seed people never worked at the same company', async () => {
    // seed-expected employersPerPerson: no company (nor two under one parent) in common
    for (const id of seedExpected.personIds) {
      const response = await graphql(server.url, `{ colleagues(personId: "${id}") { person { id } } }`);
      expect(response.body).toEqual({ data: { colleagues: [] } });
    }
  });

  it('similarPeople on the seed: the other two, each sharing what the documents share', async () => {
    const response = await graphql<{
      similarPeople: { person: { id: string }; score: number; sharedTechnologies: { id: string }[] }[];
    }>(
      server.url,
      `{ similarPeople(personId: "${p1f1d}") { person { id } score sharedTechnologies { id } } }`,
    );
    const rows = response.body.data?.similarPeople ?? [];
    expect(rows.map((row) => row.person.id).sort()).toEqual([b0bd, p4931].sort());
    for (const row of rows) {
      expect(row.score).toBeGreaterThan(0);
      expect(row.score).toBeLessThanOrEqual(1);
    }
    const sharedWith = (id: string) =>
      rows
        .find((row) => row.person.id === id)
        ?.sharedTechnologies.map((t) => t.id)
        .sort();
    expect(sharedWith(p4931)).toEqual([...seedExpected.shared_4931_1f1d]);
    expect(sharedWith(b0bd)).toEqual([...seedExpected.shared_b0bd_1f1d]);
  });

  it('technologyCooccurrence resolves an alias (k8s) and counts roles and projects', async () => {
    const response = await graphql<{
      technologyCooccurrence: { technology: { id: string }; count: number; people: number }[];
    }>(
      server.url,
      '{ technologyCooccurrence(technologyId: "k8s", first: 100) { technology { id } count people } }',
    );
    const rows = response.body.data?.technologyCooccurrence ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.technology.id)).not.toContain('kubernetes');
    // 001:5 Peloton, Mesos, Kubernetes in one role (Uber ATG); 002:60 Borg/Kubernete like (Baidu Matrix)
    expect(rows.map((row) => row.technology.id)).toEqual(expect.arrayContaining(['mesos', 'borg']));
    for (const [a, b] of rows.slice(1).map((row, i) => [rows[i], row] as const)) {
      expect(a?.count ?? 0).toBeGreaterThanOrEqual(b.count);
    }
  });

  it('technologyCooccurrence of an unknown technology suggests the closest', async () => {
    const response = await graphql(
      server.url,
      '{ technologyCooccurrence(technologyId: "kubernets") { count } }',
    );
    expect(response.body).toEqual(
      failure(
        'technologyCooccurrence',
        'No technology "kubernets": did you mean "kubernetes" (Kubernetes)?',
        'NOT_FOUND',
      ),
    );
  });

  it('rejects unknown people and out-of-range arguments', async () => {
    const cases: [string, ReturnType<typeof failure>][] = [
      [
        '{ colleagues(personId: "nobody") { overlapMonths } }',
        failure(
          'colleagues',
          'No person with id "nobody": pass an id from people { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
      [
        `{ colleagues(personId: "${p4931}", minOverlapMonths: 0) { overlapMonths } }`,
        failure(
          'colleagues',
          'minOverlapMonths: 0 is out of range: expected an integer from 1 to 1200.',
          'BAD_USER_INPUT',
          'minOverlapMonths',
        ),
      ],
      [
        `{ colleagues(personId: "${p4931}", minOverlapMonths: 1201) { overlapMonths } }`,
        failure(
          'colleagues',
          'minOverlapMonths: 1201 is out of range: expected an integer from 1 to 1200.',
          'BAD_USER_INPUT',
          'minOverlapMonths',
        ),
      ],
      [
        '{ similarPeople(personId: "nobody") { score } }',
        failure(
          'similarPeople',
          'No person with id "nobody": pass an id from people { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
      [
        `{ similarPeople(personId: "${p4931}", first: 101) { score } }`,
        failure(
          'similarPeople',
          'first: 101 is out of range: expected an integer from 1 to 100.',
          'BAD_USER_INPUT',
          'first',
        ),
      ],
      [
        '{ technologyCooccurrence(technologyId: "kafka", first: 0) { count } }',
        failure(
          'technologyCooccurrence',
          'first: 0 is out of range: expected an integer from 1 to 100.',
          'BAD_USER_INPUT',
          'first',
        ),
      ],
      [
        '{ technologyCooccurrence(technologyId: "zzzzzzzz") { count } }',
        failure(
          'technologyCooccurrence',
          'No technology "zzzzzzzz": pass an id from technologies { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
    ];
    await expectAnswers(server.url, cases);
  });
});

describe('career questions on synthetic résumés (answers known by construction)', () => {
  // See test/fixtures/synthetic-careers.ts for the table of people, roles, dates and weights.
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: syntheticSources() });
  });
  afterAll(() => server.close());

  const colleagues = (args: string) =>
    graphql(
      server.url,
      `{ colleagues(${args}) { person { id } company { id } overlapMonths from to role { id } colleagueRole { id } } }`,
    );

  it('colleagues of syn-a: same company, sister company (Uber ATG under Uber), current roles', async () => {
    const now = currentYearMonth();
    const response = await colleagues('personId: "syn-a"');
    expect(response.body).toEqual({
      data: {
        colleagues: [
          {
            // syn-a-stripe 2021-01..now and syn-d-stripe 2022-05..now: 2022-05..now
            // (syn-d-stripe-2020, Jan..Dec 2020, ends before syn-a-stripe starts)
            person: { id: 'syn-d' },
            company: { id: 'stripe' },
            overlapMonths: monthNumber(now) - monthNumber('2022-05') + 1,
            from: '2022-05',
            to: now,
            role: { id: 'syn-a-stripe' },
            colleagueRole: { id: 'syn-d-stripe' },
          },
          {
            // syn-a-uber 2019-01..2020-12 and syn-b-uber 2020-07..2021-06: 2020-07..2020-12 = 6 months
            person: { id: 'syn-b' },
            company: { id: 'uber' },
            overlapMonths: 6,
            from: '2020-07',
            to: '2020-12',
            role: { id: 'syn-a-uber' },
            colleagueRole: { id: 'syn-b-uber' },
          },
          {
            // Uber ATG is PART_OF Uber; syn-c-atg 2020-01..2020-03 lies inside syn-a-uber: 3 months,
            // at the colleague's company
            person: { id: 'syn-c' },
            company: { id: 'uber-atg' },
            overlapMonths: 3,
            from: '2020-01',
            to: '2020-03',
            role: { id: 'syn-a-uber' },
            colleagueRole: { id: 'syn-c-atg' },
          },
          {
            // syn-e-uber 2020-12..2021-03 meets syn-a-uber in its last month; the undated role never overlaps
            person: { id: 'syn-e' },
            company: { id: 'uber' },
            overlapMonths: 1,
            from: '2020-12',
            to: '2020-12',
            role: { id: 'syn-a-uber' },
            colleagueRole: { id: 'syn-e-uber' },
          },
        ],
      },
    });
  });

  it('colleagues with minOverlapMonths keeps the longer overlaps only', async () => {
    const response = await graphql<{ colleagues: { person: { id: string }; overlapMonths: number }[] }>(
      server.url,
      '{ colleagues(personId: "syn-a", minOverlapMonths: 4) { person { id } overlapMonths } }',
    );
    expect(response.body.data?.colleagues.map((row) => row.person.id)).toEqual(['syn-d', 'syn-b']);
  });

  it('colleagues with first keeps the longest overlaps, and refuses more than 100', async () => {
    const response = await graphql<{ colleagues: { person: { id: string }; overlapMonths: number }[] }>(
      server.url,
      '{ colleagues(personId: "syn-a", first: 2) { person { id } overlapMonths } }',
    );
    // The two longest of the four above: syn-d (since 2022-05) and syn-b (6 months).
    expect(response.body.data?.colleagues.map((row) => row.person.id)).toEqual(['syn-d', 'syn-b']);
    const tooMany = await graphql(
      server.url,
      '{ colleagues(personId: "syn-a", first: 101) { overlapMonths } }',
    );
    expect(tooMany.body).toEqual(
      failure(
        'colleagues',
        'first: 101 is out of range: expected an integer from 1 to 100.',
        'BAD_USER_INPUT',
        'first',
      ),
    );
  });

  it('colleagues of syn-c: the parent company counts', async () => {
    const response = await colleagues('personId: "syn-c"');
    expect(response.body).toEqual({
      data: {
        colleagues: [
          {
            person: { id: 'syn-a' },
            company: { id: 'uber' },
            overlapMonths: 3,
            from: '2020-01',
            to: '2020-03',
            role: { id: 'syn-c-atg' },
            colleagueRole: { id: 'syn-a-uber' },
          },
        ],
      },
    });
  });

  it('similarPeople of syn-a: weighted Jaccard, heaviest shared technologies first', async () => {
    // syn-a: kafka 3, java 3, spark 2, python 1 (Σ 9)
    // syn-b: kafka 3, java 3, spark 1, go 1 (Σ 8): Σmin = 3 + 3 + 1 = 7, Σmax = 9 + 8 - 7 = 10 → 0.7
    // syn-c: java 3, spark 3, python 2 (Σ 8): Σmin = 3 + 2 + 1 = 6, Σmax = 9 + 8 - 6 = 11 → 6/11
    // syn-e: kafka, java, spark, python 1 each (Σ 4): Σmin = 4, Σmax = 9 → 4/9
    // syn-d: go only → nothing shared, score 0, left out
    // shared order: by the smaller weight, then the larger, then name
    const response = await graphql(
      server.url,
      '{ similarPeople(personId: "syn-a") { person { id } score sharedTechnologies { id } } }',
    );
    expect(response.body).toEqual({
      data: {
        similarPeople: [
          {
            person: { id: 'syn-b' },
            score: 7 / 10,
            // java (3,3) and kafka (3,3) tie, by name; spark (1,2)
            sharedTechnologies: [{ id: 'java' }, { id: 'kafka' }, { id: 'spark' }],
          },
          {
            person: { id: 'syn-c' },
            score: 6 / 11,
            // java (3,3), spark (2,3), python (1,2)
            sharedTechnologies: [{ id: 'java' }, { id: 'spark' }, { id: 'python' }],
          },
          {
            person: { id: 'syn-e' },
            score: 4 / 9,
            // all (1, x): java (1,3) and kafka (1,3) by name, spark (1,2), python (1,1)
            sharedTechnologies: [{ id: 'java' }, { id: 'kafka' }, { id: 'spark' }, { id: 'python' }],
          },
        ],
      },
    });
  });

  it('similarPeople honours first; only people sharing something are listed', async () => {
    const two = await graphql<{ similarPeople: { person: { id: string } }[] }>(
      server.url,
      '{ similarPeople(personId: "syn-a", first: 2) { person { id } } }',
    );
    expect(two.body.data?.similarPeople.map((row) => row.person.id)).toEqual(['syn-b', 'syn-c']);
    // syn-d's only technology, Go (role, 3; Σ 3), is a skill of syn-b (1; Σ 8):
    // Σmin = 1, Σmax = 3 + 8 - 1 = 10 → 0.1; nobody else shares anything with syn-d
    const d = await graphql(server.url, '{ similarPeople(personId: "syn-d") { person { id } score } }');
    expect(d.body).toEqual({ data: { similarPeople: [{ person: { id: 'syn-b' }, score: 0.1 }] } });
  });

  it('sharedTechnologies of syn-a and syn-b with the evidence', async () => {
    const response = await graphql(
      server.url,
      `{ sharedTechnologies(personIds: ["syn-b", "syn-a"]) {
          technology { id } peopleCount
          people { person { id } roles { id } projects { id } skill } } }`,
    );
    expect(response.body).toEqual({
      data: {
        sharedTechnologies: [
          {
            technology: { id: 'java' },
            peopleCount: 2,
            people: [
              { person: { id: 'syn-a' }, roles: [{ id: 'syn-a-uber' }], projects: [], skill: true },
              { person: { id: 'syn-b' }, roles: [{ id: 'syn-b-uber' }], projects: [], skill: false },
            ],
          },
          {
            technology: { id: 'kafka' },
            peopleCount: 2,
            people: [
              {
                person: { id: 'syn-a' },
                roles: [{ id: 'syn-a-uber' }],
                projects: [{ id: 'syn-stream-platform' }],
                skill: false,
              },
              { person: { id: 'syn-b' }, roles: [{ id: 'syn-b-uber' }], projects: [], skill: false },
            ],
          },
          {
            technology: { id: 'spark' },
            peopleCount: 2,
            people: [
              { person: { id: 'syn-a' }, roles: [], projects: [{ id: 'syn-stream-platform' }], skill: false },
              { person: { id: 'syn-b' }, roles: [], projects: [], skill: true },
            ],
          },
        ],
      },
    });
  });

  it('sharedTechnologies with minPeople: most shared first, then by name', async () => {
    // java: a, b, c, e; spark: a, b, c, e; kafka: a, b, e; python: a, c (own project), e; go: b only
    const response = await graphql(
      server.url,
      '{ sharedTechnologies(personIds: ["syn-a", "syn-b", "syn-c", "syn-e"], minPeople: 3) { technology { id } peopleCount } }',
    );
    expect(response.body).toEqual({
      data: {
        sharedTechnologies: [
          { technology: { id: 'java' }, peopleCount: 4 },
          { technology: { id: 'spark' }, peopleCount: 4 },
          { technology: { id: 'kafka' }, peopleCount: 3 },
          { technology: { id: 'python' }, peopleCount: 3 },
        ],
      },
    });
  });

  it('technologyCooccurrence counts roles and projects using both, and the people behind them', async () => {
    // Java is used by syn-a-uber (with Kafka), syn-b-uber (with Kafka) and syn-c-atg (with Spark)
    const java = await graphql(
      server.url,
      '{ technologyCooccurrence(technologyId: "Java") { technology { id } count people } }',
    );
    expect(java.body).toEqual({
      data: {
        technologyCooccurrence: [
          { technology: { id: 'kafka' }, count: 2, people: 2 },
          { technology: { id: 'spark' }, count: 1, people: 1 },
        ],
      },
    });
    // Kafka (by its alias): syn-a-uber and syn-b-uber with Java; project syn-stream-platform with Spark
    const kafka = await graphql(
      server.url,
      '{ technologyCooccurrence(technologyId: "Apache Kafka", first: 1) { technology { id } count people } }',
    );
    expect(kafka.body).toEqual({
      data: { technologyCooccurrence: [{ technology: { id: 'java' }, count: 2, people: 2 }] },
    });
  });
});

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
