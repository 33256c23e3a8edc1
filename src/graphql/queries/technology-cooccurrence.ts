import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';
import { byName } from './cypher-order.js';
import { namedNode } from './find-named.js';

/**
 * Technologies most often used together with one: roles and projects that USED both (`count`), and
 * the distinct people behind those roles and projects (`people`); most first, then by people and
 * name. Read through the derived USES (src/loader/technology-uses.ts): a role or project in the
 * evidence of a person's USES of both technologies is one that used both, and that person's. `$technology` (LookupNeedles) names the technology as `technology(id)` does, by any
 * spelling (`k8s`). Always one row: `technology` is null when nothing is called that.
 */
export const technologyCooccurrenceQuery = cypher(
  'technologyCooccurrence',
  `
  ${namedNode('tech', Label.Technology, 'technology')}
  CALL (tech) {
    MATCH (tech)<-[u:${RelType.USES}]-(person:${Label.Person})-[v:${RelType.USES}]->(other:${Label.Technology})
    WHERE other <> tech
    UNWIND [used IN u.roles + u.projects WHERE used IN v.roles + v.projects] AS both
    WITH other, count(DISTINCT both) AS count, count(DISTINCT person) AS people
    ORDER BY count DESC, people DESC, ${byName('other')}
    LIMIT toInteger($first)
    RETURN collect({ technology: ${entityProjection('other')}, count: count, people: people }) AS cooccurrences
  }
  RETURN ${entityProjection('tech')} AS technology, cooccurrences
  `,
);
