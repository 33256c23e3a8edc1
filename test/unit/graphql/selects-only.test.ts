import { buildASTSchema, concatAST, type GraphQLObjectType, type GraphQLResolveInfo, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField, selectsOnly } from '../../../src/graphql/selection.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { parsedDocument } from '../../support/parsed-document.js';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

/**
 * The resolve info of the root field `people` of `document`, as the resolver of `Type.field` (whose type it
 * takes) sees it.
 */
function infoOf(
  document: string,
  [type, field]: [string, string],
  variableValues: Record<string, unknown> = {},
): GraphQLResolveInfo {
  const { selections, fragments } = parsedDocument(document);
  const people = selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === 'people',
  );
  const returnType = (schema.getType(type) as GraphQLObjectType).getFields()[field]?.type;
  return {
    fieldNodes: people ? [people] : [],
    fragments,
    schema,
    returnType,
    variableValues,
  } as unknown as GraphQLResolveInfo;
}

/** As CompanyMove.people's resolver: a list of Person. */
const movePeople = (document: string, variables?: Record<string, unknown>) =>
  infoOf(document, ['CompanyMove', 'people'], variables);
/** As Query.people's resolver: a PersonConnection. */
const peopleConnection = (document: string, variables?: Record<string, unknown>) =>
  infoOf(document, ['Query', 'people'], variables);

describe('selectsOnly', () => {
  it('is true when every selected field is one of the names, through fragments too', () => {
    expect(selectsOnly(movePeople('{ people { id } }'), ['id', '__typename'])).toBe(true);
    expect(
      selectsOnly(
        movePeople('{ people { __typename ... on Person { id } ...Ids } } fragment Ids on Person { id }'),
        ['id', '__typename'],
      ),
    ).toBe(true);
  });

  it('is false as soon as any other field is selected, at any depth of fragments', () => {
    expect(selectsOnly(movePeople('{ people { id label } }'), ['id', '__typename'])).toBe(false);
    expect(
      selectsOnly(movePeople('{ people { id ...More } } fragment More on Person { moves { from } }'), [
        'id',
        '__typename',
      ]),
    ).toBe(false);
    expect(selectsOnly(movePeople('{ people { ... on Person { headline } } }'), ['id'])).toBe(false);
  });

  it('leaves out what GraphQL leaves out: a field @skip-ped or not @include-d, a fragment on another type', () => {
    const document = 'query ($more: Boolean!) { people { id label @include(if: $more) } }';
    expect(selectsOnly(movePeople(document, { more: false }), ['id'])).toBe(true);
    expect(selectsOnly(movePeople(document, { more: true }), ['id'])).toBe(false);
    expect(selectsOnly(movePeople('{ people { id headline @skip(if: true) } }'), ['id'])).toBe(true);
    expect(selectsOnly(movePeople('{ people { id ... on Company { name } } }'), ['id'])).toBe(true);
    // Entity is an interface Person implements: its fields are selected on a person.
    expect(selectsOnly(movePeople('{ people { id ... on Entity { label } } }'), ['id'])).toBe(false);
  });
});

describe('selectsField', () => {
  it("is whether the connection's totalCount is asked for, in the field or a fragment", () => {
    expect(selectsField(peopleConnection('{ people { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(peopleConnection('{ people { edges { node { id } } } }'), 'totalCount')).toBe(false);
    expect(
      selectsField(
        peopleConnection('{ people { ...Count } } fragment Count on PersonConnection { totalCount }'),
        'totalCount',
      ),
    ).toBe(true);
  });

  it('a totalCount the request drops by a directive is not counted', () => {
    const document =
      'query ($count: Boolean!) { people { edges { cursor } totalCount @include(if: $count) } }';
    expect(selectsField(peopleConnection(document, { count: false }), 'totalCount')).toBe(false);
    expect(selectsField(peopleConnection(document, { count: true }), 'totalCount')).toBe(true);
  });
});
