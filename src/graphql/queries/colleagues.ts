import { cypher } from '../../db/cypher-query.js';
import { MAX_PARENT_DEPTH } from '../../graph/model.js';
import { cypherMonthText } from '../../graph/months.js';
import { entityProjection } from '../entity-kind.js';

/**
 * Pairs of roles (the person's, someone else's) at the same company or at companies under the same
 * root company (following PART_OF as far as the catalogue goes), overlapping by at least `$minOverlapMonths`.
 * A role needs a start month and an end month (a current role ends at `$currentMonth`); roles
 * without them cannot overlap. Overlap = min(end) - max(start) + 1 months.
 * The `$first` longest overlaps. Always one row: `found` says whether the person exists.
 */
export const colleaguesQuery = cypher(
  'colleagues',
  `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    MATCH (me)-[:HELD]->(mine:Role)-[:AT]->(myCompany:Company)
    WHERE mine.startMonth IS NOT NULL AND (mine.endMonth IS NOT NULL OR mine.current)
    MATCH (myCompany)-[:PART_OF*0..${MAX_PARENT_DEPTH}]->(root:Company)
    WHERE NOT (root)-[:PART_OF]->(:Company)
    MATCH (root)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(company:Company)<-[:AT]-(theirs:Role)<-[:HELD]-(other:Person)
    WHERE other <> me AND theirs.startMonth IS NOT NULL AND (theirs.endMonth IS NOT NULL OR theirs.current)
    WITH DISTINCT me, mine, theirs, company, other,
      CASE WHEN mine.current THEN toInteger($currentMonth) ELSE mine.endMonth END AS myEnd,
      CASE WHEN theirs.current THEN toInteger($currentMonth) ELSE theirs.endMonth END AS theirEnd
    WITH mine, theirs, company, other,
      CASE WHEN mine.startMonth > theirs.startMonth THEN mine.startMonth ELSE theirs.startMonth END AS fromMonth,
      CASE WHEN myEnd < theirEnd THEN myEnd ELSE theirEnd END AS toMonth
    WITH mine, theirs, company, other, fromMonth, toMonth, toMonth - fromMonth + 1 AS overlapMonths
    WHERE overlapMonths >= $minOverlapMonths
    ORDER BY overlapMonths DESC, other.id, theirs.id, mine.id
    LIMIT toInteger($first)
    RETURN collect({
      person: ${entityProjection('other')},
      company: ${entityProjection('company')},
      overlapMonths: overlapMonths,
      from: ${cypherMonthText('fromMonth')},
      to: ${cypherMonthText('toMonth')},
      role: ${entityProjection('mine')},
      colleagueRole: ${entityProjection('theirs')}
    }) AS colleagues
  }
  RETURN me IS NOT NULL AS found, colleagues
  `,
);
