/**
 * The `graph` query selecting a whole GraphView, shared by the explorer and `npm run export` so
 * both ask the API the same question.
 */
export const graphViewQuery = /* GraphQL */ `
  query GraphView($focus: [ID!], $depth: Int, $kinds: [EntityKind!], $limit: Int) {
    graph(focus: $focus, depth: $depth, kinds: $kinds, limit: $limit) {
      nodes { id kind label }
      edges { id source target type }
      truncated
    }
  }
`;

export interface GraphViewVariables {
  focus?: string[];
  depth?: number;
  kinds?: string[];
  limit?: number;
}
