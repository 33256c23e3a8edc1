import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { testExecutor } from '../support/database.js';
import { askSimilar, serverWith } from '../support/similar-people.js';
import type { TestServer } from '../support/test-server.js';

/*
 * similarPeople's pruned stages against a ranking computed here from the résumés themselves (audit2, session 18):
 * a seeded random graph of 140 people over 28 technologies of skewed popularity, each used in a role (weight 3), a
 * project of the role (2) or listed as a skill (1), some people with none. A person's weight for a technology is
 * the strongest way they used it; score = Σmin / (A + B − Σmin), ties by id. Every budget that makes stage 1 or
 * stage 2 answer, and every `first` from 1 to more than anyone shares, must give exactly that ranking.
 */

/** A linear congruential generator (glibc's constants): the same graph on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const names = [
  'Fortran',
  'Ruby',
  'PHP',
  'COBOL',
  'Groovy',
  'Julia',
  'MATLAB',
  'Scala',
  'Haskell',
  'Elm',
  'Lua',
  'Dart',
  'Kotlin',
  'Swift',
  'Python',
  'Java',
  'Rust',
  'Perl',
  'Erlang',
  'Elixir',
  'Clojure',
  'OCaml',
  'TypeScript',
  'JavaScript',
  'PostgreSQL',
  'Redis',
  'Kafka',
  'Docker',
];

const next = random(987654);
// Squaring (and more) the uniform draw makes the first names common and the last rare.
const pick = () => names[Math.min(names.length - 1, Math.floor(names.length * next() ** 2.2))] as string;
const draw = (most: number) => [...new Set(Array.from({ length: Math.floor(next() * most) }, pick))];

const resumes: Record<string, ResumeDocument> = {};
/** Each person's weight per technology name, from their résumé: role 3, project 2, skill 1, the strongest kept. */
const weights = new Map<string, Map<string, number>>();
for (let n = 0; n < 140; n++) {
  const id = `rx-${String(n).padStart(3, '0')}`;
  const role = draw(6);
  const skills = draw(4);
  const project = draw(4);
  const mine = new Map<string, number>();
  const use = (technology: string, weight: number) =>
    mine.set(technology, Math.max(mine.get(technology) ?? 0, weight));
  const work =
    role.length > 0
      ? [
          {
            name: 'Mozilla',
            positions: [
              {
                id: `${id}-role`,
                position: 'Engineer',
                technologies: role,
                startDate: '2020-01',
                endDate: '2021-12',
                ...(project.length > 0
                  ? { projects: [{ name: `Project ${id}`, technologies: project }] }
                  : {}),
              },
            ],
          },
        ]
      : [];
  for (const technology of role) use(technology, 3);
  if (role.length > 0) for (const technology of project) use(technology, 2);
  for (const technology of skills) use(technology, 1);
  weights.set(id, mine);
  resumes[id] = {
    basics: { label: `Engineer ${id}` },
    work,
    ...(skills.length > 0 ? { skills: [{ name: 'Tools', keywords: skills }] } : {}),
  } as ResumeDocument;
}

const total = (of: Map<string, number>) => [...of.values()].reduce((sum, weight) => sum + weight, 0);

/** The exact ranking for `id` over everyone else, best first, ties by id. */
function ranking(id: string): { id: string; score: number }[] {
  const mine = weights.get(id) as Map<string, number>;
  const own = total(mine);
  const ranked: { id: string; score: number }[] = [];
  for (const [other, theirs] of weights) {
    if (other === id) continue;
    let shared = 0;
    for (const [technology, weight] of mine) shared += Math.min(weight, theirs.get(technology) ?? 0);
    if (shared > 0) ranked.push({ id: other, score: shared / (own + total(theirs) - shared) });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

let server: TestServer;
beforeAll(async () => {
  server = await serverWith(resumes);
}, 240_000);
afterAll(async () => {
  await server?.close();
});

describe('similarPeople on a random graph', () => {
  it('stores as each person’s technologyWeight the sum of the weights their résumé gives', async () => {
    const people = await testExecutor().read<{ id: string; weight: number | null }>(
      {
        name: 'session18-similar-random-weights',
        text: 'MATCH (p:Person) RETURN p.id AS id, toInteger(p.technologyWeight) AS weight',
      } as never,
      {},
    );
    expect(people.map((person) => person.id).sort()).toEqual([...weights.keys()].sort());
    for (const person of people) {
      expect(Number(person.weight ?? 0), person.id).toBe(
        total(weights.get(person.id) as Map<string, number>),
      );
    }
  });

  it('answers in every stage and budget exactly the ranking computed from the résumés', async () => {
    const stages = new Map<number, number>();
    for (const id of weights.keys()) {
      const expected = ranking(id);
      for (const budgets of [
        { usersRead: 1, candidatesScored: 1 },
        { usersRead: 4, candidatesScored: 2 },
        { usersRead: 30, candidatesScored: 8 },
      ]) {
        for (const first of [1, 3, 200]) {
          const got = await askSimilar(budgets, id, first);
          stages.set(got.stage, (stages.get(got.stage) ?? 0) + 1);
          const want = expected.slice(0, first);
          const label = `${id} ${JSON.stringify(budgets)} first ${first}`;
          expect(
            got.similar?.map((entry) => entry.id),
            label,
          ).toEqual(want.map((entry) => entry.id));
          got.similar?.forEach((entry, n) => {
            expect(entry.score, label).toBeCloseTo((want[n] as { score: number }).score, 12);
          });
        }
      }
    }
    // Both stages answered some of the questions, so both were checked.
    expect(stages.get(1) ?? 0).toBeGreaterThan(0);
    expect(stages.get(2) ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
