import { entityProjection as node } from '../entity-kind.js';

/*
 * "This person used this technology" is one relationship, `(:Person)-[:USES]->(:Technology)`,
 * which the loader derives (src/loader/technology-uses.ts). Questions find the pairs through it;
 * this fragment gives, for a pair, the evidence the résumé states. Built only from literal
 * variable names of our own query texts, never from input.
 */

/**
 * Cypher expressions for the evidence that person `p` used technology `t` (both bound, with a USES
 * between them): `roles`, the person's roles that used it (document order); `projects`, the
 * projects of those roles or of their own that used it (by name); `skill`, whether it is listed.
 */
export function usageEvidence(p: string, t: string): { roles: string; projects: string; skill: string } {
  return {
    roles: `COLLECT {
        MATCH (${p})-[:HELD]->(evidenceRole:Role)-[:USED]->(${t})
        RETURN ${node('evidenceRole')} ORDER BY evidenceRole.order, evidenceRole.id
      }`,
    projects: `COLLECT {
        CALL (${p}, ${t}) {
          MATCH (${p})-[:HELD]->(:Role)-[:WORKED_ON]->(evidenceProject:Project)-[:USED]->(${t})
          RETURN evidenceProject
          UNION
          MATCH (${p})-[:WORKED_ON]->(evidenceProject:Project)-[:USED]->(${t})
          RETURN evidenceProject
        }
        RETURN ${node('evidenceProject')} ORDER BY toLower(evidenceProject.name), evidenceProject.id
      }`,
    skill: `EXISTS { MATCH (${p})-[:SKILLED_IN]->(${t}) }`,
  };
}
