import { cypher } from '../../db/cypher-query.js';
import type { TransactionRunner } from '../../db/Executor.js';
import { Bookkeeping, Label, RelType } from '../model.js';
import { lockOrder } from './orphans.js';

/*
 * A person's similarPeople list depends on their own USES and on the USES of everyone who shares a
 * technology with them (a candidate's score is Σmin / (A + b − Σmin), b their whole weight). So
 * every write that changes what a person's USES say (weights, technologies) or deletes the person
 * bumps the version of every technology they used before or use now, in the same transaction
 * (`bumpTechnologyVersions`). A kept list (`SimilarList`) records its person's technologies and their
 * versions as read before it was computed; it is the exact answer while they are the same: a
 * change to the person, or to anyone sharing one of their technologies before or after the change,
 * bumped one of them. Versions start at a random value (2^52 range), so a graph emptied and loaded
 * again never matches a list left from before.
 */

/** Cypher: a new version node's version, random in a 2^52 range (see above). */
const RANDOM_START = 'toInteger(rand() * 4503599627370496.0)';

/**
 * Bumps the versions of technologies `$ids` (sorted: concurrent writers take the locks in one
 * order; nothing else locks these nodes, so they never deadlock on them). Run as the last statement
 * of the writing transaction, so the locks are held only until its commit. A node missing (a graph
 * loaded before versions existed) is created here, as createTechnologyVersions would.
 */
export const bumpTechnologyVersions = cypher(
  'similarLists.bumpVersions',
  `UNWIND $ids AS id
MERGE (v:${Bookkeeping.TechnologyVersion} {technology: id})
  ON CREATE SET v.version = ${RANDOM_START}
  ON MATCH SET v.version = v.version + 1`,
);

/** Bumps the versions of technologies `ids` (in lock order): the last statement of a writing transaction. */
export async function bumpVersions(tx: TransactionRunner, ids: Iterable<string>): Promise<void> {
  const sorted = lockOrder(ids);
  if (sorted.length > 0) await tx.run(bumpTechnologyVersions, { ids: sorted });
}

/**
 * Creates the version nodes of technologies `$ids` that have none (sorted), in a transaction of
 * its own before a load's: two loads creating the same node inside their transactions both wait to
 * turn a shared lock on the constraint's entry into an exclusive one, a deadlock; a node that exists
 * is only locked by the bump.
 */
export const createTechnologyVersions = cypher(
  'similarLists.createVersions',
  `UNWIND $ids AS id
MERGE (v:${Bookkeeping.TechnologyVersion} {technology: id})
  ON CREATE SET v.version = ${RANDOM_START}`,
);

/** The ids of the technologies person `$id` uses (none when there is no such person). */
export const technologiesOfPerson = cypher(
  'similarLists.technologiesOfPerson',
  `OPTIONAL MATCH (:${Label.Person} {id: $id})-[u:${RelType.USES}]->(t:${Label.Technology})
RETURN collect(t.id) AS ids`,
);

/**
 * Cypher: a CALL subquery on the bound person variable `me` (null allowed) giving `list`, their
 * kept SimilarList (null when none), `stampTechnologies` and `stampVersions`, the ids of their
 * technologies (by id) and the current versions of those (0 when never bumped), and `fresh`, whether
 * the list was computed at exactly those: then it is the exact answer. O(the person's technologies).
 */
export function similarListState(me: string): string {
  return `CALL (${me}) {
    OPTIONAL MATCH (list:${Bookkeeping.SimilarList} {person: ${me}.id})
    CALL (${me}) {
      MATCH (${me})-[:${RelType.USES}]->(t:${Label.Technology})
      WITH t ORDER BY t.id
      OPTIONAL MATCH (v:${Bookkeeping.TechnologyVersion} {technology: t.id})
      RETURN collect(t.id) AS stampTechnologies, collect(coalesce(v.version, 0)) AS stampVersions
    }
    RETURN list, stampTechnologies, stampVersions,
      list IS NOT NULL AND list.technologies = stampTechnologies AND list.versions = stampVersions AS fresh
  }`;
}

/** Person `$personId`'s stamp, and whether their kept list is fresh (see similarListState). */
export const similarListStamp = cypher(
  'similarLists.stamp',
  `OPTIONAL MATCH (me:${Label.Person} {id: $personId})
${similarListState('me')}
RETURN me IS NOT NULL AS found, stampTechnologies, stampVersions, fresh`,
);

/**
 * Keeps person `$personId`'s best similar people (`$people` ids, `$scores`, best first; `$whole`:
 * that is everyone sharing a technology with them), computed after their stamp
 * (`$technologies`, `$versions`) was read. Nothing is written when the person no longer exists
 * (deleted since the answer was read).
 */
export const writeSimilarList = cypher(
  'similarLists.write',
  `MATCH (:${Label.Person} {id: $personId})
MERGE (list:${Bookkeeping.SimilarList} {person: $personId})
SET list.technologies = $technologies, list.versions = [v IN $versions | toInteger(v)],
  list.people = $people, list.scores = [s IN $scores | toFloat(s)], list.whole = $whole`,
);

/** Deletes person `$id`'s kept list (the person is deleted). */
export const deleteSimilarList = cypher(
  'similarLists.delete',
  `MATCH (list:${Bookkeeping.SimilarList} {person: $id}) DELETE list`,
);
