import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import { Label } from '../../graph/model.js';
import { entityProjection as node } from '../entity-kind.js';
import { type EntityTypeName, entityTypes } from '../translate/relations.js';

/*
 * The Cypher behind the per-request DataLoaders (src/graphql/loaders/create-loaders.ts). Each text
 * takes all the keys of one batch as `$ids` and returns one row per key: `{ key, value }`, where
 * value is an EntityRecord (or null), a list of them, or a list of small maps whose entity fields
 * are EntityRecords. A relation's text is the compiler's own (src/graphql/translate/relations.ts)
 * evaluated per key with whole entities projected, so the entity root fields and the loaders give
 * the same answers in the same order.
 */

/** Any entity by id, whatever its kind. */
export const entityById = cypher(
  'entity.byId',
  `UNWIND $ids AS id
   MATCH (n:${Label.Entity} {id: id})
   RETURN id AS key, ${node('n')} AS value`,
);

/** The batched text of `type`'s `relation`, named `type.relation` unless `name` says. */
function relationQuery(
  type: EntityTypeName,
  relation: string,
  args: Record<string, unknown> = {},
  name = `${type.toLowerCase()}.${relation}`,
): CypherQuery {
  const definition = entityTypes[type].relations[relation];
  if (!definition) throw new Error(`${type} has no relation ${relation}`);
  let next = 0;
  const fresh = () => `v${next++}`;
  const from = fresh();
  const value = (definition.standalone ?? definition.cypher)({
    from,
    fresh,
    project: (_part, variable) => node(variable),
    args,
  });
  return cypher(
    name,
    `UNWIND $ids AS id
   MATCH (${from}:${Label[type]} {id: id})
   RETURN id AS key, ${value} AS value`,
  );
}

/** Roles of a person, in the document's order. */
export const personRoles = relationQuery('Person', 'roles');
/** Projects of a person: those of their roles (in role order), then their own. */
export const personProjects = relationQuery('Person', 'projects');
/** Education of a person, most recent first. */
export const personEducation = relationQuery('Person', 'education');
/** Technologies a person lists as skills, by list then name. */
export const personSkills = relationQuery('Person', 'skills');
/**
 * Every technology a person used (USES), by name, with the evidence and the USES relationship's
 * dates, from which the loader counts the time of use.
 */
export const personTechnologies = relationQuery('Person', 'technologies');
/** Employers with what the loader needs to order them by recency (src/resume/recency.ts). */
export const personEmployers = relationQuery('Person', 'employers');

export const rolePerson = relationQuery('Role', 'person');
export const roleCompany = relationQuery('Role', 'company');
export const roleTechnologies = relationQuery('Role', 'technologies');
export const roleProjects = relationQuery('Role', 'projects');

export const companyParent = relationQuery('Company', 'parent');
export const companySubsidiaries = relationQuery('Company', 'subsidiaries');
/** Roles held at the company itself, earliest first (undated last). */
export const companyOwnRoles = relationQuery('Company', 'roles', { includeSubsidiaries: false });
/** Roles held at the company or any of its subsidiaries, earliest first. */
export const companyRolesWithSubsidiaries = relationQuery(
  'Company',
  'roles',
  { includeSubsidiaries: true },
  'company.rolesWithSubsidiaries',
);
export const companyPeople = relationQuery('Company', 'people');
/** Technologies used in roles at the company or a subsidiary, by number of such roles, then name. */
export const companyTechnologies = relationQuery('Company', 'technologies');

export const technologyUsers = relationQuery('Technology', 'users');
/** Companies where a role used the technology, by number of such roles, then name. */
export const technologyCompanies = relationQuery('Technology', 'companies');
export const technologyProjects = relationQuery('Technology', 'projects');

export const projectPeople = relationQuery('Project', 'people');
export const projectRoles = relationQuery('Project', 'roles');
export const projectTechnologies = relationQuery('Project', 'technologies');

export const schoolAlumni = relationQuery('School', 'alumni');
