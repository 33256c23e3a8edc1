/**
 * The graph model: the only labels, relationship types and index names Cypher texts may use.
 * Labels and types are never taken from input.
 *
 *   (Person)-[:HELD]->(Role)-[:AT]->(Company)-[:PART_OF]->(Company)
 *   (Role)-[:USED]->(Technology)          (Project)-[:USED]->(Technology)
 *   (Role)-[:WORKED_ON]->(Project)        (Person)-[:WORKED_ON]->(Project)   top-level projects
 *   (Person)-[:SKILLED_IN {group}]->(Technology)
 *   (Person)-[:STUDIED_AT {degree, area, startDate, endDate}]->(School)
 *   (Person)-[:USES {weight, months, spans, firstUsed, lastUsed, current, currentSince, monthsBeforeCurrent, roles, projects, skill, technology, person}]->(Technology)   derived
 *   (Role)-[:TENURE {group, person, role, start, last, negLast, negLength}]->(Company)   derived
 *
 * Every node also carries `:Entity` and a string `id` unique across all kinds. The résumés state
 * every relationship but USES and TENURE, which the loader derives from the person's others (one
 * hop for "this person used this technology": src/loader/technology-uses.ts; a dated role's months
 * indexed by company group, for colleagues: src/graph/queries/role-tenures.ts).
 */

/**
 * How many PART_OF steps separate a company from its top company at most. The company catalogue
 * (the only source of PART_OF) is validated against it, so queries that walk `[:PART_OF*0..N]`
 * with it see every ancestor and every subsidiary.
 */
export const MAX_PARENT_DEPTH = 5;

