import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';
import { byName } from './cypher-order.js';
import { usageEvidence } from './technology-use-fragments.js';

const evidence = usageEvidence('uses');

/**
 * Technologies used by at least `$minPeople` of `$personIds`, most shared first (then by name),
 * each with its users and their evidence (roles in document order, projects by name, skill flag).
 * Always one row: `missing` lists the ids with no Person (then `technologies` is empty).
 */
export const sharedTechnologiesQuery = cypher(
  'sharedTechnologies',
  `
  UNWIND $personIds AS personId
  OPTIONAL MATCH (person:${Label.Person} {id: personId})
  WITH collect(person) AS people, collect(CASE WHEN person IS NULL THEN personId END) AS missing
  CALL (people, missing) {
    UNWIND CASE WHEN size(missing) = 0 THEN people ELSE [] END AS p
    MATCH (p)-[uses:${RelType.USES}]->(t:${Label.Technology})
    WITH t, collect({ person: p, uses: uses }) AS users
    WHERE size(users) >= $minPeople
    UNWIND users AS user
    WITH t, user.person AS u, user.uses AS uses
    WITH t, u, ${evidence.roles} AS roles, ${evidence.projects} AS projects, ${evidence.skill} AS skill
    ORDER BY u.id
    WITH t, collect({ person: ${entityProjection('u')}, roles: roles, projects: projects, skill: skill }) AS users
    ORDER BY size(users) DESC, ${byName('t')}
    RETURN collect({ technology: ${entityProjection('t')}, peopleCount: size(users), people: users }) AS technologies
  }
  RETURN missing, technologies
  `,
);
