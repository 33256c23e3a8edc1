import { buildASTSchema, concatAST, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';

it('keeps the printed schema as a reviewed snapshot', async () => {
  const printed = printSchema(buildASTSchema(concatAST(loadTypeDefs())));
  await expect(printed).toMatchFileSnapshot('./__snapshots__/schema.graphql');
});
