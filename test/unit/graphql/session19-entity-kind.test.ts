import { buildASTSchema, concatAST, isEnumType } from 'graphql';
import { expect, it } from 'vitest';
import { entityKinds } from '../../../src/graphql/entity-kind.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';

it("the schema's EntityKind enum has exactly the kinds the graph's labels give, in their order", () => {
  const kind = buildASTSchema(concatAST(loadTypeDefs())).getType('EntityKind');
  if (!isEnumType(kind)) throw new Error('EntityKind is not an enum of the schema');
  expect(kind.getValues().map((value) => value.name)).toEqual([...entityKinds]);
});
