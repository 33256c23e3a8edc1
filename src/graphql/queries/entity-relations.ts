import { usageProjection } from '../../career/usage-as-of.js';
import { cypher } from '../../db/cypher-query.js';
import { MAX_PARENT_DEPTH } from '../../graph/model.js';
import { cypherEarliestFirst, cypherLastMonth, cypherListsOldestFirst } from '../../resume/recency.js';
import { entityProjection as node } from '../entity-kind.js';
import { usageEvidence } from './technology-use-fragments.js';

/*
 * The Cypher behind the per-request DataLoaders (src/graphql/loaders/create-loaders.ts). Each text
 * takes all the keys of one batch as `$ids` and returns one row per key that has anything:
 * `{ key, value }`, where value is an EntityRecord, a list of them, or a list of small maps whose
 * entity fields are EntityRecords. Orders are decided here, never in the resolvers.
 */

const evidence = usageEvidence('u');

/** The order by name most lists use, the id breaking ties. */
const byName = (v: string) => `toLower(${v}.name), ${v}.id`;

/** A loader text whose value per key is the one node `v` that `match` reaches from `id`. */
function oneByKey(name: string, match: string, v: string) {
  return cypher(
    name,
    `UNWIND $ids AS id
   MATCH ${match}
   RETURN id AS key, ${node(v)} AS value`,
  );
}

/** A loader text whose value per key is the list of distinct nodes `v` that `match` reaches from `id`, in `order`. */
function listByKey(name: string, match: string, v: string, order: string) {
  return cypher(
    name,
    `UNWIND $ids AS id
   MATCH ${match}
   WITH DISTINCT id, ${v} ORDER BY ${order}
   RETURN id AS key, collect(${node(v)}) AS value`,
  );
}

/**
 * A loader text whose value per key is `{ <field>: v, count }` for each node `v` that `match` reaches
 * from `id`, counting the distinct roles `r` that lead to it, most first, then by name.
 */
function countedByKey(name: string, match: string, v: string, field: string) {
  return cypher(
    name,
    `UNWIND $ids AS id
   MATCH ${match}
   WITH id, ${v}, count(DISTINCT r) AS count ORDER BY count DESC, ${byName(v)}
   RETURN id AS key, collect({ ${field}: ${node(v)}, count: count }) AS value`,
  );
}

/** The fields of a STUDIED_AT relationship `s`, with the node at its other end as `field`. */
const studied = (field: string, v: string) =>
  `{
     ${field}: ${node(v)}, degree: s.degree, area: s.area, startDate: s.startDate, endDate: s.endDate
   }`;

/** Any entity by id, whatever its kind. */
export const entityById = oneByKey('entity.byId', '(n:Entity {id: id})', 'n');

// ---- Person ---------------------------------------------------------------------------------------

/** Roles of a person, in the document's order. */
export const personRoles = cypher(
  'person.roles',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[:HELD]->(r:Role)
   WITH id, r ORDER BY r.order, r.id
   RETURN id AS key, collect(${node('r')}) AS value`,
);

/** Projects of a person: those of their roles (in role order), then their own. */
export const personProjects = cypher(
  'person.projects',
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})
   CALL (person) {
     MATCH (person)-[:HELD]->(r:Role)-[:WORKED_ON]->(p:Project)
     RETURN p, r.order AS rank
     UNION ALL
     MATCH (person)-[:WORKED_ON]->(p:Project)
     RETURN p, 1000000 AS rank
   }
   WITH id, p, min(rank) AS rank
   ORDER BY rank, ${byName('p')}
   RETURN id AS key, collect(${node('p')}) AS value`,
);

/** Education of a person, most recent first. */
export const personEducation = cypher(
  'person.education',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[s:STUDIED_AT]->(school:School)
   WITH id, s, school ORDER BY coalesce(s.startDate, '') DESC, ${byName('school')}
   RETURN id AS key, collect(${studied('school', 'school')}) AS value`,
);

/** Technologies a person lists as skills, by list then name. */
export const personSkills = cypher(
  'person.skills',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[s:SKILLED_IN]->(t:Technology)
   WITH id, s, t ORDER BY s.group, ${byName('t')}
   RETURN id AS key, collect({ technology: ${node('t')}, group: s.group }) AS value`,
);

/**
 * Every technology a person used (USES), with the evidence: the roles that used it, the projects
 * (of a role or their own) that used it, whether it is a listed skill, and the USES
 * relationship's dates, from which the loader counts the time of use.
 */
