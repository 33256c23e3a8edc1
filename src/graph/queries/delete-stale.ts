import { cypher } from '../../db/cypher-query.js';
import { Label } from '../model.js';

/**
 * Deletes relationships a reload no longer wants, matched exactly by type, endpoints and
 * properties. Parameter `$rows`: [{type, from, to, props}].
 */
export const deleteEdges = cypher(
  'loader.deleteEdges',
  `CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:${Label.Entity} {id: row.from})-[r]->(b:${Label.Entity} {id: row.to})
WHERE type(r) = row.type AND properties(r) = row.props
DELETE r
`,
);

/** Deletes roles a person no longer holds, with their relationships. Parameter `$ids`. */
export const deleteRoles = cypher(
  'loader.deleteRoles',
  `CYPHER replan=skip
UNWIND $ids AS id
MATCH (r:${Label.Role} {id: id})
DETACH DELETE r
`,
);
