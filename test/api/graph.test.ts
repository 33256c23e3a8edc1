import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEdgeIds } from '../../src/graphql/resolvers/graph-resolvers.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { syntheticSources } from '../fixtures/synthetic-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface View {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
  truncated: boolean;
}

const viewFields = '{ nodes { id kind label } edges { id source target type } truncated }';

const edge = (type: string, source: string, target: string) => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
});

const [b0bd, p4931] = seedExpected.personIds;

describe('graph views on the seed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const graph = (args: string) =>
    graphql<{ graph: View }>(server.url, `{ graph${args ? `(${args})` : ''} ${viewFields} }`);

  it('one hop around a person: the person, their roles and the HELD edges', async () => {
    const response = await graph(`focus: ["${p4931}"]`);
    const view = response.body.data?.graph as View;
    const roles = [...seedExpected.roleIdsPerPerson[p4931]].sort();
    expect(view.truncated).toBe(false);
    expect(view.nodes[0]).toEqual({ id: p4931, kind: 'PERSON', label: seedExpected.displayLabels[p4931] });
    expect(
      view.nodes
        .slice(1)
        .map((node) => node.id)
        .sort(),
    ).toEqual(roles);
    expect(new Set(view.nodes.slice(1).map((node) => node.kind))).toEqual(new Set(['ROLE']));
    expect(view.edges).toEqual(roles.map((role) => edge('HELD', p4931, role)));
  });

  it('two hops filtered to companies: the employers, and no edge between them and the person', async () => {
    const response = await graph(`focus: ["${p4931}"], depth: 2, kinds: [COMPANY]`);
    const view = response.body.data?.graph as View;
    expect(view.nodes[0]?.id).toBe(p4931);
    expect(
      view.nodes
        .slice(1)
        .map((node) => node.id)
        .sort(),
    ).toEqual([...seedExpected.employersPerPerson[p4931]]);
    expect(view.edges).toEqual([]);
    expect(view.truncated).toBe(false);
  });

  it('caps the view at limit, focus first, and says so', async () => {
    const response = await graph(`focus: ["${p4931}"], limit: 5`);
    const view = response.body.data?.graph as View;
    expect(view.nodes).toHaveLength(5);
    expect(view.nodes[0]?.id).toBe(p4931);
    expect(view.truncated).toBe(true);
    expect(view.edges).toHaveLength(4);
  });

  it('the whole graph: every node when limit allows, edges only among them', async () => {
    const response = await graph('limit: 2000');
    const view = response.body.data?.graph as View;
    // seed-expected: 3 people, 22 roles, 21 companies, 77 technologies, 36 projects, 2 schools
    const total =
      seedExpected.people +
      seedExpected.roles +
      seedExpected.companies +
      seedExpected.technologies +
      seedExpected.projects +
      seedExpected.schools;
    expect(view.nodes).toHaveLength(total);
    expect(view.truncated).toBe(false);
    const ids = new Set(view.nodes.map((node) => node.id));
    for (const { source, target } of view.edges) {
      expect(ids.has(source) && ids.has(target)).toBe(true);
    }
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
    // seed-expected: 22 HELD, 22 AT, 5 PART_OF, 35 + 2 WORKED_ON, 10 SKILLED_IN, 2 STUDIED_AT
    const byType = (type: string) => view.edges.filter((e) => e.type === type).length;
    expect(byType('HELD')).toBe(seedExpected.roles);
    expect(byType('AT')).toBe(seedExpected.roles);
    expect(byType('PART_OF')).toBe(Object.keys(seedExpected.partOf).length);
    expect(byType('WORKED_ON')).toBe(seedExpected.roleProjectEdges + 2);
    expect(byType('SKILLED_IN')).toBe(10);
    expect(byType('STUDIED_AT')).toBe(seedExpected.studiedAt.length);
  });

  it('a capped whole graph is the same every time', async () => {
    const first = await graph('limit: 20');
    const second = await graph('limit: 20');
    expect(first.body.data?.graph.truncated).toBe(true);
    expect(first.body.data?.graph.nodes).toHaveLength(20);
    expect(second.body).toEqual(first.body);
  });

  it('shortestPath between two seed people: within 4 hops, and not within 3', async () => {
    // Neither 001 nor 000 lists skills or projects of its own, so a path between them runs
    // person - role - technology - role - person: exactly 4 hops (they share Kubernetes, Spark, ...).
    const response = await graphql<{ shortestPath: View }>(
      server.url,
      `{ shortestPath(fromId: "${p4931}", toId: "${b0bd}", maxHops: 4) ${viewFields} }`,
    );
    const view = response.body.data?.shortestPath as View;
    expect(view.nodes).toHaveLength(5);
    expect(view.nodes[0]?.id).toBe(p4931);
    expect(view.nodes[4]?.id).toBe(b0bd);
    expect(view.nodes.map((node) => node.kind)).toEqual(['PERSON', 'ROLE', 'TECHNOLOGY', 'ROLE', 'PERSON']);
    expect(view.edges).toHaveLength(4);
    view.edges.forEach((e, i) => {
      const ends = [view.nodes[i]?.id, view.nodes[i + 1]?.id].sort();
      expect([e.source, e.target].sort()).toEqual(ends);
    });
    expect(view.truncated).toBe(false);

    const shorter = await graphql(
      server.url,
      `{ shortestPath(fromId: "${p4931}", toId: "${b0bd}", maxHops: 3) ${viewFields} }`,
    );
    expect(shorter.body).toEqual({ data: { shortestPath: { nodes: [], edges: [], truncated: false } } });
  });

  it('rejects unknown ids and out-of-range depth, limit and maxHops', async () => {
    const cases: [string, ReturnType<typeof failure>][] = [
      [
        `{ graph(focus: ["${p4931}", "nope"]) { truncated } }`,
        failure(
          'graph',
          'No entity with id "nope": pass the id of a person, role, company, technology, project or school (search finds them).',
          'NOT_FOUND',
        ),
      ],
      [
        '{ graph(focus: ["nope", "nada"]) { truncated } }',
        failure(
          'graph',
          'No entity with ids "nope", "nada": pass the id of a person, role, company, technology, project or school (search finds them).',
          'NOT_FOUND',
        ),
      ],
      [
        '{ graph(limit: 5000) { truncated } }',
        failure(
          'graph',
          'limit: 5000 is out of range: expected an integer from 1 to 2000.',
          'BAD_USER_INPUT',
          'limit',
        ),
      ],
      [
        '{ graph(limit: 0) { truncated } }',
        failure(
          'graph',
          'limit: 0 is out of range: expected an integer from 1 to 2000.',
          'BAD_USER_INPUT',
          'limit',
        ),
      ],
      [
        `{ graph(focus: ["${p4931}"], depth: 4) { truncated } }`,
        failure(
          'graph',
          'depth: 4 is out of range: expected an integer from 1 to 3.',
          'BAD_USER_INPUT',
          'depth',
        ),
      ],
      [
        `{ graph(focus: ["${p4931}"], depth: 0) { truncated } }`,
        failure(
          'graph',
          'depth: 0 is out of range: expected an integer from 1 to 3.',
          'BAD_USER_INPUT',
          'depth',
        ),
      ],
      [
        `{ graph(focus: ${JSON.stringify(Array.from({ length: 101 }, (_, i) => `id${i}`))}) { truncated } }`,
        failure('graph', 'focus: 101 ids given: pass at most 100.', 'BAD_USER_INPUT', 'focus'),
      ],
      [
        `{ shortestPath(fromId: "${p4931}", toId: "${b0bd}", maxHops: 7) { truncated } }`,
        failure(
          'shortestPath',
          'maxHops: 7 is out of range: expected an integer from 1 to 6.',
          'BAD_USER_INPUT',
          'maxHops',
        ),
      ],
      [
        `{ shortestPath(fromId: "${p4931}", toId: "${b0bd}", maxHops: 0) { truncated } }`,
        failure(
          'shortestPath',
          'maxHops: 0 is out of range: expected an integer from 1 to 6.',
          'BAD_USER_INPUT',
          'maxHops',
        ),
      ],
      [
        `{ shortestPath(fromId: "${p4931}", toId: "nope") { truncated } }`,
        failure(
          'shortestPath',
          'No entity with id "nope": pass the id of a person, role, company, technology, project or school (search finds them).',
          'NOT_FOUND',
        ),
      ],
      [
        '{ shortestPath(fromId: "nope", toId: "nada") { truncated } }',
        failure(
          'shortestPath',
          'No entity with ids "nope", "nada": pass the id of a person, role, company, technology, project or school (search finds them).',
          'NOT_FOUND',
        ),
      ],
    ];
    await expectAnswers(server.url, cases);
  });
});

