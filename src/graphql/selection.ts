import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects field `name` directly on the value the resolver returns, through
 * inline and named fragments too (`totalCount` of a connection): so a query computes only what is
 * asked for. Directives (`@skip`, `@include`) are not evaluated: a field they may drop counts as
 * selected, which costs work but never an answer.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const search = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return search(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = selection.name.value;
          if (seen.has(fragment)) return false;
          seen.add(fragment);
          return search(info.fragments[fragment]?.selectionSet);
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}

/**
 * Whether every field the operation selects on the value the resolver returns is one of `names`
 * (through inline and named fragments too): then a resolver that already holds those can skip
 * reading the rest. Directives are not evaluated: a field they may drop counts as selected.
 */
export function selectsOnly(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return names.includes(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = selection.name.value;
          if (seen.has(fragment)) return true;
          seen.add(fragment);
          return within(info.fragments[fragment]?.selectionSet);
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.every((node) => within(node.selectionSet));
}
