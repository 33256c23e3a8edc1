import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { askSimilar, engineer, serverWith } from '../support/similar-people.js';
import type { TestServer } from '../support/test-server.js';

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
const common = ['Kafka', 'Python', 'Java'];
const crowd = [...common, 'Go', 'Terraform', 'Spark'];
const resumes: Record<string, ResumeDocument> = {
  'sx-q': engineer('sx-q', ['Rust', ...common]),
  'sx-best': engineer('sx-best', common),
  'sx-c1': engineer('sx-c1', crowd),
  'sx-c2': engineer('sx-c2', crowd),
  'sx-c3': engineer('sx-c3', crowd),
  'sx-rare': engineer('sx-rare', ['Rust', 'Haskell', 'Erlang', 'Clojure', 'OCaml']),
  'eq-q': engineer('eq-q', ['Scala', 'Elixir']),
  'eq-a': engineer('eq-a', ['Scala', 'Elixir', 'Ruby', 'Swift']),
  'eq-b': engineer('eq-b', ['Scala'], ['Elixir', 'Ruby', 'Swift']),
  'eq-none': engineer('eq-none', []),
};

const crowdScore = 9 / 21;

describe('similarPeople exact in stages (answers known by construction)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith(resumes);
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
    expect(await askSimilar(tight, 'sx-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: [{ id: 'sx-best', score: 0.75 }],
    });
    expect(await askSimilar(tight, 'sx-q', 2)).toEqual({
      found: true,
      stage: 2,
      similar: [
        { id: 'sx-best', score: 0.75 },
        { id: 'sx-c1', score: crowdScore },
      ],
    });
    // Reading every technology proves everything in stage 1.
    expect(await askSimilar({ usersRead: 1000, candidatesScored: 10 }, 'sx-q', 2)).toEqual({
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
    expect(await askSimilar({ usersRead: 7, candidatesScored: 1 }, 'sx-q', 1)).toEqual({
      found: true,
      stage: 1,
      similar: [{ id: 'sx-best', score: 0.75 }],
    });
  });

  it('a bound equal to the last score is unproven: the tie may go to someone not scored', async () => {
    // eq-b (bound 1) is scored alone: 0.5; eq-a's bound is 0.5 too, and eq-a comes first by id.
    expect(await askSimilar({ usersRead: 1000, candidatesScored: 1 }, 'eq-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: [{ id: 'eq-a', score: 0.5 }],
    });
    expect(await askSimilar({ usersRead: 1000, candidatesScored: 2 }, 'eq-q', 1)).toEqual({
      found: true,
      stage: 1,
      similar: [{ id: 'eq-a', score: 0.5 }],
    });
  });

  it('nobody asked: found is false', async () => {
    expect(await askSimilar({ usersRead: 1, candidatesScored: 1 }, 'nobody', 3)).toEqual({
      found: false,
      stage: 1,
      similar: [],
    });
  });
});
