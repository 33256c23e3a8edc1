import { Label } from '../../graph/model.js';
import { entityProjection as node } from '../entity-kind.js';
import { byName } from './cypher-order.js';

/*
 * "This person used this technology" is one relationship, `(:Person)-[:USES]->(:Technology)`,
 * which the loader derives with its evidence (src/loader/technology-uses.ts). Questions find the
 * pairs through it and read the evidence off it, all through `usageEvidence` below: the entity
 * fields, the compiled selections (src/graphql/translate/relations.ts), experts and gaps list the
 * same roles and projects in the same order. Built only from literal variable names of our own
 * query texts, never from input.
 */

/** How a query names and projects the evidence; the defaults suit a query with one USES in scope. */
export interface EvidenceOptions {
  /** The variables bound to an evidence role and project (fresh ones inside a compiled query). */
  role?: string;
  project?: string;
  /** What each evidence role and project becomes (default: its entity record). */
  projectRole?: (role: string) => string;
  projectProject?: (project: string) => string;
}

/**
 * Cypher expressions for the evidence a USES relationship `u` records: `roles`, the roles that
 * used the technology (document order, then id); `projects`, the projects of a role or of the
 * person's own that did (by name, case ignored, then id); `skill`, whether it is a listed skill.
 * Each role and project is one index seek.
 */
export function usageEvidence(
  u: string,
  {
    role = 'evidenceRole',
    project = 'evidenceProject',
    projectRole = node,
    projectProject = node,
  }: EvidenceOptions = {},
): { roles: string; projects: string; skill: string } {
  return {
    roles: `COLLECT {
        MATCH (${role}:${Label.Role}) WHERE ${role}.id IN ${u}.roles
        WITH ${role} ORDER BY ${role}.order, ${role}.id RETURN ${projectRole(role)}
      }`,
    projects: `COLLECT {
        MATCH (${project}:${Label.Project}) WHERE ${project}.id IN ${u}.projects
        WITH ${project} ORDER BY ${byName(project)} RETURN ${projectProject(project)}
      }`,
    skill: `${u}.skill`,
  };
}
