import { cypher } from '../db/cypher-query.js';
import { entityProjection } from '../graphql/entity-kind.js';

/**
 * The landscape's nodes and edges in one read. Nodes: technologies with at least `$minPeople`
 * people (USES relationships), the `$first` most used, then by name. Edges: for each pair of those
 * (source id < target id), the roles and projects that USED both; only pairs with one. Cost is
 * bounded by `$first`: each technology expands its users once.
 */
export const technologyLandscapeQuery = cypher(
  'technologyLandscape',
  `
  MATCH (t:Technology)
  WITH t, COUNT { (t)<-[:USES]-(:Person) } AS peopleCount
  WHERE peopleCount >= $minPeople
  ORDER BY peopleCount DESC, t.name, t.id
  LIMIT toInteger($first)
  WITH collect({ technology: ${entityProjection('t')}, peopleCount: peopleCount }) AS nodes,
       collect(t) AS shown, collect(t.id) AS shownIds
  CALL (shown, shownIds) {
    UNWIND shown AS source
    MATCH (source)<-[:USED]-(both)-[:USED]->(target:Technology)
    WHERE source.id < target.id AND target.id IN shownIds
    WITH source, target, count(DISTINCT both) AS weight
    ORDER BY weight DESC, source.id, target.id
    RETURN collect({ source: source.id, target: target.id, weight: weight }) AS edges
  }
  RETURN nodes, edges
  `,
);