export const Label = {
  Entity: 'Entity',
  Person: 'Person',
  Role: 'Role',
  Company: 'Company',
  Technology: 'Technology',
  Project: 'Project',
  School: 'School',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

/**
 * Labels of bookkeeping nodes, outside the graph the résumés describe (no `:Entity`, no `id`, never
 * in graph views, counts or dumps): what the API keeps to answer faster, each checked against the
 * graph before it is used.
 *   (TechnologyVersion {technology, version})  bumped whenever a user of the technology changes
 *       their USES or is deleted (src/graph/queries/similar-lists.ts);
 *   (SimilarList {person, technologies, versions, people, scores, whole})  a person's best
 *       similarPeople, valid while the versions of their technologies are those it was computed at;
 *   (SchemaMark {name})  a one-off backfill is done (src/graph/apply-schema.ts).
 */
export const Bookkeeping = {
  TechnologyVersion: 'TechnologyVersion',
  SimilarList: 'SimilarList',
  SchemaMark: 'SchemaMark',
} as const;
export type Bookkeeping = (typeof Bookkeeping)[keyof typeof Bookkeeping];

/**
 * The labels of the kinds of node (all but `Entity`), in the order kinds are listed everywhere
 * (the GraphQL `EntityKind` values are these in capitals: src/graph/node-kind.ts).
 */
export const NODE_LABELS = [
  Label.Person,
  Label.Role,
  Label.Company,
  Label.Technology,
  Label.Project,
  Label.School,
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RelType = {
  HELD: 'HELD',
  AT: 'AT',
  PART_OF: 'PART_OF',
  USED: 'USED',
  WORKED_ON: 'WORKED_ON',
  SKILLED_IN: 'SKILLED_IN',
  STUDIED_AT: 'STUDIED_AT',
  USES: 'USES',
  TENURE: 'TENURE',
} as const;
export type RelType = (typeof RelType)[keyof typeof RelType];

/**
 * Relationships derived from the others, kept by the person's own load and delete. They repeat
 * what the stated ones say, so graph views, paths, degrees, relationship counts and the loader's
 * change counters leave them out.
 */
export const DERIVED_REL_TYPES: readonly RelType[] = [RelType.USES, RelType.TENURE];

/** The relationship types the résumés state: all but the derived ones. */
export const STATED_REL_TYPES: readonly RelType[] = Object.values(RelType).filter(
  (type) => !DERIVED_REL_TYPES.includes(type),
);

/** The stated types as a Cypher alternation (`HELD|AT|…`), for walks that must skip derived ones. */
export const STATED = STATED_REL_TYPES.join('|');

/**
 * The kinds several résumés may link to, which exist only while something links to them (the
 * orphan rule, src/graph/queries/orphans.ts). People and roles belong to one résumé.
 */
export const SHARED_LABELS = [Label.Company, Label.Technology, Label.Project, Label.School] as const;

/**
 * Cypher relationship pattern: from a company to the company it is part of, zero to `MAX_PARENT_DEPTH` steps up;
 * `strict`, one step or more (the company's catalogue parents, not the company itself).
 */
const upTheGroup = (strict = false) => `[:${RelType.PART_OF}*${strict ? 1 : 0}..${MAX_PARENT_DEPTH}]`;

/**
 * Cypher pattern: company `member` is company `group` or a company part of it (at most
 * `MAX_PARENT_DEPTH` steps down). `group` is what a node pattern holds (a bound variable, or
 * `:Company {id: …}`), `member` the member's variable ('' for none), both literal texts of our own.
 */
export function companyInGroup(group: string, member = ''): string {
  return `(${group})<-${upTheGroup()}-(${member}:${Label.Company})`;
}

/**
 * `companyInGroup` written from the member's end, for a pattern that reaches the member first (a
 * role's company): the same paths, `(member)-[:PART_OF*0..N]->(group)`. Both are what a node
 * pattern holds (a bound variable, `top:Company`, `:Company`), literal texts of our own. With
 * `strict`, only the groups the member is part of, not the member itself: `[:PART_OF*1..N]`, the
 * company's catalogue parents up to the top (the orphan rule's candidates).
 */
export function companyInGroupFromMember(member: string, group: string, { strict = false } = {}): string {
  return `(${member})-${upTheGroup(strict)}->(${group})`;
}

/**
 * Cypher pattern: a role at company `company` or at a company part of it: the one walk behind "at
 * a company, its subsidiaries included". `company` is what a node pattern holds and `role` the
 * role's variable ('' for none), as in `companyInGroup`.
 */
export function roleInCompanyGroup(company: string, role = ''): string {
  return `${companyInGroup(company)}<-[:${RelType.AT}]-(${role}:${Label.Role})`;
}

/**
 * `roleInCompanyGroup` written from the role's end, for a pattern that reaches the role first (a
 * person's roles): the same paths, `(role:Role)-[:AT]->(:Company)-[:PART_OF*0..N]->(company)`.
 */
export function roleInCompanyGroupFromRole(role: string, company: string): string {
  return `(${role}:${Label.Role})-[:${RelType.AT}]->${companyInGroupFromMember(`:${Label.Company}`, company)}`;
}

/**
 * Cypher patterns: the two ways person `person` works on project `project`, through one of their
 * roles and on their own (a top-level project), in that order; a person works on it when either
 * matches. Both are what a node pattern holds (a bound variable, `p:Person`, `:Person {id: …}`),
 * literal texts of our own.
 */
export function personWorkedOn(person: string, project: string): readonly [throughRole: string, own: string] {
  return [
    `(${person})-[:${RelType.HELD}]->(:${Label.Role})-[:${RelType.WORKED_ON}]->(${project})`,
    `(${person})-[:${RelType.WORKED_ON}]->(${project})`,
  ];
}

/** Full-text index over every searchable kind. */
export const FULLTEXT_INDEX = 'entity_search';
export const SEARCHABLE_LABELS = [
  Label.Person,
  Label.Company,
  Label.Technology,
  Label.Project,
  Label.School,
] as const;
/** `searchText` is name, label and aliases joined: lists cannot be full-text indexed. */
export const SEARCH_PROPERTIES = ['name', 'label', 'searchText'] as const;

/**
 * Technologies and companies carry `lookupKeys`, their spellings as keys (src/catalogue/name-lookup.ts),
 * behind a TEXT index each (exact keys: `CONTAINS`) and one full-text index (close keys, for
 * "did you mean", on the error path only).
 */
export const LOOKUP_KEYS = 'lookupKeys';
export const LOOKUP_LABELS = [Label.Technology, Label.Company] as const;
export const FUZZY_LOOKUP_INDEX = 'lookup_keys_fuzzy';
