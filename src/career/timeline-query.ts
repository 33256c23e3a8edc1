import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { cypherYearOfMonth } from '../graph/months.js';
import { type EntityRecord, entityProjection } from '../graphql/entity-kind.js';
import { byName } from '../graphql/queries/cypher-order.js';
import { type DatedUseProperties, usageIntervalsCypher } from './usage-as-of.js';

const { Person, Role, Technology } = Label;
const { HELD, USES } = RelType;

/**
 * Per person id in `$ids`: their roles (by start month, then id) and the dated part of each USES
 * relationship (src/loader/technology-uses.ts), technologies by name. src/career/timeline.ts
 * places them in years. Cost: the person's own roles and technologies.
 */
export const personTimelineQuery = cypher(
  'personTimeline',
  `
  UNWIND $ids AS id
  MATCH (p:${Person} {id: id})
  RETURN id AS key, {
    roles: COLLECT {
      MATCH (p)-[:${HELD}]->(r:${Role})
      RETURN ${entityProjection('r')} ORDER BY r.startMonth, r.id
    },
    uses: COLLECT {
      MATCH (p)-[u:${USES}]->(t:${Technology})
      WHERE u.spans IS NOT NULL OR (u.current AND u.currentSince IS NOT NULL)
      RETURN {
        technology: ${entityProjection('t')},
        use: { spans: coalesce(u.spans, []), current: u.current, currentSince: u.currentSince }
      } ORDER BY ${byName('t')}
    }
  } AS value
  `,
);

/**
 * Per item of `$items` (`{key, id, now}`): for each year a dated use of technology `id` covers up
 * to the month `now` (src/career/usage-as-of.ts `usageIntervals`), how many people it covers.
 * Counted in the database, so the answer is one row per year however many people used it. Cost:
 * the technology's USES.
 */
export const technologyAdoptionQuery = cypher(
  'technologyAdoption',
  `
  UNWIND $items AS item
  MATCH (t:${Technology} {id: item.id})
  CALL (t, item) {
    MATCH (t)<-[u:${USES}]-(p:${Person})
    UNWIND ${usageIntervalsCypher('u', 'toInteger(item.now)')} AS interval
    UNWIND range(${cypherYearOfMonth('interval[0]')}, ${cypherYearOfMonth('interval[1]')}) AS year
    WITH year, count(DISTINCT p) AS people
    ORDER BY year
    RETURN collect({ year: year, people: people }) AS years
  }
  RETURN item.key AS key, years AS value
  `,
);

/** A row of `personTimelineQuery`. */
export interface PersonTimelineRecord {
  roles: EntityRecord[];
  uses: { technology: EntityRecord; use: DatedUseProperties }[];
}
