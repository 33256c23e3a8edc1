import { usageProjection } from '../../career/usage-as-of.js';
import { Label, type NodeLabel, personWorkedOn, RelType, roleInCompanyGroup } from '../../graph/model.js';
import { cypherEarliestFirst, cypherLastMonth, cypherListsOldestFirst } from '../../resume/recency.js';
import { byName } from '../queries/cypher-order.js';
import { usageEvidence } from '../queries/technology-use-fragments.js';

/*
 * What the compiler knows of each entity type (src/graphql/translate/compile.ts): the stored
 * properties each field reads, and the Cypher of each relation as a subquery expression on the
 * parent node, in the order and with the evidence the API documents. The per-request loaders'
 * queries (src/graphql/queries/entity-relations.ts) are these texts too, run per key of a batch.
 * Labels and types come from model.ts; variable names from the caller; nothing from the request
 * but parameters.
 *
 * Neo4j refuses aggregating functions (count, min, collect …) in a subquery expression inside a
 * map projection ("implicit grouping expressions"), so counts, minima and maxima in `cypher` are
 * COUNT/COLLECT subqueries of their own. Where a value stands alone in a RETURN or WITH item beside
 * plain variables, as in the loaders' `RETURN id AS key, <value> AS value` or a root field's
 * `WITH n0, <value> AS n5` (compile.ts, `hoisted`), it accepts them: a relation whose aggregated
 * form is much cheaper gives it as `standalone` (the counted relations).
 */

/** The GraphQL object type of each kind of node, named as its label (src/graph/model.ts). */
export type EntityTypeName = NodeLabel;

/** One entity (or list of them) a relation's value holds: the value itself (`''`) or a field of its items. */
export interface Part {
  type: EntityTypeName;
  many: boolean;
  /** The field's own selection applies to this part: the finishing step makes the part the value. */
  isValue?: boolean;
}

export interface RelationContext {
  /** The parent node's variable. */
  from: string;
  /** A variable name unused anywhere else in the query. */
  fresh: () => string;
  /**
   * The projection of the entity `part` of the value bound to `variable`, as the request selects it.
   * With `carried`, a relation whose Cypher calls this where a WITH can bind values first (see
   * `carry`): the entity's relations that aggregate (its counted ones in their one-pass form, and
   * those holding such) are pushed there as `<value> AS <variable>` items, which the projection
   * reads; without it none aggregates.
   */
  project: (part: string, variable: string, carried?: string[]) => string;
  args: Record<string, unknown>;
}

export interface Relation {
  /** The entities in the value: `''` for a relation to entities, else the wrapper's fields that are entities. */
  parts: Readonly<Record<string, Part>>;
  many: boolean;
  /** Properties of a part that the relation's finishing step reads, whatever the request selects. */
  partReads?: Readonly<Record<string, readonly string[]>>;
  cypher: (context: RelationContext) => string;
  /**
   * The path patterns `cypher` walks from the parent `from`, nothing else bound (anonymous nodes and
   * relationships): the value holds at most as many entities as their matches, which is how the
   * guard rails bound a list (src/graphql/guard-rails/list-bounds.ts counts them on the graph).
   */
  walks: (from: string) => readonly string[];
  /**
   * The same value, in the same order, for a RETURN or WITH item of its own beside plain variables
   * only (never inside a projection): aggregated in one pass where `cypher` cannot be. Absent: `cypher`.
   */
  standalone?: (context: RelationContext) => string;
}

export interface EntityType {
  label: Label;
  /** Scalar fields and the stored properties each reads; a field not listed here reads every property. */
  reads: Readonly<Record<string, readonly string[]>>;
  relations: Readonly<Record<string, Relation>>;
}

const { HELD, AT, PART_OF, USED, WORKED_ON, SKILLED_IN, STUDIED_AT, USES } = RelType;

/** Provenance properties the loader stores on people and roles. */
const SOURCE = ['sourceDocument', 'sourceLines', 'sourceConfidence'];
/** What the month arithmetic reads of a role (src/graph/months.ts). */
export const ROLE_MONTHS = ['startMonth', 'endMonth', 'current'];

