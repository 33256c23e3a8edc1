import { graphqlRequest } from '../../src/client/graphql-client.js';

/** Most technologies the landscape asks for: the API's cap is 500; 200 stay readable. */
export const landscapeFirst = 200;

export interface LandscapeData {
  nodes: { technology: { id: string; name: string }; peopleCount: number; community: number }[];
  edges: { source: string; target: string; weight: number }[];
  communityCount: number;
}

const landscapeQuery = /* GraphQL */ `
  query Landscape($minPeople: Int, $first: Int) {
    technologyLandscape(minPeople: $minPeople, first: $first) {
      nodes { technology { id name } peopleCount community }
      edges { source target weight }
      communityCount
    }
  }
`;

export function fetchLandscape(minPeople: number, first: number): Promise<LandscapeData> {
  return graphqlRequest<{ technologyLandscape: LandscapeData }>({
    query: landscapeQuery,
    variables: { minPeople, first },
  }).then((data) => data.technologyLandscape);
}
