import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { askSimilar, engineer, serverWith } from '../support/similar-people.js';
import type { TestServer } from '../support/test-server.js';

/*
 * Where similarPeople's pruning could go wrong (src/graphql/queries/similar-people.ts): stage 2
 * reads only the technologies stage 1's last score requires and scores only the candidates whose
 * bound reaches it. A technology in a role weighs 3, a listed skill 1; score = Σmin / (A + B − Σmin).
 *
 * Group 1, a tie at the k-th score with someone stage 1 never reads:
 *   pr-q   role: Fortran, Ruby, PHP                              A = 9
 *   pr-a   role: Ruby, PHP, COBOL            B = 9   Σmin 6: 6 / 12 = 0.5   (common ones only)
 *   pr-b   role: Fortran, Ruby, Groovy       B = 9   Σmin 6: 6 / 12 = 0.5   (after pr-a by id)
 *   pr-c   role: Fortran                     B = 3   Σmin 3: 3 / 9  = 1/3   (the rare one only)
 *   pr-d1..3 role: Ruby, PHP, Julia, R, MATLAB, Scala  B = 18  Σmin 6: 6 / 21 = 2/7
 *   pr-e   role: Haskell; skill Fortran       B = 4   Σmin 1: 1 / 12
 *   Users (with pr-q): Fortran 4 (the rarest), PHP 5, Ruby 6.
 *   Stage 1 reading Fortran alone, scoring 1 (bounds: pr-b 9/9 = 1, pr-e 4/9, pr-c 3/9), finds
 *   pr-b at 0.5, unproven (the unread Ruby and PHP weigh 6/9). Stage 2: rest/A must fall below 0.5,
 *   so Fortran and PHP are read (Ruby's 3/9 < 0.5). pr-a's bound is 3 + min(3, 9 − 3) = 6 → 0.5:
 *   equal to the last score, so it is scored (Ruby: Σmin 6, 0.5) and wins the tie by id. pr-c
 *   (nothing left unread: 1/3), pr-e (1 + 3 → 4/9) and pr-d (3 + 3 → 6/21) fall below 0.5.
 *
 * Group 2, the best shares only the rarest technologies:
 *   ps-q     role: Elm, Lua, Dart, Kotlin                          A = 12
 *   ps-only  role: Elm, Lua                  B = 6   Σmin 6: 6 / 12 = 0.5
 *   ps-c1..4 role: Dart, Kotlin, Swift       B = 9   Σmin 6: 6 / 15 = 0.4
 *   Users: Elm 2, Lua 2, Dart 5, Kotlin 5. Stage 1 reading Elm and Lua finds ps-only at 0.5, equal
 *   to what the unread Dart and Kotlin allow (6/12): unproven. Stage 2 reads Elm, Lua and Dart
 *   (Kotlin's 3/12 < 0.5): ps-only is exact (nothing of it unread), a ps-c's bound is 3 + 3 → 6/15.
 */
const crowd1 = ['Ruby', 'PHP', 'Julia', 'R', 'MATLAB', 'Scala'];
const crowd2 = ['Dart', 'Kotlin', 'Swift'];
const resumes: Record<string, ResumeDocument> = {
  'pr-q': engineer('pr-q', ['Fortran', 'Ruby', 'PHP']),
  'pr-a': engineer('pr-a', ['Ruby', 'PHP', 'COBOL']),
  'pr-b': engineer('pr-b', ['Fortran', 'Ruby', 'Groovy']),
  'pr-c': engineer('pr-c', ['Fortran']),
  'pr-d1': engineer('pr-d1', crowd1),
  'pr-d2': engineer('pr-d2', crowd1),
  'pr-d3': engineer('pr-d3', crowd1),
  'pr-e': engineer('pr-e', ['Haskell'], ['Fortran']),
  'ps-q': engineer('ps-q', ['Elm', 'Lua', 'Dart', 'Kotlin']),
  'ps-only': engineer('ps-only', ['Elm', 'Lua']),
  'ps-c1': engineer('ps-c1', crowd2),
  'ps-c2': engineer('ps-c2', crowd2),
  'ps-c3': engineer('ps-c3', crowd2),
  'ps-c4': engineer('ps-c4', crowd2),
};

const group1 = [
  { id: 'pr-a', score: 0.5 },
  { id: 'pr-b', score: 0.5 },
  { id: 'pr-c', score: 3 / 9 },
  { id: 'pr-d1', score: 6 / 21 },
  { id: 'pr-d2', score: 6 / 21 },
  { id: 'pr-d3', score: 6 / 21 },
  { id: 'pr-e', score: 1 / 12 },
];
const group2 = [
  { id: 'ps-only', score: 0.5 },
  { id: 'ps-c1', score: 0.4 },
  { id: 'ps-c2', score: 0.4 },
  { id: 'ps-c3', score: 0.4 },
  { id: 'ps-c4', score: 0.4 },
];

describe('similarPeople pruning (answers computed by hand)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith(resumes);
  });
  afterAll(() => server.close());

  it('the API ranks everyone sharing something, ties by id', async () => {
    const response = await graphql<{ one: { person: { id: string }; score: number }[] }>(
      server.url,
      `{ one: similarPeople(personId: "pr-q") { person { id } score }
         two: similarPeople(personId: "ps-q") { person { id } score } }`,
    );
    const listed = (rows: { person: { id: string }; score: number }[]) =>
      rows.map((row) => ({ id: row.person.id, score: row.score }));
    const data = response.body.data as unknown as Record<
      'one' | 'two',
      { person: { id: string }; score: number }[]
    >;
    expect(listed(data.one)).toEqual(group1);
    expect(listed(data.two)).toEqual(group2);
  });

  it('a tie at the k-th score with a candidate stage 1 never read: scored, and first by id', async () => {
    const tight = { usersRead: 4, candidatesScored: 1 };
    expect(await askSimilar(tight, 'pr-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: group1.slice(0, 1),
    });
    expect(await askSimilar(tight, 'pr-q', 2)).toEqual({
      found: true,
      stage: 2,
      similar: group1.slice(0, 2),
    });
    // Scoring everyone stage 1 reads (pr-b, pr-c, pr-e): 1/12 is the third score, and the unread
    // technologies allow 6/9: stage 2 reads everything, all of it exactly.
    expect(await askSimilar({ usersRead: 4, candidatesScored: 3 }, 'pr-q', 3)).toEqual({
      found: true,
      stage: 2,
      similar: group1.slice(0, 3),
    });
  });

  it('the best shares only the rarest technologies; a tie with the unread bound is unproven', async () => {
    const tight = { usersRead: 4, candidatesScored: 1 };
    expect(await askSimilar(tight, 'ps-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: group2.slice(0, 1),
    });
    expect(await askSimilar(tight, 'ps-q', 3)).toEqual({
      found: true,
      stage: 2,
      similar: group2.slice(0, 3),
    });
    // Reading every technology proves the answer in stage 1.
    expect(await askSimilar({ usersRead: 100, candidatesScored: 10 }, 'ps-q', 2)).toEqual({
      found: true,
      stage: 1,
      similar: group2.slice(0, 2),
    });
  });
});
