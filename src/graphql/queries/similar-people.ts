import { cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/**
 * People ranked by weighted Jaccard similarity to `$personId` over their USES relationships, whose
 * `weight` is the strongest way they used the technology (src/loader/technology-uses.ts: role 3,
 * project 2, skill 1): score = Σ min / Σ max over the union of both people's technologies, i.e.
 * Σmin / (Σa + Σb − Σmin). Only people sharing at least one technology (score > 0) are
 * candidates. Shared technologies heaviest first: by the smaller of the two weights, then the
 * larger, then name. Always one row: `found` says whether the person exists.
 */
export const similarPeopleQuery = cypher(
  'similarPeople',
  `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    CALL (me) {
      MATCH (me)-[mine:USES]->(:Technology)
      RETURN sum(mine.weight) AS myTotal
    }
    MATCH (me)-[mine:USES]->(t:Technology)<-[theirs:USES]-(other:Person)
    WHERE other <> me
    WITH myTotal, other, t,
      CASE WHEN mine.weight < theirs.weight THEN mine.weight ELSE theirs.weight END AS low,
      CASE WHEN mine.weight < theirs.weight THEN theirs.weight ELSE mine.weight END AS high
    ORDER BY other.id, low DESC, high DESC, t.name, t.id
    WITH myTotal, other, sum(low) AS minSum, collect(t) AS shared
    CALL (other) {
      MATCH (other)-[theirs:USES]->(:Technology)
      RETURN sum(theirs.weight) AS otherTotal
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
