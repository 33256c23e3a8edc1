import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { entityProjection } from '../graphql/entity-kind.js';
import { namedNodeOf } from '../graphql/queries/find-named.js';

const { Person, Technology, Role, Project } = Label;
const { USES, HELD } = RelType;

/**
 * Map entries `roles` and `projects`: the records of the roles and projects a USES relationship `u`
 * of person `p` names as its evidence, in id order (gaps and experts show the same evidence).
 */
export const useEvidence = `roles: COLLECT {
        MATCH (p)-[:${HELD}]->(r:${Role}) WHERE r.id IN coalesce(u.roles, [])
        RETURN ${entityProjection('r')} ORDER BY r.id
      },
      projects: COLLECT {
        MATCH (project:${Project}) WHERE project.id IN coalesce(u.projects, [])
        RETURN ${entityProjection('project')} ORDER BY project.id
      }`;

/**
 * The person and, for each of `$technologies` (LookupNeedles, in order: any spelling, found as
 * `experts` finds them), the spelling, the technology node it names when the graph has one and the
 * person's USES relationship to it with its evidence (roles and projects as records, in id order).
 * No row when the person does not exist. Cost: one name lookup and one USES lookup per technology
 * asked (at most `maxGapTechnologies`) plus the roles and projects it names.
 */
export const gapsQuery = cypher(
  'gaps',
  `
  MATCH (p:${Person} {id: $personId})
  CALL (p) {
    UNWIND range(0, size($technologies) - 1) AS index
    WITH p, index, $technologies[index] AS needles
    ${namedNodeOf('t', Technology, 'needles')}
    WITH p, index, needles, t ORDER BY index
    OPTIONAL MATCH (p)-[u:${USES}]->(t)
    RETURN collect({
      spelling: needles.spelling,
      technology: CASE WHEN t IS NULL THEN null ELSE ${entityProjection('t')} END,
      use: CASE WHEN u IS NULL THEN null ELSE u { .* } END,
      ${useEvidence}
    }) AS items
  }
  RETURN items
  `,
);

/** The technology nodes among `$ids` that the graph has. */
export const technologiesByIdQuery = cypher(
  'requirements',
  `
  UNWIND $ids AS technologyId
  MATCH (t:${Technology} {id: technologyId})
  RETURN ${entityProjection('t')} AS technology
  `,
);
