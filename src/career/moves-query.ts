import { cypher } from '../db/cypher-query.js';
import { companyInGroup, Label, RelType } from '../graph/model.js';
import { type EntityRecord, entityProjection } from '../graphql/entity-kind.js';
import { namedNode } from '../graphql/queries/find-named.js';
import type { PathRole } from './moves.js';

const { Person, Role, Company } = Label;
const { HELD, AT } = RelType;

/**
 * A person's roles with a start month, each with its company's id, and with its company's record
 * when `companyRecord` (Person.moves; careerMoves reads each company once instead).
 */
const datedRoles = (person: string, companyRecord: boolean) => `COLLECT {
    MATCH (${person})-[:${HELD}]->(r:${Role})-[:${AT}]->(co:${Company})
    WHERE r.startMonth IS NOT NULL
    RETURN { role: ${entityProjection('r')}, company: co.id${companyRecord ? `, record: ${entityProjection('co')}` : ''} } AS item
  }`;

/** A dated role of `personMovesQuery`: with its company's record. */
export interface PathRoleRecord extends PathRole {
  record: EntityRecord;
}

/** Per person id in `$ids`: their dated roles (src/career/moves.ts orders and joins them). */
export const personMovesQuery = cypher(
  'personMoves',
  `
  UNWIND $ids AS id
  MATCH (p:${Person} {id: id})
  RETURN id AS key, ${datedRoles('p', true)} AS value
  `,
);

/**
 * The company `$company` names (LookupNeedles: an id or any spelling, as everywhere in the API), its
 * family (itself and its subsidiaries, ids), and every person with a dated role in the family: their
 * id and the steps of their path (Person.companyPath, which the loader stores: src/graph/career-path.ts),
 * or, for a person loaded before it was stored (null), their dated roles as much as a path needs (id,
 * months, current, company id). No row when the company does not exist. Cost: the family's roles
 * and one property per person; the records of the companies and people the answer shows are
 * fetched afterwards by id (moves-resolvers.ts), so a big employer does not send its whole staff.
 */
export const careerMovesQuery = cypher(
  'careerMoves',
  `
  ${namedNode('c', Label.Company, 'company')}
  WITH c WHERE c IS NOT NULL
  WITH c, COLLECT { MATCH ${companyInGroup('c', 'f')} RETURN DISTINCT f.id } AS family
  CALL (family) {
    MATCH (f:${Company})<-[:${AT}]-(r:${Role})<-[:${HELD}]-(p:${Person})
    WHERE f.id IN family AND r.startMonth IS NOT NULL
    WITH DISTINCT p
    WITH p, p.companyPath AS path
    RETURN collect({
      person: p.id,
      path: path,
      roles: CASE WHEN path IS NULL THEN COLLECT {
        MATCH (p)-[:${HELD}]->(r:${Role})-[:${AT}]->(co:${Company})
        WHERE r.startMonth IS NOT NULL
        RETURN { role: r { .id, .startMonth, .endMonth, .current }, company: co.id } AS item
      } END
    }) AS people
  }
  RETURN ${entityProjection('c')} AS company, family, people
  `,
);
