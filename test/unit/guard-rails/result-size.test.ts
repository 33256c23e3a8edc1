import {
  buildASTSchema,
  concatAST,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { listBounds } from '../../../src/graphql/guard-rails/list-bounds.js';
import { estimateResultSize } from '../../../src/graphql/guard-rails/result-size.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

/**
 * A graph measured by hand: 12 people, 40 technologies; the most roles a person holds is 5, the
 * most technologies a person reaches 30, the most users a technology has 12.
 */
const nodes = {
  Person_nodes: 12,
  Role_nodes: 50,
  Company_nodes: 8,
  Technology_nodes: 40,
  Project_nodes: 10,
  School_nodes: 3,
};
const bounds = listBounds({
  ...nodes,
  Person_roles: 5,
  Person_technologies: 30,
  Technology_users: 12,
  Company_technologies: 90,
  relationships: 600,
});

function estimate(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return estimateResultSize(schema, operation, { bounds, variables, fragments });
}

describe('the result-size estimate', () => {
  it('prices a list without `first` at the most the graph holds, and multiplies down the tree', () => {
    // technologies (1) + edges (min(100, 40 technologies) = 40) + node (40) + users (40 × 12 = 480)
    // + person (480) + technologies (480 × 30 = 14,400) + technology, id, months (3 × 14,400).
    expect(
      estimate(
        '{ technologies(first: 100) { edges { node { users { person { technologies { technology { id } months } } } } } } }',
      ),
    ).toEqual({
      values: 1 + 40 + 40 + 480 + 480 + 14_400 * 4,
      worst: ['edges ≤ 40', 'users ≤ 12', 'technologies ≤ 30'],
      known: 1 + 40 + 40 + 480 + 480 + 14_400 * 4,
      knownWorst: ['edges ≤ 40', 'users ≤ 12', 'technologies ≤ 30'],
    });
  });

  it('reads `first` from variables and from the schema default', () => {
    // people (1) + edges (min(first, 12 people)) + node + id
    expect(estimate('query($n: Int) { people(first: $n) { edges { node { id } } } }', { n: 3 }).values).toBe(
      1 + 3 * 3,
    );
    expect(estimate('{ people { edges { node { id } } } }').values).toBe(1 + 12 * 3);
  });

  it('counts a fragment where it is spread, and every alias', () => {
    const once = estimate(
      '{ people(first: 2) { edges { node { ...P } } } } fragment P on Person { id roles { id } }',
    );
    const twice = estimate(
      '{ a: people(first: 2) { edges { node { ...P } } } b: people(first: 2) { edges { node { ...P } } } } fragment P on Person { id roles { id } }',
    );
    // people + 2 edges + 2 nodes + 2 ids + 2 × 5 roles + 10 role ids
    expect(once.values).toBe(1 + 2 + 2 + 2 + 10 + 10);
    expect(twice.values).toBe(2 * once.values);
  });

  it("sizes a graph view by its limit and the graph's density", () => {
    // 600 relationships (none told apart as derived) over 123 nodes: edges per shown node ⌈600 / 123⌉ = 5.
    const { values } = estimate('{ graph(limit: 10) { nodes { id } edges { id } truncated } }');
    expect(values).toBe(1 + 10 + 10 + 50 + 50 + 1);
  });

  it('sizes a graph view by the stated relationships only, which are all it shows', () => {
    const measured = listBounds({ ...nodes, relationships: 600, statedRelationships: 246 });
    const document = parse('{ graph(limit: 10) { nodes { id } edges { id } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    // ⌈246 / 123⌉ = 2 edges per shown node.
    expect(estimateResultSize(schema, operation, { bounds: measured, variables: {}, fragments: {} })).toEqual(
      {
        values: 1 + 10 + 10 + 20 + 20,
        worst: ['edges ≤ 20'],
        known: 1 + 10 + 10 + 20 + 20,
        knownWorst: ['edges ≤ 20'],
      },
    );
  });
  it('prices experts and team by the technologies asked, `first` and `size`', () => {
    // experts (first 4) + score (4) + missing (4 × 2 technologies asked) + id (8)
    expect(estimate('{ experts(technologies: ["a", "b"], first: 4) { score missing { id } } }').values).toBe(
      4 + 4 + 8 + 8,
    );
    // team (1) + members (size 2) + covers (2 × 3 asked) + id (6) + uncovered (3) + id (3)
    expect(
      estimate(
        '{ team(technologies: ["a", "b", "c"], size: 2) { members { covers { id } } uncovered { id } } }',
      ).values,
    ).toBe(1 + 2 + 6 + 6 + 3 + 3);
  });

  it('prices sharedTechnologies by what the people asked about reach, not every technology', () => {
    // one person: min(40 technologies, 1 × 30) = 30 shared + 30 ids; three, each technology used by
    // all three (the default minPeople): among any one person's 30, so min(40, 3 × 30 / 3) = 30.
    expect(estimate('{ sharedTechnologies(personIds: ["a"]) { technology { id } } }').values).toBe(
      30 + 30 + 30,
    );
    expect(estimate('{ sharedTechnologies(personIds: ["a", "b", "c"]) { technology { id } } }').values).toBe(
      30 + 30 + 30,
    );
  });

  it("prices sharedTechnologies' people by the (technology, person) pairs the people asked about have", () => {
    // 5 people × 30 technologies = 150 pairs; minPeople 2: at most min(40, 150 / 2) = 40 technologies,
    // priced at ⌈150 / 40⌉ = 4 people each (160 ≥ the 150 pairs), not at all 5 of them (200).
    const five = '["a", "b", "c", "d", "e"]';
    expect(
      estimate(`{ sharedTechnologies(personIds: ${five}, minPeople: 2) { peopleCount people { skill } } }`),
    ).toEqual({
      values: 40 + 40 + 160 + 160,
      worst: ['sharedTechnologies ≤ 40', 'people ≤ 4'],
      known: 40 + 40 + 160 + 160,
      knownWorst: ['sharedTechnologies ≤ 40', 'people ≤ 4'],
    });
    // 2 people, 60 pairs, each technology used by both: at most 30, priced at 2 people each.
    expect(
      estimate('{ sharedTechnologies(personIds: ["a", "b"]) { peopleCount people { skill } } }').values,
    ).toBe(30 + 30 + 60 + 60);
  });

  it('prices a timeline and an adoption curve at one item per year a résumé may date', () => {
    const years = new Date().getUTCFullYear() + 1 - 1900 + 1;
    expect(estimate('{ person(id: "a") { timeline { year } } }').values).toBe(1 + years + years);
    expect(estimate('{ technology(id: "a") { adoption { year people } } }').values).toBe(
      1 + years + 2 * years,
    );
  });

  it('prices team members inferred covers like their covers (roll-up)', () => {
    // team (1) + members (size 2) + inferred (2 × 3 asked) + id (6)
    expect(
      estimate(
        '{ team(technologies: ["a", "b", "c"], size: 2, rollUp: true) { members { inferred { id } } } }',
      ).values,
    ).toBe(1 + 2 + 6 + 6);
  });

  it('prices the landscape by `first` (at most the technologies), its edges by their pairs, rolled-up ones by the technologies', () => {
    // landscape (1) + nodes (min(first 10, 40)) + community (10) + edges (10 × 9 / 2 = 45) + weight (45)
    expect(
      estimate('{ technologyLandscape(first: 10) { nodes { community } edges { weight } } }').values,
    ).toBe(1 + 10 + 10 + 45 + 45);
    // default first 200 > 40 technologies: 40 nodes, 780 edges.
    expect(estimate('{ technologyLandscape { nodes { community } edges { weight } } }').values).toBe(
      1 + 40 + 40 + 780 + 780,
    );
    // rolledUp: the merged technologies of all nodes are at most the graph's 40, so 40 / 10 = 4 a node.
    expect(
      estimate('{ technologyLandscape(first: 10, rollUp: true) { nodes { rolledUp { id } } } }').values,
    ).toBe(1 + 10 + 40 + 40);
  });

  it("prices a technology's broader and narrower links at the catalogue's most", () => {
    // technology (1) + broader (100) + id (100) + narrower (100) + id (100)
    expect(estimate('{ technology(id: "a") { broader { id } narrower { id } } }').values).toBe(1 + 400);
  });
});

/** `n` careerMoves aliases of 60,201 values each by their `first` caps: 1 + 2 × (100 + 100 × 100 × 3). */
function careerMoves(n: number): string {
  const side = 'people(first: 100) { id label }';
  return Array.from(
    { length: n },
    (_, i) => `m${i}: careerMoves(companyId: "a", first: 100) { before { ${side} } after { ${side} } }`,
  ).join(' ');
}

describe('the result-size estimate before the graph is measured', () => {
  const unmeasured = listBounds(undefined);
  const priced = (query: string) => {
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    return estimateResultSize(schema, operation, { bounds: unmeasured, variables: {}, fragments: {} });
  };

  it('has no price for a list only the graph bounds (the people page), whatever sits above it', () => {
    expect(
      priced(
        '{ people(first: 50) { edges { node { id label roles { id company { id } technologies { id } } } } } }',
      ),
    ).toEqual({
      values: Number.POSITIVE_INFINITY,
      worst: ['edges ≤ 50', 'roles ≤ ∞'],
      // people (1) + edges (first 50) + node, id, label (50 each); roles and all under it are unknown.
      known: 1 + 50 * 4,
      knownWorst: ['edges ≤ 50'],
    });
    expect(priced('{ graph(limit: 10) { nodes { id } edges { id } } }').values).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(
      priced('{ technologyLandscape(first: 10, rollUp: true) { nodes { rolledUp { id } } } }').values,
    ).toBe(Number.POSITIVE_INFINITY);
    expect(priced('{ sharedTechnologies(personIds: ["a"]) { people { skill } } }').values).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('prices by `first` caps and schema limits alone where they bound every list', () => {
    // people (1) + edges (first 50, however many people there are) + node (50) + id (50) + name (50)
    expect(priced('{ people(first: 50) { edges { node { id name } } } }')).toEqual({
      values: 1 + 50 * 4,
      worst: ['edges ≤ 50'],
      known: 1 + 50 * 4,
      knownWorst: ['edges ≤ 50'],
    });
    // landscape (1) + nodes (first 10) + community (10) + edges (10 × 9 / 2 = 45) + weight (45)
    expect(priced('{ technologyLandscape(first: 10) { nodes { community } edges { weight } } }').values).toBe(
      1 + 10 + 10 + 45 + 45,
    );
    // shortestPath (1) + nodes (maxHops 3 + 1) + id (4) + edges (3) + id (3)
    expect(
      priced('{ shortestPath(fromId: "a", toId: "b", maxHops: 3) { nodes { id } edges { id } } }').values,
    ).toBe(1 + 4 + 4 + 3 + 3);
    const years = new Date().getUTCFullYear() + 1 - 1900 + 1;
    expect(priced('{ person(id: "a") { timeline { year } } }').values).toBe(1 + years + years);
  });

  it('keeps a price over the limit by `first` caps alone finite, so it is still refused', () => {
    // Per alias: careerMoves (1) + before and after (100 each, `first`) + their people (100 × 100 each,
    // `first`) + id and name (2 × 10,000 each) = 60,201; 15 aliases: 903,015, over 500,000 on any graph.
    expect(priced(`{ ${careerMoves(15)} }`)).toEqual({
      values: 15 * (1 + 2 * (100 + 100 * 100 * 3)),
      worst: ['before ≤ 100', 'people ≤ 100'],
      known: 15 * (1 + 2 * (100 + 100 * 100 * 3)),
      knownWorst: ['before ≤ 100', 'people ≤ 100'],
    });
  });

  it('keeps the parts of known bound priced when another field has no price', () => {
    // 14 careerMoves aliases as above: 14 × 60,201 = 842,814 by `first` caps alone. One more field,
    // people (1) + edges (first 1) + node (1), whose roles (and their titles) only the graph bounds,
    // makes the whole price unknown; its known part is 842,814 + 3, still over the default 500,000.
    expect(
      priced(`{ ${careerMoves(14)} z: people(first: 1) { edges { node { roles { title } } } } }`),
    ).toEqual({
      values: Number.POSITIVE_INFINITY,
      worst: ['edges ≤ 1', 'roles ≤ ∞'],
      known: 14 * (1 + 2 * (100 + 100 * 100 * 3)) + 3,
      knownWorst: ['before ≤ 100', 'people ≤ 100'],
    });
  });

  it('prices an empty list at nothing, not at unknown times zero', () => {
    expect(priced('{ sharedTechnologies(personIds: []) { technology { id } people { skill } } }')).toEqual({
      values: 0,
      worst: [],
      known: 0,
      knownWorst: [],
    });
  });
});
