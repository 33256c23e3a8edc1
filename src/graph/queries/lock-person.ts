import { cypher } from '../../db/cypher-query.js';
import { Label } from '../model.js';

/**
 * First statement of a résumé's transaction: makes sure the person's node exists and holds its
 * write lock until commit, so two loads of the same person (say, two API imports at once) run one
 * after the other and the second diffs against what the first wrote. Returns whether the node was
 * created here. The `_new` and `_lock` properties never outlive the statement.
 */
export const lockPerson = cypher(
  'loader.lockPerson',
  `CYPHER replan=skip
MERGE (p:${Label.Person} {id: $personId})
ON CREATE SET p._new = true
WITH p, p._new IS NOT NULL AS created
SET p._lock = true
REMOVE p._lock, p._new
RETURN created
`,
);
