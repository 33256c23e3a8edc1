import { cypher } from '../../db/cypher-query.js';
import { MAX_PARENT_DEPTH } from '../../graph/model.js';
import { kindOf } from '../entity-kind.js';
import { graphLabel } from './technology-use-fragments.js';

/**
 * Deletes a person and their roles; returns what it removed and the shared entities they touched,
 * which may now be orphaned (the projects' technologies and the companies' parents included).
 */
export const deletePersonAndRoles = cypher(
  'deletePerson.personAndRoles',
  `MATCH (p:Person {id: $id})
   OPTIONAL MATCH (p)-[:HELD]->(r:Role)
   WITH p, collect(r) AS roles
   CALL (p, roles) {
     UNWIND [p] + roles AS owner
     MATCH (owner)-->(n)
     WHERE n:Company OR n:Technology OR n:Project OR n:School
     RETURN collect(DISTINCT n) AS touched
   }
   CALL (touched) {
     UNWIND touched AS n
     OPTIONAL MATCH (n:Project)-[:USED]->(t:Technology)
     OPTIONAL MATCH (n:Company)-[:PART_OF*1..${MAX_PARENT_DEPTH}]->(parent:Company)
     RETURN [x IN collect(DISTINCT t) + collect(DISTINCT parent) WHERE x IS NOT NULL] AS reached
   }
   WITH p, roles, [n IN touched + reached | n.id] AS candidateIds,
        [x IN [p] + roles | {id: x.id, kind: ${kindOf('x')}, label: ${graphLabel('x')}}] AS removed
   FOREACH (r IN roles | DETACH DELETE r)
   DETACH DELETE p
   RETURN removed, candidateIds`,
);

/**
 * Of the candidates, deletes those nothing connects to any more: projects no person or role worked
 * on, then schools nobody studied at, technologies nothing uses or lists, and companies with no
 * role at them or at any of their subsidiaries. Projects go first: they may be all that used a
 * technology.
 */
export const deleteOrphans = cypher(
  'deletePerson.orphans',
  `CALL (){
     UNWIND $ids AS id
     MATCH (n:Project {id: id})
     WHERE NOT EXISTS { (n)<-[:WORKED_ON]-() }
     WITH n, {id: n.id, kind: 'PROJECT', label: n.name} AS info
     DETACH DELETE n
     RETURN collect(info) AS projects
   }
   CALL (){
     UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     WHERE (n:School AND NOT EXISTS { (n)<-[:STUDIED_AT]-() })
        OR (n:Technology AND NOT EXISTS { (n)<--() })
        OR (n:Company AND NOT EXISTS { (n)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(:Role) })
     WITH n, {id: n.id, kind: ${kindOf('n')}, label: n.name} AS info
     DETACH DELETE n
     RETURN collect(info) AS others
   }
   RETURN projects + others AS removed`,
);
