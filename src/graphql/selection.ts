import type { GraphQLResolveInfo } from 'graphql';
import { collectFields, namedObjectType, sourceOf, subSelections } from './translate/selection.js';

/**
 * The names of the fields the operation selects on the value the resolver returns, collected as
 * GraphQL collects them (translate/selection.ts: inline and named fragments whose type condition
 * the value's type meets, `@skip` and `@include` evaluated); undefined when the field's type is no
 * object type.
 */
function selectedNames(info: GraphQLResolveInfo): string[] | undefined {
  const type = namedObjectType(info.returnType);
  if (!type) return undefined;
  return collectFields(sourceOf(info), type, subSelections({ nodes: [...info.fieldNodes] })).map(
    ({ name }) => name,
  );
}

/**
 * Whether the operation selects field `name` on the value the resolver returns (`totalCount` of a
 * connection): so a query computes only what is asked for. A value of no object type counts as
 * selecting it, which costs work but never an answer.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedNames(info)?.includes(name) ?? true;
}

/**
 * Whether every field the operation selects on the value the resolver returns is one of `names`:
 * then a resolver that already holds those can skip reading the rest. A value of no object type
 * counts as selecting others.
 */
export function selectsOnly(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return selectedNames(info)?.every((name) => names.includes(name)) ?? false;
}
