import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimilarBudgets, similarPeopleCypher } from '../../src/graphql/queries/similar-people.js';
import type { PositionDocument, ResumeDocument } from '../../src/resume/types.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * similarPeople is exact in two stages (src/graphql/queries/similar-people.ts). A technology in a role
 * weighs 3, a listed skill 1; score = Σmin / (A + B − Σmin). Two groups that share no technology:
 *
 *   sx-q     role: Rust, Kafka, Python, Java                      A = 12
 *   sx-best  role: Kafka, Python, Java              B = 9   Σmin 9: 9 / 12 = 0.75
 *   sx-c1..3 role: Kafka, Python, Java, Go, Terraform, Spark  B = 18  Σmin 9: 9 / 21 = 3/7
 *   sx-rare  role: Rust, Haskell, Erlang, Clojure, OCaml   B = 15  Σmin 3: 3 / 24 = 0.125
 *   Users: Rust 2 (the rarest), Java, Kafka, Python 5 each. sx-best shares only common ones: a
 *   stage that reads Rust alone finds sx-rare and nobody else.
 *
 *   eq-q     role: Scala, Elixir                                  A = 6
 *   eq-a     role: Scala, Elixir, Ruby, Swift       B = 12  Σmin 6: 6 / 12 = 0.5
 *   eq-b     role: Scala; skills Elixir, Ruby, Swift  B = 6  Σmin 3 + 1 = 4: 4 / 8 = 0.5 (after eq-a by id)
 *   With every technology read, eq-a's bound is its score, 0.5; eq-b's is 1 (Σ of eq-q's own
 *   weights, 6, capped by B = 6: 6 / 6), so eq-b is scored first and eq-a's bound equals the score
 *   found: the equality case, unproven.
 *
 *   eq-none  a role without technologies: nobody is similar.
 */
const role = (id: string, technologies: string[]): PositionDocument => ({
  id,
  position: 'Engineer',
  technologies,
  startDate: '2020-01',
  endDate: '2021-12',
});
const person = (id: string, technologies: string[], skills: string[] = []): ResumeDocument => ({
  basics: { label: `Engineer ${id}` },
  work: [{ name: 'Mozilla', positions: [role(`${id}-role`, technologies)] }],
  ...(skills.length > 0 ? { skills: [{ name: 'Tools', keywords: skills }] } : {}),
});
const common = ['Kafka', 'Python', 'Java'];
const crowd = [...common, 'Go', 'Terraform', 'Spark'];
const resumes: Record<string, ResumeDocument> = {
  'sx-q': person('sx-q', ['Rust', ...common]),
  'sx-best': person('sx-best', common),
  'sx-c1': person('sx-c1', crowd),
  'sx-c2': person('sx-c2', crowd),
  'sx-c3': person('sx-c3', crowd),
  'sx-rare': person('sx-rare', ['Rust', 'Haskell', 'Erlang', 'Clojure', 'OCaml']),
  'eq-q': person('eq-q', ['Scala', 'Elixir']),
  'eq-a': person('eq-a', ['Scala', 'Elixir', 'Ruby', 'Swift']),
  'eq-b': person('eq-b', ['Scala'], ['Elixir', 'Ruby', 'Swift']),
  'eq-none': person('eq-none', []),
};

interface Row {
  found: boolean;
  stage: number;
  similar: { person: { id: string }; score: number }[];
}

/** The answer of similarPeopleCypher(budgets) as ids and scores, with the stage that gave it. */
async function ask(budgets: SimilarBudgets, personId: string, first: number) {
  const [row] = await testExecutor().read<Row>(similarPeopleCypher(budgets), {
    personId,
    first: neo4j.int(first),
  });
  return {
    found: row?.found,
    stage: Number(row?.stage),
    similar: row?.similar.map((entry) => ({ id: entry.person.id, score: entry.score })),
  };
}

const crowdScore = 9 / 21;

