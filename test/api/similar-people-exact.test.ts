import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { Random } from '../../src/generate/random.js';
import { Zipf } from '../../src/generate/zipf.js';
import {
  SIMILAR_PROBE,
  type SimilarProbe,
  similarPeopleCypher,
} from '../../src/graphql/queries/similar-people.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * similarPeople prunes with bounds (src/graphql/queries/similar-people.ts); its answer must be
 * exactly the ranking of scoring everyone who shares a technology. Property test on seeded random
 * graphs of Person -[:USES {weight}]-> Technology (the derived relationship the query reads, with
 * Person.technologyWeight = Σ of the weights, as the loader keeps them): Zipf-popular technologies
 * (a few used by most people, many rare), people who copy another's technologies (ties, broken by
 * id) or a part of them, and technologies sharing a name (broken by id). The expected answer is
 * computed here from the same data by scoring every person; the query runs with the probe it
 * serves the API with and with probes so small that the first step reads almost nothing (so the
 * threshold is weak or zero and the pruning steps decide).
 */

interface Person {
  id: string;
  uses: Map<string, number>;
}

interface Graph {
  technologies: { id: string; name: string }[];
  people: Person[];
}

function randomGraph(seed: number): Graph {
  const random = new Random(seed);
  const technologies = Array.from({ length: 40 }, (_, i) => ({
    id: `tech-${String(i).padStart(2, '0')}`,
    // Every fifth shares its name with the one before it: the shared list orders those by id.
    name: `Tech ${i % 5 === 4 ? i - 1 : i}`,
  }));
  const popular = new Zipf(random.shuffle(technologies), 1.1);
  const people: Person[] = [];
  for (let i = 0; i < 240; i++) {
    const id = `p-${String(random.int(0, 9999)).padStart(4, '0')}-${i}`;
    const model = people.length > 0 && random.chance(0.25) ? random.pick(people) : undefined;
    const uses = new Map<string, number>();
    if (model && random.chance(0.5)) {
      for (const [technology, weight] of model.uses) uses.set(technology, weight);
    } else {
      if (model)
        for (const [technology, weight] of model.uses) if (random.chance(0.6)) uses.set(technology, weight);
      const count = random.int(0, 12);
      for (let j = 0; j < count; j++) uses.set(popular.draw(random).id, random.pick([1, 1, 2, 3, 3]));
    }
    people.push({ id, uses });
  }
  return { technologies, people };
}

const writeGraph = cypher(
  'test.similarGraph',
  `
  UNWIND $technologies AS technology
  CREATE (:Technology {id: technology.id, name: technology.name})
  WITH count(*) AS done
  UNWIND $people AS person
  CREATE (p:Person {id: person.id, label: person.id, technologyWeight: toInteger(person.total)})
  WITH p, person
  UNWIND person.uses AS use
  MATCH (t:Technology {id: use.technology})
  CREATE (p)-[:USES {weight: toInteger(use.weight)}]->(t)
  `,
);

async function load(graph: Graph): Promise<void> {
  await clearDatabase();
  await testExecutor().write(writeGraph, {
    technologies: graph.technologies,
    people: graph.people.map((person) => ({
      id: person.id,
      total: [...person.uses.values()].reduce((sum, weight) => sum + weight, 0),
      uses: [...person.uses].map(([technology, weight]) => ({ technology, weight })),
    })),
  });
}

interface Answer {
  found: boolean;
  similar: { person: string; score: number; shared: string[] }[];
}

/** The answer by scoring every other person, as the query documents it. */
function exhaustive(graph: Graph, personId: string, first: number): Answer {
  const me = graph.people.find((person) => person.id === personId);
  if (!me) return { found: false, similar: [] };
  const name = new Map(graph.technologies.map((technology) => [technology.id, technology.name]));
  const total = (person: Person) => [...person.uses.values()].reduce((sum, weight) => sum + weight, 0);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const scored = graph.people
    .filter((other) => other.id !== me.id)
    .flatMap((other) => {
      const shared = [...me.uses].flatMap(([technology, a]) => {
        const b = other.uses.get(technology);
        return b === undefined ? [] : [{ technology, low: Math.min(a, b), high: Math.max(a, b) }];
      });
      if (shared.length === 0) return [];
      const minSum = shared.reduce((sum, use) => sum + use.low, 0);
      shared.sort(
        (x, y) =>
          y.low - x.low ||
          y.high - x.high ||
          compare(name.get(x.technology) ?? '', name.get(y.technology) ?? '') ||
          compare(x.technology, y.technology),
      );
      return [
        {
          person: other.id,
          score: minSum / (total(me) + total(other) - minSum),
          shared: shared.map((use) => use.technology),
        },
      ];
    });
  scored.sort((x, y) => y.score - x.score || compare(x.person, y.person));
  return { found: true, similar: scored.slice(0, first) };
}

async function ask(probe: SimilarProbe, personId: string, first: number): Promise<Answer> {
  const [row] = await testExecutor().read<{
    found: boolean;
    similar: { person: { id: string }; score: number; sharedTechnologies: { id: string }[] }[];
  }>(similarPeopleCypher(probe), { personId, first });
  return {
    found: row?.found ?? false,
    similar: (row?.similar ?? []).map((entry) => ({
      person: entry.person.id,
      score: entry.score,
      shared: entry.sharedTechnologies.map((technology) => technology.id),
    })),
  };
}

const probes: [string, SimilarProbe][] = [
  ['the API probe', SIMILAR_PROBE],
  ['a probe of the rarest technology, one scored', { users: 1, scored: 1 }],
  ['a probe of 30 users, 5 scored', { users: 30, scored: 5 }],
];

describe.each([11, 12, 13])('similarPeople equals scoring everyone (random graph, seed %i)', (seed) => {
  const graph = randomGraph(seed);
  const asked = new Random(seed * 7919)
    .shuffle(graph.people)
    .slice(0, 12)
    .map((person) => person.id);
  beforeAll(() => load(graph));

  it.each(probes)('with %s', async (_name, probe) => {
    for (const personId of asked) {
      for (const first of [1, 4, 10]) {
        expect({ personId, first, answer: await ask(probe, personId, first) }).toEqual({
          personId,
          first,
          answer: exhaustive(graph, personId, first),
        });
      }
    }
  });
});
