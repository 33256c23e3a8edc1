import type { GraphQLResolveInfo as Info } from 'graphql';
import { roleMonths } from '../../graph/months.js';
import { UNTITLED_POSITION } from '../../graph/node-kind.js';
import type { Context } from '../context.js';
import type { EntityRecord } from '../entity-kind.js';
import { selectsField } from '../selection.js';
import { lookUpCompany, lookUpTechnology } from '../technology-lookup.js';
import { type ConnectionArgs, connection } from './connections.js';

/*
 * Entities: the five lookups, the four lists, and every field of the entity types and their
 * companions. Relations go through the per-request loaders (context.loaders), one query per
 * relation level. TechnologyUser, TechnologyCount, CompanyCount, Education, Alumnus, Skill, edges
 * and PageInfo are plain objects read by the default resolvers.
 */

type Entity = EntityRecord;
type IdArgs = { id: string };

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : String(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** One entity of one kind by id; null when absent or of another kind. */
function byId(kind: EntityRecord['kind']) {
  return async (_: unknown, { id }: IdArgs, { loaders }: Context): Promise<Entity | null> => {
    const entity = await loaders.entity.load(id);
    return entity?.kind === kind ? entity : null;
  };
}

/** Publications are stored as a JSON string of objects on the person. */
function publications(person: Entity): Record<string, unknown>[] {
  let value: unknown = person.publications;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({
      name: str(item.name) ?? '',
      type: str(item.type),
      publisher: str(item.publisher),
      releaseDate: str(item.releaseDate),
      count: typeof item.count === 'number' ? item.count : null,
      summary: str(item.summary),
    }));
}

/** Provenance of a person or role, from the properties the loader stores; null when there is none. */
function source(
  node: Entity,
): { document: string | null; lines: string | null; confidence: number | null } | null {
  const document = str(node.sourceDocument);
  const lines = str(node.sourceLines);
  if (document === null && lines === null) return null;
  return {
    document,
    lines,
    confidence: typeof node.sourceConfidence === 'number' ? node.sourceConfidence : null,
  };
}

export const entityResolvers = {
  Query: {
    person: byId('PERSON'),
    company: (_: unknown, { id }: IdArgs, { executor }: Context) => lookUpCompany(executor, id),
    project: byId('PROJECT'),
    school: byId('SCHOOL'),
    technology: (_: unknown, { id }: IdArgs, { executor }: Context) => lookUpTechnology(executor, id),
    people: (_: unknown, args: ConnectionArgs<Record<string, unknown>>, { executor }: Context, info: Info) =>
      connection(executor, 'people', args, selectsField(info, 'totalCount')),
    companies: (
      _: unknown,
      args: ConnectionArgs<Record<string, unknown>>,
      { executor }: Context,
      info: Info,
    ) => connection(executor, 'companies', args, selectsField(info, 'totalCount')),
    technologies: (
      _: unknown,
      args: ConnectionArgs<Record<string, unknown>>,
      { executor }: Context,
      info: Info,
    ) => connection(executor, 'technologies', args, selectsField(info, 'totalCount')),
    projects: (
      _: unknown,
      args: ConnectionArgs<Record<string, unknown>>,
      { executor }: Context,
      info: Info,
    ) => connection(executor, 'projects', args, selectsField(info, 'totalCount')),
  },

  Person: {
    kind: () => 'PERSON',
    // Built by the loader only (plan-resume-graph.ts personLabel).
    label: (p: Entity) => str(p.label) ?? p.id,
    roles: (p: Entity, _: unknown, { loaders }: Context) => loaders.personRoles.load(p.id),
    education: (p: Entity, _: unknown, { loaders }: Context) => loaders.personEducation.load(p.id),
    skills: (p: Entity, _: unknown, { loaders }: Context) => loaders.personSkills.load(p.id),
    projects: (p: Entity, _: unknown, { loaders }: Context) => loaders.personProjects.load(p.id),
    technologies: (p: Entity, _: unknown, { loaders }: Context) => loaders.personTechnologies.load(p.id),
    employers: (p: Entity, _: unknown, { loaders }: Context) => loaders.personEmployers.load(p.id),
    publications,
    source,
  },

  Role: {
    kind: () => 'ROLE',
    /**
     * "Staff Software Engineer @ Stripe"; the team, or "Untitled position", stands in for a title
     * the résumé does not give; the title alone when the company is unknown.
     */
    label: async (r: Entity, _: unknown, { loaders }: Context) => {
      const company = await loaders.roleCompany.load(r.id);
      const title = str(r.title) ?? str(r.team) ?? UNTITLED_POSITION;
      return company ? `${title} @ ${str(company.name) ?? company.id}` : title;
    },
    current: (r: Entity) => r.current === true,
    months: (r: Entity) => roleMonths(r),
    highlights: (r: Entity) => strings(r.highlights),
    source,
    person: (r: Entity, _: unknown, { loaders }: Context) => loaders.rolePerson.load(r.id),
    company: (r: Entity, _: unknown, { loaders }: Context) => loaders.roleCompany.load(r.id),
    technologies: (r: Entity, _: unknown, { loaders }: Context) => loaders.roleTechnologies.load(r.id),
    projects: (r: Entity, _: unknown, { loaders }: Context) => loaders.roleProjects.load(r.id),
  },

  Company: {
    kind: () => 'COMPANY',
    label: (c: Entity) => str(c.name) ?? c.id,
    normalised: (c: Entity) => c.normalised === true,
    aliases: (c: Entity) => strings(c.aliases),
    parent: (c: Entity, _: unknown, { loaders }: Context) => loaders.companyParent.load(c.id),
    subsidiaries: (c: Entity, _: unknown, { loaders }: Context) => loaders.companySubsidiaries.load(c.id),
    roles: (c: Entity, args: { includeSubsidiaries?: boolean | null }, { loaders }: Context) =>
      args.includeSubsidiaries === false
        ? loaders.companyOwnRoles.load(c.id)
        : loaders.companyRoles.load(c.id),
    people: (c: Entity, _: unknown, { loaders }: Context) => loaders.companyPeople.load(c.id),
    technologies: (c: Entity, _: unknown, { loaders }: Context) => loaders.companyTechnologies.load(c.id),
  },

  Technology: {
    kind: () => 'TECHNOLOGY',
    label: (t: Entity) => str(t.name) ?? t.id,
    normalised: (t: Entity) => t.normalised === true,
    aliases: (t: Entity) => strings(t.aliases),
    users: (t: Entity, _: unknown, { loaders }: Context) => loaders.technologyUsers.load(t.id),
    companies: (t: Entity, _: unknown, { loaders }: Context) => loaders.technologyCompanies.load(t.id),
    projects: (t: Entity, _: unknown, { loaders }: Context) => loaders.technologyProjects.load(t.id),
  },

  Project: {
    kind: () => 'PROJECT',
    label: (p: Entity) => str(p.name) ?? p.id,
    people: (p: Entity, _: unknown, { loaders }: Context) => loaders.projectPeople.load(p.id),
    roles: (p: Entity, _: unknown, { loaders }: Context) => loaders.projectRoles.load(p.id),
    technologies: (p: Entity, _: unknown, { loaders }: Context) => loaders.projectTechnologies.load(p.id),
  },

  School: {
    kind: () => 'SCHOOL',
    label: (s: Entity) => str(s.name) ?? s.id,
    alumni: (s: Entity, _: unknown, { loaders }: Context) => loaders.schoolAlumni.load(s.id),
  },
};
