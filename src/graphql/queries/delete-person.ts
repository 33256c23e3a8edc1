import { cypher } from '../../db/cypher-query.js';
import { DERIVED_REL_TYPES, Label, RelType, SHARED_LABELS, STATED } from '../../graph/model.js';
import { displayLabel, kindOf } from '../../graph/node-kind.js';

/**
 * First statement of deletePerson: write-locks the person (so a load of the same person waits, or
 * is waited for) and lists the shared nodes the person and their roles link to, which the delete
 * may orphan. No row when there is no such person.
 */
export const lockPersonForDelete = cypher(
  'deletePerson.lock',
  `MATCH (p:${Label.Person} {id: $id})
   SET p._lock = true
   REMOVE p._lock
   WITH p
   CALL (p) {
     OPTIONAL MATCH (p)-[:${RelType.HELD}]->(r:${Label.Role})
     WITH p, collect(r) AS roles
     UNWIND [p] + roles AS owner
     MATCH (owner)-[:${STATED}]->(n)
     WHERE ${SHARED_LABELS.map((label) => `n:${label}`).join(' OR ')}
     RETURN collect(DISTINCT n.id) AS linked
   }
   RETURN linked`,
);

/** Deletes the person and their roles with all their relationships; returns them as `{id, kind, label}`. */
export const deletePersonAndRoles = cypher(
  'deletePerson.personAndRoles',
  `MATCH (p:${Label.Person} {id: $id})
   OPTIONAL MATCH (p)-[:${RelType.HELD}]->(r:${Label.Role})
   WITH p, collect(r) AS roles
   WITH p, roles, [x IN [p] + roles | {id: x.id, kind: ${kindOf('x')}, label: ${displayLabel('x')}}] AS removed
   FOREACH (r IN roles | DETACH DELETE r)
   DETACH DELETE p
   RETURN removed`,
);

/**
 * Deletes the derived relationships of the person and their roles (USES, TENURE), in a statement
 * of its own so that `relationshipsDeleted` counts only what the résumé stated.
 */
export const deleteDerivedOfPerson = cypher(
  'deletePerson.derived',
  `MATCH (:${Label.Person} {id: $id})-[:${RelType.HELD}*0..1]->()-[r:${DERIVED_REL_TYPES.join('|')}]->()
   DELETE r`,
);
