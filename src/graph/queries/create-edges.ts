import { cypher } from '../../db/cypher-query.js';
import { EDGE_KIND_NAMES, EDGE_KINDS, type EdgeKind } from '../edge-kinds.js';
import { Label } from '../model.js';

function createClause(kind: EdgeKind): string {
  const { type, owned } = EDGE_KINDS[kind];
  const write = owned ? `CREATE (a)-[r:${type}]->(b) SET r = row.props` : `MERGE (a)-[:${type}]->(b)`;
  return `FOREACH (_ IN CASE WHEN row.kind = '${kind}' THEN [1] ELSE [] END | ${write})`;
}

/**
 * Writes relationships from one list `$edges` of {kind, from, to, props}, in the list's order. The
 * loader sorts it by the shared endpoint, so concurrent loads lock popular technologies and
 * companies in the same order and rarely deadlock (one list, rather than a block per kind, keeps a
 * single order). Relationships the person owns are CREATEd: the loader has already diffed them
 * against the graph and no other transaction writes them. Shared ones (PART_OF, a project's USED)
 * are MERGEd, since a concurrent load of another résumé may create the same edge.
 */
export const createEdges = cypher(
  'loader.createEdges',
  `CYPHER replan=skip
UNWIND $edges AS row
MATCH (a:${Label.Entity} {id: row.from})
MATCH (b:${Label.Entity} {id: row.to})
${EDGE_KIND_NAMES.map(createClause).join('\n')}
RETURN count(*) AS edges
`,
);
