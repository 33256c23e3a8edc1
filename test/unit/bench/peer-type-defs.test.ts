import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { buildASTSchema, type GraphQLSchema, Kind, parse, validate } from 'graphql';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../bench/compare/operations.js';
import { peerTypeDefs } from '../../../bench/compare/peer-type-defs.js';
import { NODE_LABELS, RelType } from '../../../src/graph/model.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';

/**
 * graphql as @neo4j/graphql loads it (its CommonJS build): a schema can only be checked by the
 * copy of graphql that built it, and an ES import here gets the other build.
 */
const commonJsGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let ourSchema: GraphQLSchema;
let peerSchema: GraphQLSchema;

beforeAll(async () => {
  ourSchema = buildASTSchema({
    kind: Kind.DOCUMENT,
    definitions: loadTypeDefs().flatMap((doc) => doc.definitions),
  });
  // Building the schema does not connect: the driver is never used.
  const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'));
  peerSchema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  await driver.close();
});

describe("the peer's type definitions", () => {
  it('describe exactly our node labels, with relationship types of our model', () => {
    const nodes = [...peerTypeDefs.matchAll(/^type (\w+) @node/gm)].map(([, name]) => name);
    expect(nodes).toEqual([...NODE_LABELS]);
    const types = new Set(
      [...peerTypeDefs.matchAll(/@relationship\(type: "(\w+)"/g)].map(([, type]) => type),
    );
    expect([...types].sort()).toEqual(Object.values(RelType).sort());
  });
});

describe.each(operations)('operation $name', (operation) => {
  it('is a valid operation of our schema', () => {
    expect(validate(ourSchema, parse(operation.ours)).map((error) => error.message)).toEqual([]);
  });
});

// Operations with no form of the peer's own (ours only) have nothing to check here.
describe.each(operations.filter((operation) => operation.peer))('operation $name, the peer', (operation) => {
  it("is a valid operation of the peer's schema", () => {
    const query = operation.peer?.query ?? operation.ours;
    const errors = commonJsGraphql.validate(peerSchema, commonJsGraphql.parse(query));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
