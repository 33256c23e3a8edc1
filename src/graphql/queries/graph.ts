import { cypher } from '../../db/cypher-query.js';
import { STATED } from '../../graph/model.js';
import { graphNode, kindOf } from '../../graph/node-kind.js';

/*
 * Views show the relationships the résumés state: walks, degrees and edges leave out the derived
 * USES (model.ts STATED), which would repeat person → role → technology as a shortcut.
 *
 * Memory note: Neo4j Community (slotted runtime) keeps every variable of a row in ORDER BY / LIMIT
 * buffers, even ones a WITH dropped. So no row that gets sorted ever carries a long list: distances
 * come from an aggregation (min) instead of lists of visited nodes, and edges are sorted by the
 * resolver, not under a list of the nodes.
 */

/** Cypher predicate: node `n` is of one of `$kinds` (all kinds when `$kinds` is null). */
function kept(n: string): string {
  return `($kinds IS NULL OR ${kindOf(n)} IN $kinds)`;
}

/**
 * Cypher clauses turning `nodes` (a list of nodes, in display order) into `nodes` (GraphNodes) and
 * `edges`: every relationship among them (unordered: the resolver sorts them). `carried` are the
 * other variables returned.
 */
const nodesAndEdges = (carried: string) => `
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r:${STATED}]->(b)
    WHERE b IN nodes
    RETURN collect({ source: a.id, target: b.id, type: type(r) }) AS edges
  }
  RETURN ${carried}, [n IN nodes | ${graphNode('n')}] AS nodes, edges`;

/**
 * The whole graph, at most `$limit` nodes of `$kinds`: the highest-degree nodes first (then by id),
 * so a capped view is the core of the graph. `truncated` when more nodes qualified.
 */
export const wholeGraphQuery = cypher(
  'graph.whole',
  `
  CALL () {
    MATCH (n:Entity)
    WHERE ${kept('n')}
    WITH n, COUNT { (n)-[:${STATED}]-() } AS degree
    ORDER BY degree DESC, n.id
    LIMIT toInteger($limit) + 1
    RETURN collect(n) AS ranked
  }
  WITH ranked[0..toInteger($limit)] AS nodes, size(ranked) > $limit AS truncated, [] AS missing
  ${nodesAndEdges('missing, truncated')}
  `,
);

/**
 * The neighbourhood of the focus nodes: everything within `$depth` hops (undirected, through nodes
 * of any kind), keeping the focus and the nodes of `$kinds`, at most `$limit` nodes: focus first,
 * then by distance, degree (highest first) and id. A level is only explored while the nodes kept
 * so far still fit in `$limit` (`kept1`: kept at 1 hop; `kept2`: kept within 2 hops), so a hub's
 * neighbourhood stops early. `missing` lists focus ids with no node (then nothing else is returned).
 */
export const focusGraphQuery = cypher(
  'graph.focus',
  `
  UNWIND $focus AS focusId
  OPTIONAL MATCH (f:Entity {id: focusId})
  WITH collect(f) AS focus, collect(CASE WHEN f IS NULL THEN focusId END) AS missing
  WITH missing, CASE WHEN size(missing) = 0 THEN focus ELSE [] END AS start
  CALL (start) {
    UNWIND start AS f
    MATCH (f)-[:${STATED}]-(n)
    WHERE NOT n IN start AND ${kept('n')}
    RETURN count(DISTINCT n) AS kept1
  }
  CALL (start, kept1) {
    UNWIND CASE WHEN $depth >= 3 AND size(start) + kept1 <= $limit THEN start ELSE [] END AS f
    MATCH (f)-[:${STATED}*1..2]-(n)
    WHERE NOT n IN start AND ${kept('n')}
    RETURN count(DISTINCT n) AS kept2
  }
  CALL (start, kept1, kept2) {
    CALL (start, kept1, kept2) {
      UNWIND start AS n
      RETURN n, 0 AS d
      UNION
      UNWIND start AS f
      MATCH (f)-[:${STATED}]-(n)
      RETURN DISTINCT n, 1 AS d
      UNION
      UNWIND CASE WHEN $depth >= 2 AND size(start) + kept1 <= $limit THEN start ELSE [] END AS f
      MATCH (f)-[:${STATED}]-(a)
      WITH DISTINCT a
      MATCH (a)-[:${STATED}]-(n)
      RETURN DISTINCT n, 2 AS d
      UNION
      UNWIND CASE WHEN $depth >= 3 AND size(start) + kept1 <= $limit AND size(start) + kept2 <= $limit THEN start ELSE [] END AS f
      MATCH (f)-[:${STATED}]-(a)
      WITH DISTINCT a
      MATCH (a)-[:${STATED}]-(b)
      WITH DISTINCT b
      MATCH (b)-[:${STATED}]-(n)
      RETURN DISTINCT n, 3 AS d
    }
    WITH n, min(d) AS distance
    WHERE distance = 0 OR ${kept('n')}
    WITH n, distance, COUNT { (n)-[:${STATED}]-() } AS degree
    ORDER BY distance, degree DESC, n.id
    LIMIT toInteger($limit) + 1
    RETURN collect(n) AS ranked
  }
  WITH missing, ranked[0..toInteger($limit)] AS nodes, size(ranked) > $limit AS truncated
  ${nodesAndEdges('missing, truncated')}
  `,
);
