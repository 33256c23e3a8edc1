import { type CypherQuery, cypher } from '../../src/db/cypher-query.js';
import { keptSimilarPeopleQuery, similarPeopleQuery } from '../../src/graphql/queries/similar-people.js';

/**
 * What our similarPeople resolver asks, as one statement for the peer's `@cypher` field and the
 * floor (each sends one): the kept list's query (keptSimilarPeopleQuery), and similarPeopleQuery
 * only when the list does not answer. Returns one row with `similar`, the same answer. Neither
 * keeps a list: the lists they read are those our API kept.
 */
export const similarPeopleOneStatement: CypherQuery = cypher(
  'bench.similarPeople.oneStatement',
  `CALL () {
${keptSimilarPeopleQuery.text}
}
WITH answered, similar AS keptSimilar
OPTIONAL CALL (answered) {
  WITH answered WHERE NOT answered
${similarPeopleQuery.text}
}
RETURN CASE WHEN answered THEN keptSimilar ELSE similar END AS similar`,
);
