import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { entityProjection } from '../graphql/entity-kind.js';
import { namedNodeOf } from '../graphql/queries/find-named.js';
import { usageEvidence } from '../graphql/queries/technology-use-fragments.js';

const { Person, Technology } = Label;
const { USES } = RelType;

const evidence = usageEvidence('u');

/**
 * Map entries `roles` and `projects`: the records of the roles and projects the USES relationship
 * `u` in scope names as its evidence (gaps and experts show the same evidence as Person.technologies).
 */
export const useEvidence = `roles: ${evidence.roles}, projects: ${evidence.projects}`;

/**
 * The person and, for each of `$technologies` (LookupNeedles, in order: any spelling, found as
 * `experts` finds them), the spelling, the technology node it names when the graph has one and the
 * person's USES relationship to it with its evidence (roles and projects as records).
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
