import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { askSimilar, engineer, serverWith } from '../support/similar-people.js';
import type { TestServer } from '../support/test-server.js';

/*
 * similarPeople's stage 2 (src/graphql/queries/similar-people.ts, prefixStage) bounds every
 * candidate it reads, scores exactly the `candidatesScored` with the highest bounds, then only
 * those of the rest whose bound reaches the `first`-th score found (an equal bound is scored: ties
 * go by id). Every technology here is in a role (weight 3); score = Σmin / (A + B − Σmin).
 *
 *   sw-q      Fortran, Ruby, PHP, Kotlin                A = 12
 *   sw-wide   Ruby, PHP, Kotlin         B = 9   Σmin 9: 9 / 12 = 0.75
 *   sw-edge   PHP, Kotlin               B = 6   Σmin 6: 6 / 12 = 0.5
 *   sw-rare   Fortran, Ruby             B = 6   Σmin 6: 0.5
 *   sw-rare2  Fortran, Ruby             B = 6   Σmin 6: 0.5
 *   sw-big    PHP, Kotlin, Julia        B = 9   Σmin 6: 6 / 15 = 0.4
 *   sw-f2     PHP, Lua                  B = 6   Σmin 3: 3 / 15 = 0.2
 *   sw-f3/f4  Kotlin, Dart              B = 6   Σmin 3: 0.2
 * Users (with sw-q): Fortran 3, Ruby 4, PHP 5, Kotlin 6: rarest first Fortran, Ruby, PHP, Kotlin,
 * the person's weights from each on 12, 9, 6, 3.
 *
 * Budgets { usersRead: 3, candidatesScored: 2 }: stage 1 reads Fortran alone and scores sw-rare and
 * sw-rare2 (0.5 each); the unread Ruby, PHP and Kotlin allow 9 / 12, so it proves nothing.
 *   - `first` 1 or 2: L = 0.5; stage 2 reads Fortran, Ruby and PHP (Kotlin's 3 / 12 < 0.5). Bounds:
 *     sw-wide 0.75 (Kotlin unread: 6 + 3 over 12 + 9 − 9), sw-rare, sw-rare2, sw-edge and sw-f2
 *     0.5, sw-big 6 / 15 = 0.4 (below L: never scored). The two best bounds are scored first:
 *     sw-wide and one of the 0.5s; with `first` 2 the rest whose bound reaches the second score
 *     are scored next, so sw-edge, tied at 0.5 and first by id, is found whichever 0.5 came first.
 *   - `first` 3: stage 1 found 2, L = 0: every technology and everyone is read.
 */
const resumes: Record<string, ResumeDocument> = {
  'sw-q': engineer('sw-q', ['Fortran', 'Ruby', 'PHP', 'Kotlin']),
  'sw-wide': engineer('sw-wide', ['Ruby', 'PHP', 'Kotlin']),
  'sw-edge': engineer('sw-edge', ['PHP', 'Kotlin']),
  'sw-rare': engineer('sw-rare', ['Fortran', 'Ruby']),
  'sw-rare2': engineer('sw-rare2', ['Fortran', 'Ruby']),
  'sw-big': engineer('sw-big', ['PHP', 'Kotlin', 'Julia']),
  'sw-f2': engineer('sw-f2', ['PHP', 'Lua']),
  'sw-f3': engineer('sw-f3', ['Kotlin', 'Dart']),
  'sw-f4': engineer('sw-f4', ['Kotlin', 'Dart']),
};

const ranking = [
  { id: 'sw-wide', score: 0.75 },
  { id: 'sw-edge', score: 0.5 },
  { id: 'sw-rare', score: 0.5 },
  { id: 'sw-rare2', score: 0.5 },
  { id: 'sw-big', score: 0.4 },
  { id: 'sw-f2', score: 0.2 },
  { id: 'sw-f3', score: 0.2 },
  { id: 'sw-f4', score: 0.2 },
];

describe('similarPeople stage 2 scores the best bounds first, then what can still reach them (answers by hand)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serverWith(resumes);
  });
  afterAll(() => server.close());

  it('the API ranks everyone sharing something, ties by id', async () => {
    const response = await graphql<{ similarPeople: { person: { id: string }; score: number }[] }>(
      server.url,
      '{ similarPeople(personId: "sw-q") { person { id } score } }',
    );
    const rows = response.body.data?.similarPeople ?? [];
    expect(rows.map((row) => ({ id: row.person.id, score: row.score }))).toEqual(ranking);
  });

  const tight = { usersRead: 3, candidatesScored: 2 };

  it('the best bound, scored first, is the answer', async () => {
    expect(await askSimilar(tight, 'sw-q', 1)).toEqual({
      found: true,
      stage: 2,
      similar: ranking.slice(0, 1),
    });
  });

  it('a candidate whose bound equals the score found first is scored too, and wins its tie by id', async () => {
    expect(await askSimilar(tight, 'sw-q', 2)).toEqual({
      found: true,
      stage: 2,
      similar: ranking.slice(0, 2),
    });
  });

  it('fewer than `first` found in stage 1: stage 2 reads and scores everyone', async () => {
    expect(await askSimilar(tight, 'sw-q', 3)).toEqual({
      found: true,
      stage: 2,
      similar: ranking.slice(0, 3),
    });
    expect(await askSimilar(tight, 'sw-q', 20)).toEqual({ found: true, stage: 2, similar: ranking });
    expect(await askSimilar({ usersRead: 3, candidatesScored: 1 }, 'sw-q', 8)).toEqual({
      found: true,
      stage: 2,
      similar: ranking,
    });
  });
});