const self = (type: EntityTypeName, many: boolean) => ({ parts: { '': { type, many } }, many });

/**
 * The WITH that binds `carried` (RelationContext.project's items) beside the variables `keep`,
 * for a relation's subquery to put before the clause that reads the projection; '' when none.
 */
export function carry(keep: readonly string[], carried: readonly string[]): string {
  return carried.length === 0 ? '' : ` WITH ${[...keep, ...carried].join(', ')}`;
}

/** A list of distinct entities `match` binds to the child variable, in `order`. */
function list(
  type: EntityTypeName,
  match: (from: string, to: string) => string,
  order: (to: string) => string,
): Relation {
  return {
    ...self(type, true),
    walks: (from) => [match(from, '')],
    cypher: ({ from, fresh, project }) => {
      const to = fresh();
      const carried: string[] = [];
      const projection = project('', to, carried);
      return `COLLECT { MATCH ${match(from, to)} WITH DISTINCT ${to}${carry([to], carried)} ORDER BY ${order(to)} RETURN ${projection} }`;
    },
  };
}

/** At most one entity `match` binds to the child variable; null when none. */
function one(type: EntityTypeName, match: (from: string, to: string) => string): Relation {
  return {
    ...self(type, false),
    walks: (from) => [match(from, '')],
    cypher: ({ from, fresh, project }) => {
      const to = fresh();
      const carried: string[] = [];
      const projection = project('', to, carried);
      // What is carried is computed for the one entity returned, not for every match.
      return carried.length === 0
        ? `COLLECT { MATCH ${match(from, to)} RETURN ${projection} LIMIT 1 }[0]`
        : `COLLECT { MATCH ${match(from, to)} WITH ${to} LIMIT 1${carry([to], carried)} RETURN ${projection} }[0]`;
    },
  };
}

const byId = (v: string) => `${v}.id`;
const earliestFirst = cypherEarliestFirst;

/** Roles and projects a USES relationship `u` records as its evidence, and whether it is a skill. */
function evidenceEntries(u: string, context: RelationContext): string {
  const evidence = usageEvidence(u, {
    role: context.fresh(),
    project: context.fresh(),
    projectRole: (role) => context.project('roles', role),
    projectProject: (project) => context.project('projects', project),
  });
  return `roles: ${evidence.roles}, projects: ${evidence.projects}, skill: ${evidence.skill}`;
}

/**
 * The parent's USES relationships (a person's technologies, a technology's users), in `order` of
 * the entity `match` binds at the other end, each with its evidence and what `extra` adds.
 */
function used(
  part: 'technology' | 'person',
  type: EntityTypeName,
  match: (from: string, u: string, to: string) => string,
  order: (to: string) => string,
  extra: (u: string) => string = () => '',
): Relation {
  return {
    parts: {
      [part]: { type, many: false },
      roles: { type: 'Role', many: true },
      projects: { type: 'Project', many: true },
    },
    many: true,
    walks: (from) => [match(from, '', '')],
    cypher: (context) => {
      const u = context.fresh();
      const to = context.fresh();
      const carried: string[] = [];
      const projection = context.project(part, to, carried);
      return `COLLECT {
            MATCH ${match(context.from, u, to)}
            WITH ${u}, ${to}${carry([u, to], carried)} ORDER BY ${order(to)}
            RETURN { ${part}: ${projection}, ${evidenceEntries(u, context)}${extra(u)} } }`;
    },
  };
}

/**
 * How many distinct `counted` entities `match` finds linking each entity to the parent, most first,
 * then by name: TechnologyCount and CompanyCount. `cypher` counts each entity's in a subquery of
 * its own, reading the parent's matches again per entity; `standalone` aggregates them in one pass.
 * Neo4j 5.26 refuses an aggregate inside a subquery that sits in a map projection, so a nested
 * entity takes `standalone` only where every relation above it carries its value in a WITH of its
 * own (RelationContext.project's `carried`), else `cypher`; the one-pass form is many times faster
 * at 10,000 people (the README's API section has the measurements, with their load).
 */
