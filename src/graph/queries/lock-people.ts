import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../model.js';

/**
 * First statement of a load transaction: makes sure each person of `$ids` (in `lockOrder`) exists
 * and holds its write lock until commit, so two loads of the same person (say, two API imports at
 * once) run one after the other and the second diffs against what the first wrote. Returns the
 * ids of the people created here (only an id yet: the load fills them in, or `deleteBarePeople`
 * removes them when their résumé is refused). The `_new` and `_lock` properties never outlive the
 * statement.
 */
export const lockPeople = cypher(
  'loader.lockPeople',
  `CYPHER replan=skip
UNWIND $ids AS id
MERGE (p:${Label.Person} {id: id})
ON CREATE SET p._new = true
WITH p, p._new IS NOT NULL AS created
SET p._lock = true
REMOVE p._lock, p._new
RETURN [x IN collect(CASE WHEN created THEN p.id END) WHERE x IS NOT NULL] AS created
`,
);

/**
 * Removes the people `$ids` that `lockPeople` created in this transaction for résumés then refused:
 * nodes with nothing but an id and no relationship.
 */
export const deleteBarePeople = cypher(
  'loader.deleteBarePeople',
  `CYPHER replan=skip
UNWIND $ids AS id
MATCH (p:${Label.Person} {id: id})
WHERE NOT EXISTS { (p)--() } AND size(keys(p)) = 1
DELETE p
`,
);

/**
 * The people whose `contentHash` is one of `$hashes` (src/loader/content-hash.ts): the graph holds
 * exactly what the résumé with that hash gives, so loading it again would change nothing. Rows
 * {hash, id, roles}. Served by the index on Person.contentHash.
 */
export const peopleByContentHash = cypher(
  'loader.peopleByContentHash',
  `CYPHER replan=skip
UNWIND $hashes AS hash
MATCH (p:${Label.Person} {contentHash: hash})
RETURN hash, p.id AS id, COUNT { (p)-[:${RelType.HELD}]->() } AS roles
`,
);

/**
 * `empty`: whether the graph holds no node of a résumé (read from Neo4j's count store); bookkeeping
 * nodes (model.ts, Bookkeeping) do not count.
 */
export const emptyGraph = cypher(
  'loader.emptyGraph',
  `MATCH (n:${Label.Entity}) RETURN count(n) = 0 AS empty`,
);
