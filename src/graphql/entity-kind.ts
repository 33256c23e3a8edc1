import { type EntityKind, kindOf } from '../graph/node-kind.js';

export { type EntityKind, entityKinds, kindOf, kindOfLabel, labelOfKind } from '../graph/node-kind.js';

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