describe('graph views on synthetic résumés (degrees known by construction)', () => {
  // test/fixtures/synthetic-careers.ts: 23 nodes, 37 relationships. Degrees:
  //   syn-e 6 (2 HELD, 4 SKILLED_IN); java 5 (USED by 3 roles, 2 skills); syn-a-uber 5 (HELD, AT,
  //   2 USED, WORKED_ON); uber 5 (4 AT, 1 PART_OF); then 4: syn-a, kafka, spark, syn-b-uber, syn-c-atg; ...
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: syntheticSources() });
  });
  afterAll(() => server.close());

  const graph = (args: string) =>
    graphql<{ graph: View }>(server.url, `{ graph${args ? `(${args})` : ''} ${viewFields} }`);

  it('the whole graph fits the default limit', async () => {
    const view = (await graph('')).body.data?.graph as View;
    expect(view.nodes).toHaveLength(23);
    expect(view.edges).toHaveLength(37);
    expect(view.truncated).toBe(false);
  });

  it('a capped whole graph keeps the highest-degree nodes, ties by id', async () => {
    // degree 6: syn-e; degree 5: java, syn-a-uber, uber (by id) → the first three
    const response = await graph('limit: 3');
    expect(response.body).toEqual({
      data: {
        graph: {
          nodes: [
            { id: 'syn-e', kind: 'PERSON', label: 'Engineer E @ Uber' },
            { id: 'java', kind: 'TECHNOLOGY', label: 'Java' },
            { id: 'syn-a-uber', kind: 'ROLE', label: 'Data Engineer' },
          ],
          edges: [edge('USED', 'syn-a-uber', 'java'), edge('SKILLED_IN', 'syn-e', 'java')],
          truncated: true,
        },
      },
    });
  });

  it('one hop around a company: its role and its parent, edges in their direction', async () => {
    const response = await graph('focus: ["uber-atg"]');
    expect(response.body).toEqual({
      data: {
        graph: {
          nodes: [
            { id: 'uber-atg', kind: 'COMPANY', label: 'Uber ATG' },
            { id: 'uber', kind: 'COMPANY', label: 'Uber' }, // degree 5
            { id: 'syn-c-atg', kind: 'ROLE', label: 'Perception Engineer' }, // degree 4
          ],
          edges: [edge('AT', 'syn-c-atg', 'uber-atg'), edge('PART_OF', 'uber-atg', 'uber')],
          truncated: false,
        },
      },
    });
  });

  it('three hops filtered to people: by distance, then degree', async () => {
    // syn-c at 2 hops (uber-atg ← syn-c-atg ← syn-c); syn-e (6), syn-a (4), syn-b (3) at 3 hops
    // through Uber's roles; syn-d never within 3 hops
    const nodes = [
      { id: 'uber-atg', kind: 'COMPANY', label: 'Uber ATG' },
      { id: 'syn-c', kind: 'PERSON', label: 'Engineer C @ Uber ATG' },
      { id: 'syn-e', kind: 'PERSON', label: 'Engineer E @ Uber' },
      { id: 'syn-a', kind: 'PERSON', label: 'Engineer A @ Stripe' },
      { id: 'syn-b', kind: 'PERSON', label: 'Engineer B @ Uber' },
    ];
    const all = await graph('focus: ["uber-atg"], depth: 3, kinds: [PERSON]');
    expect(all.body).toEqual({ data: { graph: { nodes, edges: [], truncated: false } } });
    const capped = await graph('focus: ["uber-atg"], depth: 3, kinds: [PERSON], limit: 3');
    expect(capped.body).toEqual({
      data: { graph: { nodes: nodes.slice(0, 3), edges: [], truncated: true } },
    });
  });

  it('three hops around a hub whose own neighbours already pass the limit: the nearest, by degree', async () => {
    // uber: 4 roles AT it and uber-atg PART_OF it, 5 neighbours for a limit of 3 (uber and two
    // more); syn-a-uber (5) and syn-b-uber (4) have the highest degrees among them.
    const response = await graph('focus: ["uber"], depth: 3, limit: 3');
    const view = response.body.data?.graph as View;
    expect(view.nodes.map((node) => node.id)).toEqual(['uber', 'syn-a-uber', 'syn-b-uber']);
    expect(view.edges).toEqual([edge('AT', 'syn-a-uber', 'uber'), edge('AT', 'syn-b-uber', 'uber')]);
    expect(view.truncated).toBe(true);
  });

  it('shortestPath follows a skill and a role, edges in their own direction', async () => {
    // syn-b lists Go as a skill; syn-d-stripe used Go: the only 3-hop path
    const response = await graphql(
      server.url,
      `{ shortestPath(fromId: "syn-b", toId: "syn-d") ${viewFields} }`,
    );
    expect(response.body).toEqual({
      data: {
        shortestPath: {
          nodes: [
            { id: 'syn-b', kind: 'PERSON', label: 'Engineer B @ Uber' },
            { id: 'go', kind: 'TECHNOLOGY', label: 'Go' },
            { id: 'syn-d-stripe', kind: 'ROLE', label: 'Payments Engineer' },
            { id: 'syn-d', kind: 'PERSON', label: 'Engineer D @ Stripe' },
          ],
          edges: [
            edge('SKILLED_IN', 'syn-b', 'go'),
            edge('USED', 'syn-d-stripe', 'go'),
            edge('HELD', 'syn-d', 'syn-d-stripe'),
          ],
          truncated: false,
        },
      },
    });
  });

  it('shortestPath: no path within maxHops is an empty view; from an entity to itself, the entity', async () => {
    const none = await graphql(
      server.url,
      `{ shortestPath(fromId: "syn-b", toId: "syn-d", maxHops: 2) ${viewFields} }`,
    );
    expect(none.body).toEqual({ data: { shortestPath: { nodes: [], edges: [], truncated: false } } });
    const self = await graphql(server.url, `{ shortestPath(fromId: "go", toId: "go") ${viewFields} }`);
    expect(self.body).toEqual({
      data: {
        shortestPath: { nodes: [{ id: 'go', kind: 'TECHNOLOGY', label: 'Go' }], edges: [], truncated: false },
      },
    });
  });
});

describe('edge ids', () => {
  it('number parallel relationships of one type between the same nodes', () => {
    const held = { source: 'p', target: 'r', type: 'HELD' };
    expect(withEdgeIds([held, held, { source: 'p', target: 'r', type: 'USED' }, held])).toEqual([
      { id: 'HELD:p->r', ...held },
      { id: 'HELD:p->r#2', ...held },
      { id: 'USED:p->r', source: 'p', target: 'r', type: 'USED' },
      { id: 'HELD:p->r#3', ...held },
    ]);
  });
});