export const personTechnologies = cypher(
  'person.technologies',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[u:USES]->(t:Technology)
   WITH id, u, t ORDER BY ${byName('t')}
   WITH id, t, u, ${evidence.roles} AS roles, ${evidence.projects} AS projects, ${evidence.skill} AS skill
   RETURN id AS key, collect({
     technology: ${node('t')}, roles: roles, projects: projects, skill: skill, use: ${usageProjection('u')}
   }) AS value`,
);

/**
 * Employers (the companies of the roles, not their parents) with what the loader needs to order
 * them by recency (src/resume/recency.ts): whether a role there is current, the last month known
 * there, the document positions of the roles there, and whether the document lists a current role
 * after others (an oldest-first document).
 */
export const personEmployers = cypher(
  'person.employers',
  `UNWIND $ids AS id
   MATCH (person:Person {id: id})-[:HELD]->(r:Role)-[:AT]->(c:Company)
   WITH id, person, c,
        true IN collect(r.current) AS current,
        max(${cypherLastMonth('r')}) AS lastMonth,
        min(r.order) AS firstOrder, max(r.order) AS lastOrder
   WITH id, c, current, lastMonth, firstOrder, lastOrder,
        ${cypherListsOldestFirst('person', 'cr')} AS oldestFirst
   ORDER BY firstOrder
   RETURN id AS key, collect({
     company: ${node('c')}, current: current, lastMonth: lastMonth, firstOrder: firstOrder,
     lastOrder: lastOrder, oldestFirst: oldestFirst
   }) AS value`,
);

// ---- Role -----------------------------------------------------------------------------------------

export const rolePerson = oneByKey('role.person', '(p:Person)-[:HELD]->(:Role {id: id})', 'p');

export const roleCompany = oneByKey('role.company', '(:Role {id: id})-[:AT]->(c:Company)', 'c');

export const roleTechnologies = listByKey(
  'role.technologies',
  '(:Role {id: id})-[:USED]->(t:Technology)',
  't',
  byName('t'),
);

export const roleProjects = listByKey(
  'role.projects',
  '(:Role {id: id})-[:WORKED_ON]->(p:Project)',
  'p',
  byName('p'),
);

// ---- Company --------------------------------------------------------------------------------------

export const companyParent = oneByKey(
  'company.parent',
  '(:Company {id: id})-[:PART_OF]->(parent:Company)',
  'parent',
);

export const companySubsidiaries = listByKey(
  'company.subsidiaries',
  '(:Company {id: id})<-[:PART_OF]-(s:Company)',
  's',
  byName('s'),
);

/** Roles held at the company itself, earliest first (undated last). */
export const companyOwnRoles = listByKey(
  'company.roles',
  '(:Company {id: id})<-[:AT]-(r:Role)',
  'r',
  cypherEarliestFirst('r'),
);

/** Roles held at the company or any of its subsidiaries (at any depth the catalogue allows), earliest first. */
export const companyRolesWithSubsidiaries = listByKey(
  'company.rolesWithSubsidiaries',
  `(:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)`,
  'r',
  cypherEarliestFirst('r'),
);

/** People who held a role at the company or a subsidiary, by id. */
export const companyPeople = listByKey(
  'company.people',
  `(:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(:Role)<-[:HELD]-(p:Person)`,
  'p',
  'p.id',
);

/** Technologies used in roles at the company or a subsidiary, by number of roles, then name. */
export const companyTechnologies = countedByKey(
  'company.technologies',
  `(:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)-[:USED]->(t:Technology)`,
  't',
  'technology',
);

// ---- Technology -----------------------------------------------------------------------------------

/** Who used a technology (USES) and how (roles, projects of a role or their own, skills), by person id. */
export const technologyUsers = cypher(
  'technology.users',
  `UNWIND $ids AS id
   MATCH (:Technology {id: id})<-[u:USES]-(person:Person)
   WITH id, u, person ORDER BY person.id
   WITH id, person, ${evidence.roles} AS roles, ${evidence.projects} AS projects, ${evidence.skill} AS skill
   RETURN id AS key, collect({ person: ${node('person')}, roles: roles, projects: projects, skill: skill }) AS value`,
);

/** Companies where a role used the technology, by number of such roles, then name. */
export const technologyCompanies = countedByKey(
  'technology.companies',
  '(:Technology {id: id})<-[:USED]-(r:Role)-[:AT]->(c:Company)',
  'c',
  'company',
);

export const technologyProjects = listByKey(
  'technology.projects',
  '(:Technology {id: id})<-[:USED]-(p:Project)',
  'p',
  byName('p'),
);

// ---- Project --------------------------------------------------------------------------------------

/** People who worked on a project, in one of their roles or on their own, by id. */
export const projectPeople = cypher(
  'project.people',
  `UNWIND $ids AS id
   MATCH (project:Project {id: id})
   CALL (project) {
     MATCH (person:Person)-[:HELD]->(:Role)-[:WORKED_ON]->(project) RETURN person
     UNION
     MATCH (person:Person)-[:WORKED_ON]->(project) RETURN person
   }
   WITH id, person ORDER BY person.id
   RETURN id AS key, collect(${node('person')}) AS value`,
);

export const projectRoles = listByKey(
  'project.roles',
  '(:Project {id: id})<-[:WORKED_ON]-(r:Role)',
  'r',
  cypherEarliestFirst('r'),
);

export const projectTechnologies = listByKey(
  'project.technologies',
  '(:Project {id: id})-[:USED]->(t:Technology)',
  't',
  byName('t'),
);

// ---- School ---------------------------------------------------------------------------------------

export const schoolAlumni = cypher(
  'school.alumni',
  `UNWIND $ids AS id
   MATCH (:School {id: id})<-[s:STUDIED_AT]-(p:Person)
   WITH id, s, p ORDER BY coalesce(s.startDate, ''), p.id
   RETURN id AS key, collect(${studied('person', 'p')}) AS value`,
);
