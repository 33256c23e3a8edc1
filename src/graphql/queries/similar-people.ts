import { cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';
import { peopleOfTechnology, technologiesOfPerson } from './technology-use-fragments.js';

/**
 * People ranked by weighted Jaccard similarity to `$personId`: each person has a weight per
 * technology, the strongest way they used it (role 3, project 2, skill 1); score = Σ min / Σ max over
 * the union of both people's technologies, i.e. Σmin / (Σa + Σb − Σmin). Only people sharing at
 * least one technology (score > 0) are candidates. Shared technologies heaviest first: by the
 * smaller of the two weights, then the larger, then name.
 * Always one row: `found` says whether the person exists.
 */
export const similarPeopleQuery = cypher(
  'similarPeople',
  `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    CALL (me) {
      CALL (me) {${technologiesOfPerson('me')}
      }
      WITH t, max(w) AS a
      RETURN sum(a) AS myTotal
    }
    CALL (me) {${technologiesOfPerson('me')}
    }
    WITH me, myTotal, t, max(w) AS a
    CALL (t) {${peopleOfTechnology('t', 'other')}
    }
    WITH me, myTotal, t, a, other, max(w) AS b
    WHERE other <> me
    WITH myTotal, other, t, a, b,
      CASE WHEN a < b THEN a ELSE b END AS low,
      CASE WHEN a < b THEN b ELSE a END AS high
    ORDER BY other.id, low DESC, high DESC, t.name, t.id
    WITH myTotal, other, sum(low) AS minSum, collect(t) AS shared
    CALL (other) {
      CALL (other) {${technologiesOfPerson('other', 't2', 'w2')}
      }
      WITH t2, max(w2) AS weight
      RETURN sum(weight) AS otherTotal
    }
    WITH other, shared, toFloat(minSum) / (myTotal + otherTotal - minSum) AS score
    ORDER BY score DESC, other.id
    LIMIT toInteger($first)
    RETURN collect({
      person: ${entityProjection('other')},
      score: score,
      sharedTechnologies: [t IN shared | ${entityProjection('t')}]
    }) AS similar
  }
  RETURN me IS NOT NULL AS found, similar
  `,
);
