import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../model.js';

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

/**
 * Deletes the given projects and schools when nothing links to them any more (no one works on
 * the project, no one studied at the school). Companies and technologies are never deleted.
 * Parameter `$input`: {projectIds, schoolIds} (one map: an empty list would change the plan's
 * parameter types).
 */
export const deleteOrphans = cypher(
  'loader.deleteOrphans',
  `CYPHER replan=skip
CALL () {
  UNWIND $input.projectIds AS id
  MATCH (n:${Label.Project} {id: id})
  WHERE NOT EXISTS { MATCH ()-[:${RelType.WORKED_ON}]->(n) }
  DETACH DELETE n
  RETURN count(*) AS projects
}
CALL () {
  UNWIND $input.schoolIds AS id
  MATCH (n:${Label.School} {id: id})
  WHERE NOT EXISTS { MATCH ()-[:${RelType.STUDIED_AT}]->(n) }
  DETACH DELETE n
  RETURN count(*) AS schools
}
RETURN projects, schools
`,
);
