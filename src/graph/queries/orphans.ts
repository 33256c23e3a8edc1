import { cypher } from '../../db/cypher-query.js';
import { compareStrings } from '../../util/compare-strings.js';
import { companyInGroupFromMember, Label, RelType, roleInCompanyGroup } from '../model.js';
import { displayLabel, kindOf } from '../node-kind.js';

/*
 * The orphan rule, the one definition of when a shared node (company, technology, project,
 * school) stops existing. The graph must be what loading the current résumés from scratch gives,
 * and a fresh load creates a shared node only when a résumé names it (a company also when it is
 * the catalogue parent of one named); so whatever unlinks such a node (a reload, deletePerson)
 * deletes it, in the same transaction, once nothing names it any more:
 *   - a project nobody (person or role) WORKED_ON;
 *   - a school nobody STUDIED_AT;
 *   - a technology no role or project USED and nobody is SKILLED_IN, catalogue entries included;
 *   - a company no role is AT, neither it nor any company PART_OF it.
 *
 * Concurrency: a transaction that unlinks nodes (1) expands them to everything that may be orphaned
 * with them (`orphanCandidates`), (2) locks those, together with every existing shared node it
 * links to or writes, in id order (`lockNodes`), and (3) applies `deleteOrphans`, which checks
 * under those locks. A load that writes a node locks it the same way before writing; one that only
 * links to it takes Neo4j's own lock on it when it creates the relationship (a shared lock on a
 * dense node, so loads linking one popular node do not wait for each other). Either way a delete
 * and a load touching one node run one after the other: the delete sees the new link, or the load
 * finds the node gone (and retries, creating it again). One order for the locks taken ahead keeps
 * them from deadlocking each other (Neo4j detects the rare deadlock with a relationship's lock, and
 * the transaction is retried).
 */

/** The nodes unlinking node `n` may orphan with it (see orphanCandidates), as rows of `x`. */
const orphanedWith = `CALL (n) {
  RETURN n AS x
  UNION
  MATCH (n:${Label.Project})-[:${RelType.USED}]->(x:${Label.Technology})
  RETURN x
  UNION
  MATCH ${companyInGroupFromMember(`n:${Label.Company}`, `x:${Label.Company}`, { strict: true })}
  RETURN x
}`;

/** The text that expands each id of `$ids` to the nodes unlinking it may orphan, then returns `returns`. */
const orphanCandidatesOf = (returns: string) => `CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:${Label.Entity} {id: id})
${orphanedWith}
RETURN ${returns}
`;

/**
 * What unlinking the nodes `$ids` may orphan: those nodes, the technologies of the projects among
 * them, and the catalogue parents of the companies among them (up to the top).
 */
export const orphanCandidates = cypher(
  'graph.orphanCandidates',
  orphanCandidatesOf('collect(DISTINCT x.id) AS ids'),
);

/** `orphanCandidates` per id of `$ids`: rows {id, ids}, for a load that must know whose they are. */
export const orphanCandidatesById = cypher(
  'graph.orphanCandidatesById',
  orphanCandidatesOf('id, collect(DISTINCT x.id) AS ids'),
);

/** The one lock order: each id once, by code unit (as Cypher compares strings). */
export function lockOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareStrings);
}

/**
 * Write-locks the nodes `$ids` (in `lockOrder`) until the transaction
 * ends, and returns the ids of those that exist: a node a concurrent transaction deleted is
 * missing from `locked`. The `_lock` property never outlives the statement.
 */
export const lockNodes = cypher(
  'graph.lockNodes',
  `CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:${Label.Entity} {id: id})
SET n._lock = true
REMOVE n._lock
RETURN collect(n.id) AS locked
`,
);

/**
 * Of the candidates `$ids` (locked: see above), those a person outside `$people` links to, from
 * themselves or from a role they hold: whatever a transaction does to `$people`, these stay. Direct
 * links only (not through a project or a subsidiary), so fewer than the orphan rule keeps; the
 * loader uses it to know which nodes a batch of résumés cannot orphan (src/loader/batch-round.ts).
 */
export const keptByOthers = cypher(
  'graph.keptByOthers',
  `CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:${Label.Entity} {id: id})
WHERE EXISTS {
    MATCH (n)<-[:${RelType.WORKED_ON}|${RelType.STUDIED_AT}|${RelType.SKILLED_IN}]-(p:${Label.Person})
    WHERE NOT p.id IN $people
  }
  OR EXISTS {
    MATCH (n)<-[:${RelType.USED}|${RelType.WORKED_ON}|${RelType.AT}]-(:${Label.Role})<-[:${RelType.HELD}]-(p:${Label.Person})
    WHERE NOT p.id IN $people
  }
RETURN collect(id) AS kept
`,
);

/**
 * The orphan rule over the candidates `$ids` (locked: see above): deletes those nothing links to
 * any more, projects first (they may be all that used a technology), and returns them as
 * `{id, kind, label}`.
 */
export const deleteOrphans = cypher(
  'graph.deleteOrphans',
  `CYPHER replan=skip
CALL () {
  UNWIND $ids AS id
  MATCH (n:${Label.Project} {id: id})
  WHERE NOT EXISTS { MATCH (n)<-[:${RelType.WORKED_ON}]-() }
  WITH n, {id: n.id, kind: ${kindOf('n')}, label: ${displayLabel('n')}} AS info
  DETACH DELETE n
  RETURN collect(info) AS projects
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:${Label.Entity} {id: id})
  WHERE (n:${Label.School} AND NOT EXISTS { MATCH (n)<-[:${RelType.STUDIED_AT}]-() })
     OR (n:${Label.Technology} AND NOT EXISTS { MATCH (n)<-[:${RelType.USED}|${RelType.SKILLED_IN}]-() })
     OR (n:${Label.Company} AND NOT EXISTS {
           MATCH ${roleInCompanyGroup('n')}
         })
  WITH n, {id: n.id, kind: ${kindOf('n')}, label: ${displayLabel('n')}} AS info
  DETACH DELETE n
  RETURN collect(info) AS others
}
RETURN projects + others AS removed
`,
);
