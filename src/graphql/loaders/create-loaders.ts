import type DataLoader from 'dataloader';
import { type PathRoleRecord, personMovesQuery } from '../../career/moves-query.js';
import { technologyAdoptionLoader, type YearCount } from '../../career/timeline-loaders.js';
import { type PersonTimelineRecord, personTimelineQuery } from '../../career/timeline-query.js';
import type { Executor } from '../../db/Executor.js';
import type { EntityRecord } from '../entity-kind.js';
import * as q from '../queries/entity-relations.js';
import { listLoader, oneLoader } from './batch.js';
import { personEmployersLoader } from './person-employers-loader.js';
import { personTechnologiesLoader } from './person-technologies-loader.js';
import type {
  AlumnusRecord,
  CompanyCountRecord,
  EducationRecord,
  PersonTechnologyRecord,
  SkillRecord,
  TechnologyCountRecord,
  TechnologyUserRecord,
} from './records.js';

type One<T = EntityRecord> = DataLoader<string, T | null>;
type Many<T = EntityRecord> = DataLoader<string, T[]>;

/**
 * Per-request DataLoaders, keyed by entity id. Each batch is one Cypher query (`UNWIND $ids`), so
 * a nested request costs one query per relation level, whatever the number of entities.
 */
export interface Loaders {
  entity: One;
  personRoles: Many;
  personProjects: Many;
  personEducation: Many<EducationRecord>;
  personSkills: Many<SkillRecord>;
  personTechnologies: Many<PersonTechnologyRecord>;
  personEmployers: Many;
  rolePerson: One;
  roleCompany: One;
  roleTechnologies: Many;
  roleProjects: Many;
  companyParent: One;
  companySubsidiaries: Many;
  companyOwnRoles: Many;
  companyRoles: Many;
  companyPeople: Many;
  companyTechnologies: Many<TechnologyCountRecord>;
  technologyUsers: Many<TechnologyUserRecord>;
  technologyCompanies: Many<CompanyCountRecord>;
  technologyProjects: Many;
  projectPeople: Many;
  projectRoles: Many;
  projectTechnologies: Many;
  schoolAlumni: Many<AlumnusRecord>;
  personTimeline: One<PersonTimelineRecord>;
  personMoves: Many<PathRoleRecord>;
  /** Keyed by `adoptionKey(id, asOf)`. */
  technologyAdoption: Many<YearCount>;
}

export function createLoaders(executor: Executor): Loaders {
  return {
    entity: oneLoader(executor, q.entityById),
    personRoles: listLoader(executor, q.personRoles),
    personProjects: listLoader(executor, q.personProjects),
    personEducation: listLoader(executor, q.personEducation),
    personSkills: listLoader(executor, q.personSkills),
    personTechnologies: personTechnologiesLoader(executor),
    personEmployers: personEmployersLoader(executor),
    rolePerson: oneLoader(executor, q.rolePerson),
    roleCompany: oneLoader(executor, q.roleCompany),
    roleTechnologies: listLoader(executor, q.roleTechnologies),
    roleProjects: listLoader(executor, q.roleProjects),
    companyParent: oneLoader(executor, q.companyParent),
    companySubsidiaries: listLoader(executor, q.companySubsidiaries),
    companyOwnRoles: listLoader(executor, q.companyOwnRoles),
    companyRoles: listLoader(executor, q.companyRolesWithSubsidiaries),
    companyPeople: listLoader(executor, q.companyPeople),
    companyTechnologies: listLoader(executor, q.companyTechnologies),
    technologyUsers: listLoader(executor, q.technologyUsers),
    technologyCompanies: listLoader(executor, q.technologyCompanies),
    technologyProjects: listLoader(executor, q.technologyProjects),
    projectPeople: listLoader(executor, q.projectPeople),
    projectRoles: listLoader(executor, q.projectRoles),
    projectTechnologies: listLoader(executor, q.projectTechnologies),
    schoolAlumni: listLoader(executor, q.schoolAlumni),
    personTimeline: oneLoader(executor, personTimelineQuery),
    personMoves: listLoader(executor, personMovesQuery),
    technologyAdoption: technologyAdoptionLoader(executor),
  };
}

/** Forgets everything the request's loaders hold: after a mutation, what they cached may be stale. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
