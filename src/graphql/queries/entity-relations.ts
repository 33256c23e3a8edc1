import { usageProjection } from '../../career/usage-as-of.js';
import { cypher } from '../../db/cypher-query.js';
import { MAX_PARENT_DEPTH } from '../../graph/model.js';
import { cypherEarliestFirst, cypherLastMonth, cypherListsOldestFirst } from '../../resume/recency.js';
import { entityProjection as node } from '../entity-kind.js';
import { usageEvidence } from './technology-use-fragments.js';

const evidence = usageEvidence('u');

/*
 * The Cypher behind the per-request DataLoaders (src/graphql/loaders/create-loaders.ts). Each text
 * takes all the keys of one batch as `$ids` and returns one row per key that has anything:
 * `{ key, value }`, where value is an EntityRecord, a list of them, or a list of small maps whose
 * entity fields are EntityRecords. Orders are decided here, never in the resolvers.
 */

/** Any entity by id, whatever its kind. */
export const entityById = cypher(
  'entity.byId',
  `UNWIND $ids AS id
   MATCH (n:Entity {id: id})
   RETURN id AS key, ${node('n')} AS value`,
);

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
   ORDER BY rank, toLower(p.name), p.id
   RETURN id AS key, collect(${node('p')}) AS value`,
);

/** Education of a person, most recent first. */
export const personEducation = cypher(
  'person.education',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[s:STUDIED_AT]->(school:School)
   WITH id, s, school ORDER BY coalesce(s.startDate, '') DESC, toLower(school.name), school.id
   RETURN id AS key, collect({
     school: ${node('school')}, degree: s.degree, area: s.area, startDate: s.startDate, endDate: s.endDate
   }) AS value`,
);

/** Technologies a person lists as skills, by list then name. */
export const personSkills = cypher(
  'person.skills',
  `UNWIND $ids AS id
   MATCH (:Person {id: id})-[s:SKILLED_IN]->(t:Technology)
   WITH id, s, t ORDER BY s.group, toLower(t.name), t.id
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
   WITH id, u, t ORDER BY toLower(t.name), t.id
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

export const rolePerson = cypher(
  'role.person',
  `UNWIND $ids AS id
   MATCH (p:Person)-[:HELD]->(:Role {id: id})
   RETURN id AS key, ${node('p')} AS value`,
);

export const roleCompany = cypher(
  'role.company',
  `UNWIND $ids AS id
   MATCH (:Role {id: id})-[:AT]->(c:Company)
   RETURN id AS key, ${node('c')} AS value`,
);

export const roleTechnologies = cypher(
  'role.technologies',
  `UNWIND $ids AS id
   MATCH (:Role {id: id})-[:USED]->(t:Technology)
   WITH DISTINCT id, t ORDER BY toLower(t.name), t.id
   RETURN id AS key, collect(${node('t')}) AS value`,
);

export const roleProjects = cypher(
  'role.projects',
  `UNWIND $ids AS id
   MATCH (:Role {id: id})-[:WORKED_ON]->(p:Project)
   WITH DISTINCT id, p ORDER BY toLower(p.name), p.id
   RETURN id AS key, collect(${node('p')}) AS value`,
);

// ---- Company --------------------------------------------------------------------------------------

export const companyParent = cypher(
  'company.parent',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})-[:PART_OF]->(parent:Company)
   RETURN id AS key, ${node('parent')} AS value`,
);

export const companySubsidiaries = cypher(
  'company.subsidiaries',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})<-[:PART_OF]-(s:Company)
   WITH DISTINCT id, s ORDER BY toLower(s.name), s.id
   RETURN id AS key, collect(${node('s')}) AS value`,
);

/** Roles held at the company itself, earliest first (undated last). */
export const companyOwnRoles = cypher(
  'company.roles',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})<-[:AT]-(r:Role)
   WITH DISTINCT id, r ORDER BY ${cypherEarliestFirst('r')}
   RETURN id AS key, collect(${node('r')}) AS value`,
);

/** Roles held at the company or any of its subsidiaries (at any depth the catalogue allows), earliest first. */
export const companyRolesWithSubsidiaries = cypher(
  'company.rolesWithSubsidiaries',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)
   WITH DISTINCT id, r ORDER BY ${cypherEarliestFirst('r')}
   RETURN id AS key, collect(${node('r')}) AS value`,
);

/** People who held a role at the company or a subsidiary, by id. */
export const companyPeople = cypher(
  'company.people',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(:Role)<-[:HELD]-(p:Person)
   WITH DISTINCT id, p ORDER BY p.id
   RETURN id AS key, collect(${node('p')}) AS value`,
);

/** Technologies used in roles at the company or a subsidiary, by number of roles, then name. */
export const companyTechnologies = cypher(
  'company.technologies',
  `UNWIND $ids AS id
   MATCH (:Company {id: id})<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)-[:USED]->(t:Technology)
   WITH id, t, count(DISTINCT r) AS count ORDER BY count DESC, toLower(t.name), t.id
   RETURN id AS key, collect({ technology: ${node('t')}, count: count }) AS value`,
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
export const technologyCompanies = cypher(
  'technology.companies',
  `UNWIND $ids AS id
   MATCH (:Technology {id: id})<-[:USED]-(r:Role)-[:AT]->(c:Company)
   WITH id, c, count(DISTINCT r) AS count ORDER BY count DESC, toLower(c.name), c.id
   RETURN id AS key, collect({ company: ${node('c')}, count: count }) AS value`,
);

export const technologyProjects = cypher(
  'technology.projects',
  `UNWIND $ids AS id
   MATCH (:Technology {id: id})<-[:USED]-(p:Project)
   WITH DISTINCT id, p ORDER BY toLower(p.name), p.id
   RETURN id AS key, collect(${node('p')}) AS value`,
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

export const projectRoles = cypher(
  'project.roles',
  `UNWIND $ids AS id
   MATCH (:Project {id: id})<-[:WORKED_ON]-(r:Role)
   WITH DISTINCT id, r ORDER BY ${cypherEarliestFirst('r')}
   RETURN id AS key, collect(${node('r')}) AS value`,
);

export const projectTechnologies = cypher(
  'project.technologies',
  `UNWIND $ids AS id
   MATCH (:Project {id: id})-[:USED]->(t:Technology)
   WITH DISTINCT id, t ORDER BY toLower(t.name), t.id
   RETURN id AS key, collect(${node('t')}) AS value`,
);

// ---- School ---------------------------------------------------------------------------------------

export const schoolAlumni = cypher(
  'school.alumni',
  `UNWIND $ids AS id
   MATCH (:School {id: id})<-[s:STUDIED_AT]-(p:Person)
   WITH id, s, p ORDER BY coalesce(s.startDate, ''), p.id
   RETURN id AS key, collect({
     person: ${node('p')}, degree: s.degree, area: s.area, startDate: s.startDate, endDate: s.endDate
   }) AS value`,
);
