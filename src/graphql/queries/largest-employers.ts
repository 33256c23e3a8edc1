import { cypher } from '../../db/cypher-query.js';
import { Label, RelType, roleInCompanyGroupFromRole } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';
import { byName } from './cypher-order.js';

/**
 * Companies by the number of distinct people who held a role there or at a subsidiary (PART_OF, at
 * any depth), then by name. Companies nobody worked at are left out.
 */
export const largestEmployersQuery = cypher(
  'largestEmployers',
  `
  MATCH (p:${Label.Person})-[:${RelType.HELD}]->${roleInCompanyGroupFromRole('', `c:${Label.Company}`)}
  WITH c, count(DISTINCT p) AS people
  ORDER BY people DESC, ${byName('c')}
  LIMIT toInteger($first)
  RETURN ${entityProjection('c')} AS company, people AS count
  `,
);
