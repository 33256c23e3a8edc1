import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import { Label, STATED } from '../../graph/model.js';
import { graphNode } from '../../graph/node-kind.js';

/**
 * Variable-length bounds cannot be parameters, so there is one text per `maxHops` (1..6), built
 * here from the literal numbers, never from input.
 */
function shortestPathText(maxHops: number): string {
  return `
  OPTIONAL MATCH (a:${Label.Entity} {id: $fromId})
  OPTIONAL MATCH (b:${Label.Entity} {id: $toId})
  CALL (a, b) {
    WITH a, b
    WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
    MATCH p = allShortestPaths((a)-[:${STATED}*..${maxHops}]-(b))
    WITH p, [n IN nodes(p) | n.id] AS ids
    ORDER BY ids
    LIMIT 1
    RETURN collect(p) AS paths
  }
  WITH a, b, paths[0] AS p
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
    CASE
      WHEN p IS NOT NULL THEN [n IN nodes(p) | ${graphNode('n')}]
      WHEN a IS NOT NULL AND a = b THEN [${graphNode('a')}]
      ELSE []
    END AS nodes,
    CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | { source: startNode(r).id, target: endNode(r).id, type: type(r) }] END AS edges
  `;
}

export const maxShortestPathHops = 6;

/**
 * How two entities connect: one shortest undirected path of stated relationships (never the
 * derived USES) of at most `maxHops` hops, the first by the ids along it when several are as short
 * (so answers are stable). One row: `fromFound`,
 * `toFound`, and the path's `nodes` in order and `edges` (empty when there is no path; the one
 * node when from and to are the same).
 */
export const shortestPathQueries: ReadonlyMap<number, CypherQuery> = new Map(
  Array.from({ length: maxShortestPathHops }, (_, index) => index + 1).map((hops) => [
    hops,
    cypher(`shortestPath.${hops}`, shortestPathText(hops)),
  ]),
);
