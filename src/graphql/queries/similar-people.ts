import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/**
 * similarPeople reads the users of the person's rarest technologies, at most this many in all
 * (more only when the rarest alone has more), to find candidates.
 */
export const SIMILAR_USERS_READ = 10_000;
/** Of those candidates, this many, the most similar over the technologies read, are scored over all. */
export const SIMILAR_CANDIDATES_SCORED = 200;

/** Cypher: the position of `item` in `list` (both variables of our own texts). */
const indexIn = (list: string, item: string) =>
  `head([i IN range(0, size(${list}) - 1) WHERE ${list}[i] = ${item}])`;

/**
 * People ranked by weighted Jaccard similarity to `$personId` over their USES relationships, whose
 * `weight` is the strongest way they used the technology (src/loader/technology-uses.ts: role 3,
 * project 2, skill 1): score = Σ min / Σ max over the union of both people's technologies, i.e.
 * Σmin / (Σa + Σb − Σmin), where Σa and Σb are the people's `technologyWeight`. Shared
 * technologies heaviest first: by the smaller of the two weights, then the larger, then name.
 * Always one row: `found` says whether the person exists.
 *
 * Bounded: the person's technologies are taken rarest first (fewest users, then id), the rarest
 * one and then as many as keep their users together within SIMILAR_USERS_READ; everyone who used
 * one of them is a candidate, the SIMILAR_CANDIDATES_SCORED most similar over those technologies
 * (then by id) are scored over all of them, and the best `$first` of those are the answer. So the
 * work does not grow with the graph (a technology's users are its USES degree, from the count
 * store: only people have USES). When every technology is taken, the pre-ranking is the score
 * itself and the answer the exact ranking; past that it can miss people who share mostly common
 * technologies.
 */
export const similarPeopleQuery = similarPeopleCypher(SIMILAR_USERS_READ, SIMILAR_CANDIDATES_SCORED);

/**
 * The query of similarPeopleQuery with other bounds: with both past the graph's size it reads every
 * technology and scores every candidate, the exact ranking the bounded one is measured against
 * (bench/compare/similar-recall.ts). The bounds are whole numbers of our own, never user input.
 */
export function similarPeopleCypher(usersRead: number, candidatesScored: number): CypherQuery {
  for (const [name, bound] of Object.entries({ usersRead, candidatesScored })) {
    if (!Number.isSafeInteger(bound) || bound < 1) {
      throw new RangeError(
        `similarPeopleCypher: ${name} is ${bound}; expected a whole number of at least 1.`,
      );
    }
  }
  return cypher(
    'similarPeople',
    `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    MATCH (me)-[mine:USES]->(t:Technology)
    WITH me, t, mine.weight AS weight, COUNT { (t)<-[:USES]-() } AS users
    ORDER BY users, t.id
    WITH me, collect(t) AS technologies, collect(weight) AS weights, collect(users) AS users
    WITH me, technologies, weights,
      size([i IN range(0, size(users) - 1)
            WHERE i = 0 OR reduce(read = 0, n IN users[0..i + 1] | read + n) <= ${usersRead}]) AS taken
    CALL (me, technologies, weights, taken) {
      UNWIND range(0, taken - 1) AS i
      WITH me, technologies, taken, technologies[i] AS t, weights[i] AS a
      MATCH (t)<-[theirs:USES]-(other)
      WHERE other <> me
      // Σmin over these technologies; when they are not all of them, Σ of the person's own weights
      // (an upper bound of it) ranks as well and spares reading every candidate's weight.
      WITH me, other, sum(CASE WHEN taken < size(technologies) OR a <= theirs.weight THEN a ELSE theirs.weight END) AS near
      WITH other, toFloat(near) / (me.technologyWeight + other.technologyWeight - near) AS partial
      ORDER BY partial DESC, other.id
      LIMIT ${candidatesScored}
      RETURN other
    }
    CALL (technologies, weights, other) {
      MATCH (other)-[theirs:USES]->(t)
      WHERE t IN technologies
      WITH theirs.weight AS b, weights[${indexIn('technologies', 't')}] AS a
      RETURN sum(CASE WHEN a < b THEN a ELSE b END) AS minSum
    }
    WITH me, technologies, weights, other,
      toFloat(minSum) / (me.technologyWeight + other.technologyWeight - minSum) AS score
    ORDER BY score DESC, other.id
    LIMIT toInteger($first)
    CALL (technologies, weights, other) {
      MATCH (other)-[theirs:USES]->(t)
      WHERE t IN technologies
      WITH t, weights[${indexIn('technologies', 't')}] AS a, theirs.weight AS b
      WITH t, CASE WHEN a < b THEN a ELSE b END AS low, CASE WHEN a < b THEN b ELSE a END AS high
      ORDER BY low DESC, high DESC, t.name, t.id
      RETURN collect(${entityProjection('t')}) AS sharedTechnologies
    }
    RETURN collect({
      person: ${entityProjection('other')},
      score: score,
      sharedTechnologies: sharedTechnologies
    }) AS similar
  }
  RETURN me IS NOT NULL AS found, similar
  `,
  );
}
