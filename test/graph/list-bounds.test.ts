import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListBoundsCache } from '../../src/graphql/guard-rails/list-bounds.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The guard rails price Person.technologies and Technology.users by the most items either can
// return (src/graphql/guard-rails/list-bounds.ts). Both list one item per person-technology pair
// (the derived USES), so on the seed the bound is the longest list the API gives, no more.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('list bounds of the fields that read USES', () => {
  it('equal the longest Person.technologies and Technology.users the API answers on the seed', async () => {
    const response = await graphql(
      server.url,
      `{ people(first: 100) { edges { node { technologies { technology { id } } } } }
         technologies(first: 100) { edges { node { users { person { id } } } } } }`,
    );
    const data = response.body.data as {
      people: { edges: { node: { technologies: unknown[] } }[] };
      technologies: { edges: { node: { users: unknown[] } }[] };
    };
    const longest = (lists: unknown[][]) => Math.max(...lists.map((list) => list.length));
    const bounds = await new ListBoundsCache(testExecutor()).ready();
    expect({
      technologies: bounds.field('Person', 'technologies'),
      users: bounds.field('Technology', 'users'),
    }).toEqual({
      technologies: longest(data.people.edges.map((edge) => edge.node.technologies)),
      users: longest(data.technologies.edges.map((edge) => edge.node.users)),
    });
  });
});

describe('the stated relationships a graph view is priced by', () => {
  it('are the edges of the whole-graph view when every node of the seed fits in it', async () => {
    const response = await graphql(
      server.url,
      '{ graph(limit: 2000) { nodes { id } edges { type } truncated } }',
    );
    const graph = (
      response.body.data as { graph: { nodes: unknown[]; edges: unknown[]; truncated: boolean } }
    ).graph;
    const bounds = await new ListBoundsCache(testExecutor()).ready();
    expect({ truncated: graph.truncated, stated: bounds.statedRelationships }).toEqual({
      truncated: false,
      stated: graph.edges.length,
    });
    // The derived USES and TENURE are counted among all relationships, not among the stated.
    expect(bounds.relationships).toBeGreaterThan(bounds.statedRelationships);
  });
});
