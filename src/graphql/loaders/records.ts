import type { EntityRecord } from '../entity-kind.js';

/*
 * The plain objects the loaders hand to GraphQL for the non-entity types. Their fields are exactly
 * the GraphQL fields, so default resolvers read them; other root fields (sharedTechnologies, stats)
 * build the same shapes.
 */

export interface EducationRecord {
  school: EntityRecord;
  degree: string | null;
  area: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface AlumnusRecord {
  person: EntityRecord;
  degree: string | null;
  area: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface SkillRecord {
  technology: EntityRecord;
  group: string | null;
}

export interface PersonTechnologyRecord {
  technology: EntityRecord;
  roles: EntityRecord[];
  projects: EntityRecord[];
  skill: boolean;
  months: number | null;
  firstUsed: string | null;
  lastUsed: string | null;
  current: boolean;
  listedOnly: boolean;
}

export interface TechnologyUserRecord {
  person: EntityRecord;
  roles: EntityRecord[];
  projects: EntityRecord[];
  skill: boolean;
}

export interface TechnologyCountRecord {
  technology: EntityRecord;
  count: number;
}

export interface CompanyCountRecord {
  company: EntityRecord;
  count: number;
}
