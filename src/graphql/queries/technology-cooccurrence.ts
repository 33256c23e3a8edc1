import { cypher } from '../../db/cypher-query.js';
import { Label } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';
import { namedNode } from './find-named.js';

/**
 * Technologies most often used together with one: roles and projects that USED both (`count`), and
 * the distinct people behind those roles and projects (`people`); most first, then by people and
 * name. `$technology` (LookupNeedles) names the technology as `technology(id)` does, by any
 * spelling (`k8s`). Always one row: `technology` is null when nothing is called that.
 */
export const technologyCooccurrenceQuery = cypher(
  'technologyCooccurrence',
  `
  ${namedNode('tech', Label.Technology, 'technology')}
  CALL (tech) {
    MATCH (tech)<-[:USED]-(both)-[:USED]->(other:Technology)
    WHERE other <> tech
    OPTIONAL MATCH (person:Person)-[:HELD|WORKED_ON*1..2]->(both)
    WITH other, count(DISTINCT both) AS count, count(DISTINCT person) AS people
    ORDER BY count DESC, people DESC, other.name, other.id
    LIMIT toInteger($first)
    RETURN collect({ technology: ${entityProjection('other')}, count: count, people: people }) AS cooccurrences
  }
  RETURN ${entityProjection('tech')} AS technology, cooccurrences
  `,
);
