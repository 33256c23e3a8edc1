/**
 * The kinds of node, their Neo4j labels and the GraphQL `EntityKind` values. This is the fixed list
 * that Cypher labels come from: a label is never taken from input.
 */
export const entityKinds = ['PERSON', 'ROLE', 'COMPANY', 'TECHNOLOGY', 'PROJECT', 'SCHOOL'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const labelOfKind: Readonly<Record<EntityKind, string>> = {
  PERSON: 'Person',
  ROLE: 'Role',
  COMPANY: 'Company',
  TECHNOLOGY: 'Technology',
  PROJECT: 'Project',
  SCHOOL: 'School',
};

/**
 * Cypher expression giving the EntityKind of node `variable`, e.g. `kindOf('n')`.
 * Only ever called with a literal variable name from our own query texts.
 */
export function kindOf(variable: string): string {
  return `CASE WHEN ${variable}:Person THEN 'PERSON' WHEN ${variable}:Role THEN 'ROLE' WHEN ${variable}:Company THEN 'COMPANY' WHEN ${variable}:Technology THEN 'TECHNOLOGY' WHEN ${variable}:Project THEN 'PROJECT' ELSE 'SCHOOL' END`;
}

/**
 * Cypher map projection of a node into an EntityRecord: all its properties plus `kind`.
 * Resolvers receive EntityRecords and resolve relations through the per-request loaders.
 */
export function entityProjection(variable: string): string {
  return `${variable} { .*, kind: ${kindOf(variable)} }`;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  [property: string]: unknown;
}
