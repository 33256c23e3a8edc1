import { graphqlRequest } from '../../src/client/graphql-client.js';

/** Most technologies the landscape asks for: the API's cap is 500; 200 stay readable. */
export const landscapeFirst = 200;

export interface LandscapeData {
  nodes: {
    technology: { id: string; name: string };
    peopleCount: number;
    community: number;
    /** With roll-up: the narrower technologies merged into this one (inferred). */
    rolledUp: { id: string; name: string }[];
  }[];
  edges: { source: string; target: string; weight: number }[];
  communityCount: number;
}

const landscapeQuery = /* GraphQL */ `
  query Landscape($minPeople: Int, $first: Int, $rollUp: Boolean) {
    technologyLandscape(minPeople: $minPeople, first: $first, rollUp: $rollUp) {
      nodes { technology { id name } peopleCount community rolledUp { id name } }
      edges { source target weight }
      communityCount
    }
  }
`;

export function fetchLandscape(minPeople: number, first: number, rollUp = false): Promise<LandscapeData> {
  return graphqlRequest<{ technologyLandscape: LandscapeData }>({
    query: landscapeQuery,
    variables: { minPeople, first, rollUp },
  }).then((data) => data.technologyLandscape);
}