describe('similarPeople exact in stages (answers known by construction)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: Object.entries(resumes).map(([id, resume]) => ({
        file: `${id}.json`,
        text: JSON.stringify(resume),
      })),
    });
  });
  afterAll(() => server.close());

  it('the API: the best match shares only common technologies; ties by id', async () => {
    const response = await graphql(
      server.url,
      '{ similarPeople(personId: "sx-q") { person { id } score sharedTechnologies { id } } }',
    );
    const sharesCommon = [{ id: 'java' }, { id: 'kafka' }, { id: 'python' }];
    expect(response.body).toEqual({
      data: {
        similarPeople: [
          { person: { id: 'sx-best' }, score: 0.75, sharedTechnologies: sharesCommon },
          { person: { id: 'sx-c1' }, score: crowdScore, sharedTechnologies: sharesCommon },
          { person: { id: 'sx-c2' }, score: crowdScore, sharedTechnologies: sharesCommon },
          { person: { id: 'sx-c3' }, score: crowdScore, sharedTechnologies: sharesCommon },
          { person: { id: 'sx-rare' }, score: 0.125, sharedTechnologies: [{ id: 'rust' }] },
        ],
      },
    });
  });

  it('the API: equal scores by id, and a person without technologies has nobody similar', async () => {
    const response = await graphql(
      server.url,
      `{ two: similarPeople(personId: "eq-q", first: 2) { person { id } score }
         none: similarPeople(personId: "eq-none") { person { id } } }`,
    );
    expect(response.body).toEqual({
      data: {
        two: [
          { person: { id: 'eq-a' }, score: 0.5 },
          { person: { id: 'eq-b' }, score: 0.5 },
        ],
        none: [],
      },
    });
  });

  it('stage 1 reading Rust alone cannot prove sx-rare; stage 2 reads everything and finds sx-best', async () => {
    // Stage 1: sx-rare scores 0.125, but the technologies not read weigh 9 of 12: 0.75 > 0.125.
    const tight = { usersRead: 2, candidatesScored: 1 };
    expect(await ask(tight, 'sx-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: [{ id: 'sx-best', score: 0.75 }],
    });
    expect(await ask(tight, 'sx-q', 2)).toEqual({
      found: true,
      stage: 2,
      similar: [
        { id: 'sx-best', score: 0.75 },
        { id: 'sx-c1', score: crowdScore },
      ],
    });
    // Reading every technology proves everything in stage 1.
    expect(await ask({ usersRead: 1000, candidatesScored: 10 }, 'sx-q', 2)).toEqual({
      found: true,
      stage: 1,
      similar: [
        { id: 'sx-best', score: 0.75 },
        { id: 'sx-c1', score: crowdScore },
      ],
    });
  });

  it('stage 1 proves an answer without reading the common technologies', async () => {
    // Rust and Java read (2 + 5 users), Kafka and Python (6 of 12) not: anyone not read scores at
    // most 6/12. Bounds: sx-best 3 + min(6, 9 − 1) = 9 → 9/12 = 0.75, sx-rare 3 + 6 → 9/18 = 0.5,
    // a crowd member 3 + 6 → 9/21. sx-best, scored alone, is 0.75 > 0.5: proven.
    expect(await ask({ usersRead: 7, candidatesScored: 1 }, 'sx-q', 1)).toEqual({
      found: true,
      stage: 1,
      similar: [{ id: 'sx-best', score: 0.75 }],
    });
  });

  it('a bound equal to the last score is unproven: the tie may go to someone not scored', async () => {
    // eq-b (bound 1) is scored alone: 0.5; eq-a's bound is 0.5 too, and eq-a comes first by id.
    expect(await ask({ usersRead: 1000, candidatesScored: 1 }, 'eq-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: [{ id: 'eq-a', score: 0.5 }],
    });
    expect(await ask({ usersRead: 1000, candidatesScored: 2 }, 'eq-q', 1)).toEqual({
      found: true,
      stage: 1,
      similar: [{ id: 'eq-a', score: 0.5 }],
    });
  });

  it('nobody asked: found is false', async () => {
    expect(await ask({ usersRead: 1, candidatesScored: 1 }, 'nobody', 3)).toEqual({
      found: false,
      stage: 1,
      similar: [],
    });
  });
});
