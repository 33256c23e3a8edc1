import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';
import { byName } from './cypher-order.js';

/** Technologies by the number of people who used them (their USES relationships), then by name. */
export const topTechnologiesQuery = cypher(
  'topTechnologies',
  `
  MATCH (t:${Label.Technology})
  WITH t, COUNT { (t)<-[:${RelType.USES}]-(:${Label.Person}) } AS people
  WHERE people > 0
  ORDER BY people DESC, ${byName('t')}
  LIMIT toInteger($first)
  RETURN ${entityProjection('t')} AS technology, people AS count
  `,
);
