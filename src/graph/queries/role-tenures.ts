import { cypher } from '../../db/cypher-query.js';
import { companyInGroupFromMember, Label, RelType, roleInCompanyGroup } from '../model.js';

/*
 * TENURE: one derived relationship per dated role, from the role to its company (the one it is AT),
 * carrying what "who overlapped with this role" needs, so that colleagues walks a few index
 * entries in the order of its answer instead of every role of a big employer
 * (src/graphql/queries/colleagues.ts):
 *   group      the id of the company's top company (PART_OF as far as it goes): roles in one group
 *              are colleagues' roles;
 *   person     the id of the person who held it; role: its id (the answer's tie order);
 *   start      Role.startMonth;
 *   last       Role.endMonth, or OPEN_END while the role is current (the API counts it to this month);
 *   negLast    −last, and negLength −(endMonth − startMonth + 1) (absent while current): an index
 *              orders ascending, and these make "latest end first" and "longest first" ascending.
 * A role gets one when it has a company, a start month and an end month or is current (the roles
 * that can overlap). Nothing in it depends on the day of the load, so the graph stays the one a
 * fresh load gives. Kept by the load of the role's person (and of a company whose parent changes),
 * removed with the role.
 */

/** `last` of a current role: later than any month a résumé can give. */
export const OPEN_END = 10_000_000;

/** TENURE indexes of earlier versions that no query uses any more: dropped where they exist. */
export const RETIRED_TENURE_INDEXES = ['byLength'] as const;

/**
 * The range indexes on TENURE, each `group` first: the colleague roles of one group in the order
 * of one kind of overlap (src/graphql/queries/colleagues.ts), then by person and role id.
 */
export const TENURE_INDEXES = {
  byPerson: ['group', 'person', 'role'],
  byLast: ['group', 'negLast', 'person', 'role'],
  byStart: ['group', 'start', 'person', 'role'],
  // Seeks by an exact length (or `last`) and a range of starts: only the roles that match are read.
  byLengthStart: ['group', 'negLength', 'start', 'person', 'role'],
  byLastStart: ['group', 'last', 'start', 'person', 'role'],
} as const satisfies Record<string, readonly string[]>;

/** Cypher: `USING INDEX` for one of TENURE_INDEXES on relationship variable `t`. */
export function tenureIndexHint(t: string, index: keyof typeof TENURE_INDEXES): string {
  return `USING INDEX ${t}:${RelType.TENURE}(${TENURE_INDEXES[index].join(', ')})`;
}

/**
 * Makes the TENURE of the roles of `$personIds`, and of the roles at one of the companies
 * `$companyIds` (whose parent a load changed: a catalogue that gave it one, took it away or gave
 * another) or at a company under one, what their role, company and dates say: a missing one is
 * created, a stale one deleted, a right one left alone (so an unchanged reload writes nothing).
 */
export const refreshRoleTenures = cypher(
  'loader.refreshRoleTenures',
  `CYPHER replan=skip
CALL () {
  UNWIND $personIds AS personId
  MATCH (:${Label.Person} {id: personId})-[:${RelType.HELD}]->(r:${Label.Role})
  RETURN r
  UNION
  UNWIND $companyIds AS companyId
  MATCH ${roleInCompanyGroup(`:${Label.Company} {id: companyId}`, 'r')}
  RETURN r
}
MATCH (p:${Label.Person})-[:${RelType.HELD}]->(r)
OPTIONAL MATCH (r)-[:${RelType.AT}]->(c:${Label.Company})
CALL (c) {
  OPTIONAL MATCH ${companyInGroupFromMember('c', `top:${Label.Company}`)}
  WHERE NOT EXISTS { MATCH (top)-[:${RelType.PART_OF}]->(:${Label.Company}) }
  RETURN head(collect(top)) AS top
}
WITH r, c,
  CASE
    WHEN c IS NULL OR r.startMonth IS NULL OR NOT (r.endMonth IS NOT NULL OR coalesce(r.current, false)) THEN null
    WHEN coalesce(r.current, false) THEN {group: top.id, person: p.id, role: r.id, start: r.startMonth, last: ${OPEN_END}, negLast: -${OPEN_END}}
    ELSE {group: top.id, person: p.id, role: r.id, start: r.startMonth, last: r.endMonth, negLast: -r.endMonth,
          negLength: r.startMonth - r.endMonth - 1}
  END AS wanted
OPTIONAL MATCH (r)-[old:${RelType.TENURE}]->()
WITH r, c, wanted, collect(old) AS olds
WITH r, c, wanted, olds,
  [o IN olds WHERE wanted IS NOT NULL AND endNode(o) = c AND properties(o) = wanted][0..1] AS kept
FOREACH (o IN [o IN olds WHERE NOT o IN kept] | DELETE o)
FOREACH (_ IN CASE WHEN wanted IS NOT NULL AND size(kept) = 0 THEN [1] ELSE [] END |
  CREATE (r)-[t:${RelType.TENURE}]->(c) SET t = wanted)
`,
);

/**
 * Deletes the TENURE of the roles `$ids` (about to be deleted), in a statement of its own so that
 * the load's change counters leave the derived relationships out.
 */
export const deleteRoleTenures = cypher(
  'loader.deleteRoleTenures',
  `CYPHER replan=skip
UNWIND $ids AS id
MATCH (:${Label.Role} {id: id})-[t:${RelType.TENURE}]->()
DELETE t
`,
);

/**
 * Creates TENURE relationships whose properties the loader has worked out from the plans of people
 * the same transaction created (src/loader/role-tenures.ts, plannedRoleTenures): their roles have
 * none yet, so nothing is read or compared, and the new relationship's properties are added, not
 * replaced (see createEdges). Rows {role, company, props}.
 */
export const createRoleTenures = cypher(
  'loader.createRoleTenures',
  `CYPHER replan=skip
UNWIND $rows AS row
MATCH (r:${Label.Role} {id: row.role})
MATCH (c:${Label.Company} {id: row.company})
CREATE (r)-[t:${RelType.TENURE}]->(c)
SET t += row.props
`,
);
