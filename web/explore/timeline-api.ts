import { graphqlRequest } from '../../src/client/graphql-client.js';
import type { TimelineRole } from './timeline-model.js';

export interface TimelinePerson {
  id: string;
  label: string;
  roles: TimelineRole[];
}

const personQuery = /* GraphQL */ `
  query PersonTimeline($id: ID!) {
    person(id: $id) {
      id
      label
      roles { id title startDate endDate current company { name } technologies { id name } }
    }
  }
`;

/** The person's roles with their dates and technologies; null when there is no such person. */
export function fetchTimelinePerson(id: string): Promise<TimelinePerson | null> {
  return graphqlRequest<{ person: TimelinePerson | null }>({ query: personQuery, variables: { id } }).then(
    (data) => data.person,
  );
}

const peopleQuery = /* GraphQL */ `
  query TimelinePeople {
    people(first: 100) { edges { node { id label } } }
  }
`;

/** People to choose from (the first 100 by id). */
export function fetchPeopleChoices(): Promise<{ id: string; label: string }[]> {
  return graphqlRequest<{ people: { edges: { node: { id: string; label: string } }[] } }>({
    query: peopleQuery,
  }).then((data) => data.people.edges.map((edge) => edge.node));
}
