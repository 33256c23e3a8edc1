import { type GraphQLResolveInfo, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsOnly } from '../../../src/graphql/selection.js';
import { parsedDocument } from '../../support/parsed-document.js';

/** The resolve info of the field `people` in `document` (its first occurrence, as a resolver sees it). */
function infoOfPeople(document: string): GraphQLResolveInfo {
  const { selections, fragments } = parsedDocument(document);
  const people = selections.find(
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
