import type { GraphQLResolveInfo as Info } from 'graphql';
import { roleMonths } from '../../graph/months.js';
import { positionName } from '../../graph/node-kind.js';
import type { Context } from '../context.js';
import type { EntityRecord } from '../entity-kind.js';
import type { Loaders } from '../loaders/create-loaders.js';
import { selectsField } from '../selection.js';
import { companyNeedles, technologyNeedles } from '../technology-lookup.js';
import { ROLE_LABEL_COMPANY } from '../translate/compile.js';
import type { EntityTypeName } from '../translate/relations.js';
import { compiledList, prefetched, prefetchedByKey, readEntity } from '../translate/root-fields.js';
import { type ConnectionArgs, connection } from './connections.js';

/*
 * Entities: the five lookups, the four lists, and every field of the entity types and their
 * companions. Each of those root fields is one query that reads everything the request selects
 * below it (src/graphql/translate); the relation resolvers take what it read. Entities that come
 * from other root fields (career questions, search, graph, mutations) have nothing read ahead:
 * their relations go through the per-request loaders (context.loaders), one query per relation
 * level. TechnologyUser, TechnologyCount, CompanyCount, Education, Alumnus, Skill, edges
 * and PageInfo are plain objects read by the default resolvers.
 */

type Entity = EntityRecord;
type IdArgs = { id: string };

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : String(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** One entity of one kind by id, in one query with all the request selects of it; null when absent. */
function byId(type: EntityTypeName) {
  return (_: unknown, { id }: IdArgs, { executor }: Context, info: Info) =>
    readEntity(executor, info, { type, by: 'id' }, { id });
}

/**
 * A list root field, in one query with all the request selects of its nodes; the total is counted
 * only when selected.
 */
function list(type: EntityTypeName, name: Parameters<typeof connection>[1]) {
  return (_: unknown, args: ConnectionArgs<Record<string, unknown>>, { executor }: Context, info: Info) =>
    connection(executor, name, args, compiledList(type, info), selectsField(info, 'totalCount'));
}

/**
 * A relation of `parent`: what the root field's query read for this field, else (the parent came
 * from elsewhere) what the loader reads.
 */
function related<T>(parent: Entity, info: Info, load: () => Promise<T>): T | Promise<T> {
  const value = prefetched<T>(parent, info);
  return value === undefined ? load() : value;
}

/** A relation field whose loader, keyed by the parent's id, is the per-request loader `name` (see `related`). */
function loaded(name: Exclude<keyof Loaders, 'technologyAdoption'>) {
  return (parent: Entity, _: unknown, { loaders }: Context, info: Info) =>
    related<unknown>(parent, info, () => loaders[name].load(parent.id));
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
    person: byId('Person'),
    company: (_: unknown, { id }: IdArgs, { executor }: Context, info: Info) =>
      readEntity(executor, info, { type: 'Company', by: 'company' }, { company: companyNeedles(id) }),
    project: byId('Project'),
    school: byId('School'),
    technology: (_: unknown, { id }: IdArgs, { executor }: Context, info: Info) =>
      readEntity(
        executor,
        info,
        { type: 'Technology', by: 'technology' },
        { technology: technologyNeedles(id) },
      ),
    people: list('Person', 'people'),
    companies: list('Company', 'companies'),
    technologies: list('Technology', 'technologies'),
    projects: list('Project', 'projects'),
  },

  Person: {
    kind: () => 'PERSON',
    // Built by the loader only (plan-resume-graph.ts personLabel); as node-kind.ts cypherPersonLabel.
    label: (p: Entity) => str(p.label) ?? p.id,
    roles: loaded('personRoles'),
    education: loaded('personEducation'),
    skills: loaded('personSkills'),
    projects: loaded('personProjects'),
    technologies: loaded('personTechnologies'),
    employers: loaded('personEmployers'),
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
      const read = prefetchedByKey<Entity | null>(r, ROLE_LABEL_COMPANY);
      const company = read === undefined ? await loaders.roleCompany.load(r.id) : read;
      const title = positionName({ title: str(r.title), team: str(r.team) });
      return company ? `${title} @ ${str(company.name) ?? company.id}` : title;
    },
    current: (r: Entity) => r.current === true,
    months: (r: Entity) => roleMonths(r),
    highlights: (r: Entity) => strings(r.highlights),
    source,
    person: loaded('rolePerson'),
    company: loaded('roleCompany'),
    technologies: loaded('roleTechnologies'),
    projects: loaded('roleProjects'),
  },

  Company: {
    kind: () => 'COMPANY',
    label: (c: Entity) => str(c.name) ?? c.id,
    normalised: (c: Entity) => c.normalised === true,
    aliases: (c: Entity) => strings(c.aliases),
    parent: loaded('companyParent'),
    subsidiaries: loaded('companySubsidiaries'),
    roles: (c: Entity, args: { includeSubsidiaries?: boolean | null }, { loaders }: Context, info: Info) =>
      related(c, info, () =>
        args.includeSubsidiaries === false
          ? loaders.companyOwnRoles.load(c.id)
          : loaders.companyRoles.load(c.id),
      ),
    people: loaded('companyPeople'),
    technologies: loaded('companyTechnologies'),
  },

  Technology: {
    kind: () => 'TECHNOLOGY',
    label: (t: Entity) => str(t.name) ?? t.id,
    normalised: (t: Entity) => t.normalised === true,
    aliases: (t: Entity) => strings(t.aliases),
    users: loaded('technologyUsers'),
    companies: loaded('technologyCompanies'),
    projects: loaded('technologyProjects'),
  },

  Project: {
    kind: () => 'PROJECT',
    label: (p: Entity) => str(p.name) ?? p.id,
    people: loaded('projectPeople'),
    roles: loaded('projectRoles'),
    technologies: loaded('projectTechnologies'),
  },

  School: {
    kind: () => 'SCHOOL',
    label: (s: Entity) => str(s.name) ?? s.id,
    alumni: loaded('schoolAlumni'),
  },
};