function counted(
  part: 'technology' | 'company',
  type: EntityTypeName,
  match: (from: string, to: string, counted: string) => string,
): Relation {
  const finish = (context: RelationContext, to: string) => `ORDER BY count DESC, ${byName(to)}
        RETURN { ${part}: ${context.project(part, to)}, count: count } }`;
  return {
    parts: { [part]: { type, many: false } },
    many: true,
    walks: (from) => [match(from, '', '')],
    cypher: (context) => {
      const to = context.fresh();
      const each = context.fresh();
      return `COLLECT {
        MATCH ${match(context.from, to, '')}
        WITH DISTINCT ${to}
        WITH ${to}, size(COLLECT { MATCH ${match(context.from, to, each)} RETURN DISTINCT ${each} }) AS count
        ${finish(context, to)}`;
    },
    standalone: (context) => {
      const to = context.fresh();
      const each = context.fresh();
      return `COLLECT {
        MATCH ${match(context.from, to, each)}
        WITH ${to}, count(DISTINCT ${each}) AS count
        ${finish(context, to)}`;
    },
  };
}

const studied =
  (part: 'school' | 'person', order: (s: string, to: string) => string) =>
  (match: (from: string, s: string, to: string) => string, type: EntityTypeName): Relation => ({
    parts: { [part]: { type, many: false } },
    many: true,
    walks: (from) => [match(from, '', '')],
    cypher: (context) => {
      const s = context.fresh();
      const to = context.fresh();
      return `COLLECT {
        MATCH ${match(context.from, s, to)}
        WITH ${s}, ${to} ORDER BY ${order(s, to)}
        RETURN { ${part}: ${context.project(part, to)}, degree: ${s}.degree, area: ${s}.area,
                 startDate: ${s}.startDate, endDate: ${s}.endDate } }`;
    },
  });

/** A person's roles: `person` and `role` are what their node patterns hold (the role's label added). */
const heldRole = (person: string, role: string) => `(${person})-[:${HELD}]->(${role}:${Label.Role})`;

/** A person's roles at a company: `company` is what its node pattern holds, label included. */
const roleAt = (person: string, role: string, company: string) =>
  `${heldRole(person, role)}-[:${AT}]->(${company})`;

/** A person's skills: `s` is the SKILLED_IN relationship's variable. */
const skilledIn = (person: string, s: string, technology: string) =>
  `(${person})-[${s}:${SKILLED_IN}]->(${technology}:${Label.Technology})`;

