import { cypher } from '../../db/cypher-query.js';
import { Label, STATED } from '../../graph/model.js';
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
    MATCH (n:${Label.Entity})
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
 * Nodes with more relationships than this (a popular technology, a big employer, a school) are
 * hubs: a neighbourhood view shows them but does not walk through them, except from the focus
 * itself. Walking through one would bring in a share of the whole graph (every user of Python), so
 * the view would cost more as the graph grows; this way a person's depth-2 view reads at most
 * their own neighbours' relationships, each at most MAX_WALKED_DEGREE. The `graph` field's
 * description in schema/queries.graphql states the number.
 */
export const MAX_WALKED_DEGREE = 100;

/** Cypher: the number of stated relationships of `n` (one count-store read per type for dense nodes). */
const degree = (n: string) => `COUNT { (${n})-[:${STATED}]-() }`;

/** Cypher predicate: `n` is walked through (not a hub). */
const walked = (n: string) => `${degree(n)} <= ${MAX_WALKED_DEGREE}`;

/**
 * The neighbourhood of the focus nodes: everything within `$depth` hops (undirected, through nodes
 * of any kind, but not through hubs: MAX_WALKED_DEGREE), keeping the focus and the nodes of
 * `$kinds`, at most `$limit` nodes: focus first, then by distance, degree (highest first) and id.
 * A level is only explored while the nodes kept so far still fit in `$limit` (`kept1`: kept at 1
 * hop; `kept2`: kept within 2 hops), so a hub focus's neighbourhood stops early. `truncated` when
 * more nodes qualified than `$limit`, or a hub within `$depth - 1` hops was not walked through.
 * `missing` lists focus ids with no node (then nothing else is returned).
 */
export const focusGraphQuery = cypher(
  'graph.focus',
  `
  UNWIND $focus AS focusId
  OPTIONAL MATCH (f:${Label.Entity} {id: focusId})
  WITH collect(f) AS focus, collect(CASE WHEN f IS NULL THEN focusId END) AS missing
  WITH missing, CASE WHEN size(missing) = 0 THEN focus ELSE [] END AS start
  CALL (start) {
    UNWIND start AS f
    MATCH (f)-[:${STATED}]-(n)
    WHERE NOT n IN start AND ${kept('n')}
    RETURN count(DISTINCT n) AS kept1
  }
  WITH missing, start, kept1,
       $depth >= 2 AND size(start) + kept1 <= $limit AS walk2
  CALL (start, walk2) {
    UNWIND CASE WHEN $depth >= 3 AND walk2 THEN start ELSE [] END AS f
    MATCH (f)-[:${STATED}]-(a)
    WITH DISTINCT start, a
    CALL (start, a) {
      WITH a WHERE NOT a IN start
      RETURN a AS n
      UNION
      WITH a WHERE ${walked('a')}
      MATCH (a)-[:${STATED}]-(n)
      WHERE NOT n IN start
      RETURN n
    }
    WITH n WHERE ${kept('n')}
    RETURN count(DISTINCT n) AS kept2
  }
  WITH missing, start, walk2, walk2 AND $depth >= 3 AND size(start) + kept2 <= $limit AS walk3
  CALL (start, walk2, walk3) {
    UNWIND CASE WHEN walk2 THEN start ELSE [] END AS f
    MATCH (f)-[:${STATED}]-(a)
    WHERE NOT a IN start
    WITH DISTINCT start, a
    CALL (start, a, walk3) {
      WITH a WHERE NOT ${walked('a')}
      RETURN a AS hub
      UNION
      WITH a WHERE walk3 AND ${walked('a')}
      MATCH (a)-[:${STATED}]-(hub)
      WHERE NOT hub IN start AND NOT ${walked('hub')}
      RETURN hub
    }
    RETURN count(hub) > 0 AS passedOver
  }
  CALL (start, walk2, walk3) {
    CALL (start, walk2, walk3) {
      UNWIND start AS n
      RETURN n, 0 AS d
      UNION
      UNWIND start AS f
      MATCH (f)-[:${STATED}]-(n)
      RETURN DISTINCT n, 1 AS d
      UNION
      UNWIND CASE WHEN walk2 THEN start ELSE [] END AS f
      MATCH (f)-[:${STATED}]-(a)
      WITH DISTINCT a WHERE ${walked('a')}
      MATCH (a)-[:${STATED}]-(n)
      RETURN DISTINCT n, 2 AS d
      UNION
      UNWIND CASE WHEN walk3 THEN start ELSE [] END AS f
      MATCH (f)-[:${STATED}]-(a)
      WITH DISTINCT a WHERE ${walked('a')}
      MATCH (a)-[:${STATED}]-(b)
      WITH DISTINCT b WHERE ${walked('b')}
      MATCH (b)-[:${STATED}]-(n)
      RETURN DISTINCT n, 3 AS d
    }
    WITH n, min(d) AS distance
    WHERE distance = 0 OR ${kept('n')}
    WITH n, distance, ${degree('n')} AS degree
    ORDER BY distance, degree DESC, n.id
    LIMIT toInteger($limit) + 1
    RETURN collect(n) AS ranked
  }
  WITH missing, ranked[0..toInteger($limit)] AS nodes, size(ranked) > $limit OR passedOver AS truncated
  ${nodesAndEdges('missing, truncated')}
  `,
);
