import { entityProjection as node } from '../entity-kind.js';

/*
 * "This person used this technology" is one relationship, `(:Person)-[:USES]->(:Technology)`,
 * which the loader derives with its evidence (src/loader/technology-uses.ts). Questions find the
 * pairs through it and read the evidence off it. Built only from literal variable names of our
 * own query texts, never from input.
 */

/**
 * Cypher expressions for the evidence a USES relationship `u` records: `roles`, the roles that
 * used the technology (document order); `projects`, the projects of a role or of the person's own
 * that did (by name); `skill`, whether it is a listed skill. Each role and project is one index seek.
 */
export function usageEvidence(u: string): { roles: string; projects: string; skill: string } {
  return {
    roles: `COLLECT {
        MATCH (evidenceRole:Role) WHERE evidenceRole.id IN ${u}.roles
        RETURN ${node('evidenceRole')} ORDER BY evidenceRole.order, evidenceRole.id
      }`,
    projects: `COLLECT {
        MATCH (evidenceProject:Project) WHERE evidenceProject.id IN ${u}.projects
        RETURN ${node('evidenceProject')} ORDER BY toLower(evidenceProject.name), evidenceProject.id
      }`,
    skill: `${u}.skill`,
  };
}
