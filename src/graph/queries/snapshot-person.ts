import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../model.js';

/**
 * What the graph holds for one person before a load, read inside the load's transaction:
 * - `edges`: the relationships the person owns (from the person, USES included, and from its roles);
 * - `existing`: the nodes among the plan's ids that exist, with their labels and properties;
 * - `foreignRoles`: role ids of the plan already held by someone else;
 * - `projects`: for the plan's projects that exist, whether another person works on them and the
 *   technologies they use.
 * Parameters: `$personId` and `$input` {ids, roleIds, projectIds} (lists inside one map, so that an
 * empty list does not make Neo4j compile another plan).
 */
export const snapshotPerson = cypher(
  'loader.snapshotPerson',
  `CYPHER replan=skip
OPTIONAL MATCH (p:${Label.Person} {id: $personId})
CALL (p) {
  MATCH (p)-[r:${RelType.HELD}|${RelType.WORKED_ON}|${RelType.SKILLED_IN}|${RelType.STUDIED_AT}|${RelType.USES}]->(x)
  RETURN collect({type: type(r), from: p.id, to: x.id, props: properties(r)}) AS personEdges
}
CALL (p) {
  MATCH (p)-[:${RelType.HELD}]->(role:${Label.Role})-[r:${RelType.AT}|${RelType.USED}|${RelType.WORKED_ON}]->(x)
  RETURN collect({type: type(r), from: role.id, to: x.id, props: properties(r)}) AS roleEdges
}
CALL () {
  UNWIND $input.ids AS id
  MATCH (e:${Label.Entity} {id: id})
  RETURN collect({id: id, labels: labels(e), props: properties(e)}) AS existing
}
CALL () {
  UNWIND $input.roleIds AS roleId
  MATCH (other:${Label.Person})-[:${RelType.HELD}]->(:${Label.Role} {id: roleId})
  WHERE other.id <> $personId
  RETURN collect({id: roleId, person: other.id}) AS foreignRoles
}
CALL () {
  UNWIND $input.projectIds AS projectId
  MATCH (project:${Label.Project} {id: projectId})
  RETURN collect({
    id: projectId,
    shared:
      EXISTS { MATCH (o:${Label.Person})-[:${RelType.WORKED_ON}]->(project) WHERE o.id <> $personId }
      OR EXISTS {
        MATCH (o:${Label.Person})-[:${RelType.HELD}]->(:${Label.Role})-[:${RelType.WORKED_ON}]->(project)
        WHERE o.id <> $personId
      },
    technologies: [(project)-[:${RelType.USED}]->(t:${Label.Technology}) | t.id]
  }) AS projects
}
RETURN personEdges + roleEdges AS edges, existing, foreignRoles, projects
`,
);

/** A relationship as stored: type, endpoint ids and properties. */
export interface StoredEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The row `snapshotPerson` returns. */
export interface PersonSnapshot {
  edges: StoredEdge[];
  existing: { id: string; labels: string[]; props: Record<string, unknown> }[];
  foreignRoles: { id: string; person: string }[];
  projects: { id: string; shared: boolean; technologies: string[] }[];
}
