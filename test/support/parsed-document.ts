import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionNode,
} from 'graphql';

/**
 * The root selections of `document`'s first operation and its fragments by name: what a resolver's
 * info holds of the request, for unit tests of code that reads selection sets.
 */
export function parsedDocument(document: string): {
  selections: readonly SelectionNode[];
  fragments: Record<string, FragmentDefinitionNode>;
} {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { selections: operation?.selectionSet.selections ?? [], fragments };
}
