import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsOnly } from '../../../src/graphql/selection.js';

/** The resolve info of the field `people` in `document` (its first occurrence, as a resolver sees it). */
function infoOfPeople(document: string): GraphQLResolveInfo {
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
  const people = operation?.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === 'people',
  );
  return { fieldNodes: people ? [people] : [], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsOnly', () => {
  it('is true when every selected field is one of the names, through fragments too', () => {
    expect(selectsOnly(infoOfPeople('{ people { id } }'), ['id', '__typename'])).toBe(true);
    expect(
      selectsOnly(
        infoOfPeople('{ people { __typename ... on Person { id } ...Ids } } fragment Ids on Person { id }'),
        ['id', '__typename'],
      ),
    ).toBe(true);
  });

  it('is false as soon as any other field is selected, at any depth of fragments', () => {
    expect(selectsOnly(infoOfPeople('{ people { id label } }'), ['id', '__typename'])).toBe(false);
    expect(
      selectsOnly(infoOfPeople('{ people { id ...More } } fragment More on Person { moves { from } }'), [
        'id',
        '__typename',
      ]),
    ).toBe(false);
    expect(selectsOnly(infoOfPeople('{ people { ... on Person { headline } } }'), ['id'])).toBe(false);
  });
});
