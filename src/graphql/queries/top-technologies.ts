import { cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/**
 * Technologies by the number of distinct people who used them (in a role, a project of a role,
 * their own project, or as a skill), then by name.
 */
export const topTechnologiesQuery = cypher(
  'topTechnologies',
  `
  CALL () {
    MATCH (p:Person)-[:HELD]->(:Role)-[:USED]->(t:Technology) RETURN p, t
    UNION
    MATCH (p:Person)-[:HELD]->(:Role)-[:WORKED_ON]->(:Project)-[:USED]->(t:Technology) RETURN p, t
    UNION
    MATCH (p:Person)-[:WORKED_ON]->(:Project)-[:USED]->(t:Technology) RETURN p, t
    UNION
    MATCH (p:Person)-[:SKILLED_IN]->(t:Technology) RETURN p, t
  }
  WITH t, count(p) AS people
  ORDER BY people DESC, t.name, t.id
  LIMIT toInteger($first)
  RETURN ${entityProjection('t')} AS technology, people AS count
  `,
);