export const entityTypes: Readonly<Record<EntityTypeName, EntityType>> = {
  Person: {
    label: Label.Person,
    reads: {
      id: ['id'],
      kind: [],
      label: ['label'],
      headline: ['headline'],
      summary: ['summary'],
      location: ['location'],
      publications: ['publications'],
      source: SOURCE,
    },
    relations: {
      /** In the document's order. */
      roles: {
        ...self('Role', true),
        walks: (from) => [heldRole(from, '')],
        cypher: ({ from, fresh, project }) => {
          const r = fresh();
          const carried: string[] = [];
          const projection = project('', r, carried);
          return `COLLECT { MATCH ${heldRole(from, r)} WITH ${r}${carry([r], carried)} ORDER BY ${r}.order, ${r}.id RETURN ${projection} }`;
        },
      },
      /** Those of the roles, in role order, then their own; by name within. */
      projects: {
        ...self('Project', true),
        walks: (from) => personWorkedOn(from, `:${Label.Project}`),
        cypher: ({ from, fresh, project }) => {
          const p = fresh();
          const r = fresh();
          const [throughRole, own] = personWorkedOn(from, `${p}:${Label.Project}`);
          return `COLLECT {
            CALL (${from}) {
              MATCH ${throughRole} RETURN ${p}
              UNION
              MATCH ${own} RETURN ${p}
            }
            WITH ${p}, coalesce(COLLECT {
              MATCH (${from})-[:${HELD}]->(${r}:${Label.Role})-[:${WORKED_ON}]->(${p}) WHERE ${r}.order IS NOT NULL
              RETURN ${r}.order ORDER BY ${r}.order LIMIT 1
            }[0], 1000000) AS rank
            ORDER BY rank, ${byName(p)}
            RETURN ${project('', p)} }`;
        },
      },
      /** Most recent first. */
      education: studied('school', (s, to) => `coalesce(${s}.startDate, '') DESC, ${byName(to)}`)(
        (from, s, to) => `(${from})-[${s}:${STUDIED_AT}]->(${to}:${Label.School})`,
        'School',
      ),
      /** By list, then name. */
      skills: {
        parts: { technology: { type: 'Technology', many: false } },
        many: true,
        walks: (from) => [skilledIn(from, '', '')],
        cypher: ({ from, fresh, project }) => {
          const s = fresh();
          const t = fresh();
          return `COLLECT {
            MATCH ${skilledIn(from, s, t)}
            WITH ${s}, ${t} ORDER BY ${s}.group, ${byName(t)}
            RETURN { technology: ${project('technology', t)}, group: ${s}.group } }`;
        },
      },
      /** By name here; the finishing step adds the time of use and puts the longest used first. */
      technologies: used(
        'technology',
        'Technology',
        (from, u, to) => `(${from})-[${u}:${USES}]->(${to}:${Label.Technology})`,
        byName,
        (u) => `,
              use: ${usageProjection(u)}`,
      ),
      /** In document order with what the finishing step needs to order them by recency (src/resume/recency.ts). */
      employers: {
        parts: { company: { type: 'Company', many: false, isValue: true } },
        many: true,
        walks: (from) => [roleAt(from, '', `:${Label.Company}`)],
        cypher: ({ from, fresh, project }) => {
          const c = fresh();
          const cr = fresh();
          /** The first of the values `value` of the person's roles at the company, in `order`, nulls left out. */
          const first = (value: (r: string) => string, order: 'ASC' | 'DESC') => {
            const r = fresh();
            return `COLLECT {
                MATCH ${roleAt(from, r, c)} WITH ${value(r)} AS value
                WHERE value IS NOT NULL RETURN value ORDER BY value ${order} LIMIT 1 }[0]`;
          };
          return `COLLECT {
            MATCH ${roleAt(from, '', `${c}:${Label.Company}`)}
            WITH DISTINCT ${c}
            WITH ${c}, ${first((r) => `${r}.order`, 'ASC')} AS firstOrder
            ORDER BY firstOrder
            RETURN { company: ${project('company', c)},
                     current: EXISTS { MATCH (${from})-[:${HELD}]->(:${Label.Role} {current: true})-[:${AT}]->(${c}) },
                     lastMonth: ${first(cypherLastMonth, 'DESC')},
                     firstOrder: firstOrder, lastOrder: ${first((r) => `${r}.order`, 'DESC')},
                     oldestFirst: ${cypherListsOldestFirst(from, cr)} } }`;
        },
      },
    },
  },

  Role: {
    label: Label.Role,
    reads: {
      id: ['id'],
      kind: [],
      label: ['title', 'team'],
      title: ['title'],
      team: ['team'],
      location: ['location'],
      startDate: ['startDate'],
      endDate: ['endDate'],
      current: ['current'],
      months: ROLE_MONTHS,
      summary: ['summary'],
      highlights: ['highlights'],
      note: ['note'],
      source: SOURCE,
    },
    relations: {
      person: one('Person', (from, to) => `(${to}:${Label.Person})-[:${HELD}]->(${from})`),
      company: one('Company', (from, to) => `(${from})-[:${AT}]->(${to}:${Label.Company})`),
      technologies: list(
        'Technology',
        (from, to) => `(${from})-[:${USED}]->(${to}:${Label.Technology})`,
        byName,
      ),
      projects: list('Project', (from, to) => `(${from})-[:${WORKED_ON}]->(${to}:${Label.Project})`, byName),
    },
  },

  Company: {
    label: Label.Company,
    reads: {
      id: ['id'],
      kind: [],
      label: ['name'],
      name: ['name'],
      normalised: ['normalised'],
      aliases: ['aliases'],
      industry: ['industry'],
    },
    relations: {
      parent: one('Company', (from, to) => `(${from})-[:${PART_OF}]->(${to}:${Label.Company})`),
      subsidiaries: list(
        'Company',
        (from, to) => `(${from})<-[:${PART_OF}]-(${to}:${Label.Company})`,
        byName,
      ),
      /** Earliest first; those of the subsidiaries too unless `includeSubsidiaries` is false. */
      roles: {
        ...self('Role', true),
        walks: (from) => [roleInCompanyGroup(from)],
        cypher: (context) =>
          list(
            'Role',
            (from, to) =>
              context.args.includeSubsidiaries === false
                ? `(${from})<-[:${AT}]-(${to}:${Label.Role})`
                : roleInCompanyGroup(from, to),
            earliestFirst,
          ).cypher(context),
      },
      people: list(
        'Person',
        (from, to) => `${roleInCompanyGroup(from)}<-[:${HELD}]-(${to}:${Label.Person})`,
        byId,
      ),
      technologies: counted(
        'technology',
        'Technology',
        (from, to, r) => `${roleInCompanyGroup(from, r)}-[:${USED}]->(${to}:${Label.Technology})`,
      ),
    },
  },

  Technology: {
    label: Label.Technology,
    reads: {
      id: ['id'],
      kind: [],
      label: ['name'],
      name: ['name'],
      category: ['category'],
      normalised: ['normalised'],
      aliases: ['aliases'],
    },
    relations: {
      /** By person id. */
      users: used(
        'person',
        'Person',
        (from, u, to) => `(${from})<-[${u}:${USES}]-(${to}:${Label.Person})`,
        byId,
      ),
      companies: counted(
        'company',
        'Company',
        (from, to, r) => `(${from})<-[:${USED}]-(${r}:${Label.Role})-[:${AT}]->(${to}:${Label.Company})`,
      ),
      projects: list('Project', (from, to) => `(${from})<-[:${USED}]-(${to}:${Label.Project})`, byName),
    },
  },

  Project: {
    label: Label.Project,
    reads: {
      id: ['id'],
      kind: [],
      label: ['name'],
      name: ['name'],
      description: ['description'],
      startDate: ['startDate'],
      endDate: ['endDate'],
      entity: ['entity'],
    },
    relations: {
      /** In one of their roles or on their own, by id. */
      people: {
        ...self('Person', true),
        walks: (from) => personWorkedOn(`:${Label.Person}`, from),
        cypher: ({ from, fresh, project }) => {
          const p = fresh();
          const [throughRole, own] = personWorkedOn(`${p}:${Label.Person}`, from);
          return `COLLECT {
            CALL (${from}) {
              MATCH ${throughRole} RETURN ${p}
              UNION
              MATCH ${own} RETURN ${p}
            }
            WITH ${p} ORDER BY ${p}.id RETURN ${project('', p)} }`;
        },
      },
      roles: list('Role', (from, to) => `(${from})<-[:${WORKED_ON}]-(${to}:${Label.Role})`, earliestFirst),
      technologies: list(
        'Technology',
        (from, to) => `(${from})-[:${USED}]->(${to}:${Label.Technology})`,
        byName,
      ),
    },
  },

  School: {
    label: Label.School,
    reads: { id: ['id'], kind: [], label: ['name'], name: ['name'] },
    relations: {
      alumni: studied('person', (s, to) => `coalesce(${s}.startDate, ''), ${to}.id`)(
        (from, s, to) => `(${from})<-[${s}:${STUDIED_AT}]-(${to}:${Label.Person})`,
        'Person',
      ),
    },
  },
};

export function isEntityTypeName(name: string): name is EntityTypeName {
  return Object.hasOwn(entityTypes, name);
}
