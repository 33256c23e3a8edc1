import { graphqlRequest } from '../../src/client/graphql-client.js';
import type { GraphView } from '../../src/export/graph-view.js';
import { type GraphViewVariables, graphViewQuery } from '../../src/export/graph-view-query.js';

/** The explorer's questions to the GraphQL API; nothing else leaves the page. */

export function fetchGraph(variables: GraphViewVariables): Promise<GraphView> {
  return graphqlRequest<{ graph: GraphView }>({ query: graphViewQuery, variables: { ...variables } }).then(
    (data) => data.graph,
  );
}

const shortestPathQuery = /* GraphQL */ `
  query ShortestPath($fromId: ID!, $toId: ID!) {
    shortestPath(fromId: $fromId, toId: $toId) {
      nodes { id kind label }
      edges { id source target type }
      truncated
    }
  }
`;

export function fetchShortestPath(fromId: string, toId: string): Promise<GraphView> {
  return graphqlRequest<{ shortestPath: GraphView }>({
    query: shortestPathQuery,
    variables: { fromId, toId },
  }).then((data) => data.shortestPath);
}

export interface SearchHit {
  kind: string;
  score: number;
  entity: { id: string; kind: string; label: string };
}

const searchQuery = /* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      kind
      score
      entity { id kind label }
    }
  }
`;

export function search(query: string, first = 10): Promise<SearchHit[]> {
  return graphqlRequest<{ search: SearchHit[] }>({ query: searchQuery, variables: { query, first } }).then(
    (data) => data.search,
  );
}

export interface SharedTechnology {
  technology: { id: string; name: string };
  peopleCount: number;
  people: { person: { id: string; label: string } }[];
}

const sharedTechnologiesQuery = /* GraphQL */ `
  query SharedTechnologies($personIds: [ID!]!, $minPeople: Int) {
    sharedTechnologies(personIds: $personIds, minPeople: $minPeople) {
      technology { id name }
      peopleCount
      people { person { id label } }
    }
  }
`;

export function fetchSharedTechnologies(
  personIds: string[],
  minPeople?: number,
): Promise<SharedTechnology[]> {
  return graphqlRequest<{ sharedTechnologies: SharedTechnology[] }>({
    query: sharedTechnologiesQuery,
    variables: minPeople === undefined ? { personIds } : { personIds, minPeople },
  }).then((data) => data.sharedTechnologies);
}

/** Field selections for the details panel, per kind that has a root field. */
const detailQueries: Readonly<Record<string, string>> = {
  PERSON: /* GraphQL */ `
    query PersonDetails($id: ID!) {
      entity: person(id: $id) {
        id kind label headline location summary
        source { document lines }
        roles { id label title startDate endDate current source { lines } company { id label } }
        education { degree area school { id label } }
        technologies { months skill technology { id label } }
      }
    }
  `,
  COMPANY: /* GraphQL */ `
    query CompanyDetails($id: ID!) {
      entity: company(id: $id) {
        id kind label name industry aliases
        parent { id label }
        people { id label }
        technologies { count technology { id label } }
      }
    }
  `,
  TECHNOLOGY: /* GraphQL */ `
    query TechnologyDetails($id: ID!) {
      entity: technology(id: $id) {
        id kind label name category aliases
        users { skill person { id label } }
        companies { count company { id label } }
      }
    }
  `,
  PROJECT: /* GraphQL */ `
    query ProjectDetails($id: ID!) {
      entity: project(id: $id) {
        id kind label name description startDate endDate entity
        people { id label }
        technologies { id label }
      }
    }
  `,
  SCHOOL: /* GraphQL */ `
    query SchoolDetails($id: ID!) {
      entity: school(id: $id) {
        id kind label name
        alumni { degree area person { id label } }
      }
    }
  `,
};

export type EntityDetails = { id: string; kind: string; label: string } & Record<string, unknown>;

/** The entity with the fields its kind has, or undefined for kinds without a root field (ROLE). */
export async function fetchDetails(id: string, kind: string): Promise<EntityDetails | null | undefined> {
  const query = detailQueries[kind];
  if (!query) return undefined;
  const data = await graphqlRequest<{ entity: EntityDetails | null }>({ query, variables: { id } });
  return data.entity;
}
