import { cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/**
 * People ranked by weighted Jaccard similarity to `$personId` over their USES relationships, whose
 * `weight` is the strongest way they used the technology (src/loader/technology-uses.ts: role 3,
 * project 2, skill 1): score = Σ min / Σ max over the union of both people's technologies, i.e.
 * Σmin / (Σa + Σb − Σmin), where Σa and Σb are the people's `technologyWeight`. Only people sharing at least one technology (score > 0) are
 * candidates. Shared technologies heaviest first: by the smaller of the two weights, then the
 * larger, then name. Always one row: `found` says whether the person exists.
 */
export const similarPeopleQuery = cypher(
  'similarPeople',
  `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    MATCH (me)-[mine:USES]->(t:Technology)<-[theirs:USES]-(other:Person)
    WHERE other <> me
    WITH me, other, t, mine.weight AS a, theirs.weight AS b
    WITH me, other, t, CASE WHEN a < b THEN a ELSE b END AS low, CASE WHEN a < b THEN b ELSE a END AS high
    ORDER BY other.id, low DESC, high DESC, t.name, t.id
    WITH me, other, sum(low) AS minSum, collect(t) AS shared
    WITH other, shared, toFloat(minSum) / (me.technologyWeight + other.technologyWeight - minSum) AS score
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
