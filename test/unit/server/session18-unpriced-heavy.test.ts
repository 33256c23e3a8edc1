import {
  buildASTSchema,
  concatAST,
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Context } from '../../../src/graphql/context.js';
import { type ListBoundsCache, listBounds } from '../../../src/graphql/guard-rails/list-bounds.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { guardRailsPlugin } from '../../../src/server/guard-rails-plugin.js';
import { TurnGate } from '../../../src/server/turn-gate.js';

/*
 * The plugin's pricing of an operation against bounds it is given: here a heavy gate of one turn,
 * already taken, so an operation priced as heavy is refused at once (429) and a cheap one passes.
 */
const limits = loadConfig({ CAREER_GRAPH_TOKEN: 'nan' }).limits;
const schema = buildASTSchema(concatAST(loadTypeDefs()));

/** The plugin's answer to `query` on bounds `row` (a measurement's row, as list-bounds.ts reads it). */
async function answer(query: string, row: Record<string, number>) {
  const heavy = new TurnGate(1, 0, 'heavy operations');
  const taken = await heavy.enter(0);
  const gates = { heavy, operations: new TurnGate(4, 4, 'operations') };
  const bounds = { get: async () => listBounds(row) } as unknown as ListBoundsCache;
  const listener = await guardRailsPlugin(bounds, limits, gates).requestDidStart?.({} as never);
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const response = await listener?.responseForOperation?.({
    request: { query },
    document,
    operation,
    schema,
    contextValue: { executor: { remainingMs: () => 1_000 } } as unknown as Context,
  } as never);
  taken();
  return response;
}

/** A graph measured with a number for everything: 3 people of at most 2 roles. */
const measured = {
  Person_nodes: 3,
  Role_nodes: 6,
  Company_nodes: 2,
  Technology_nodes: 4,
  Project_nodes: 1,
  School_nodes: 1,
  Person_roles: 2,
  relationships: 20,
};
const rolesPage = '{ people(first: 3) { edges { node { roles { title } } } } }';

describe('the guard rails on a price that is not a number', () => {
  it('let a cheap operation through on measured bounds', async () => {
    expect(await answer(rolesPage, measured)).toBeNull();
  });

  it('treat it as unpriced, so heavy, never as cheap', async () => {
    // Roles per person not a number: NaN × the page, which `>` and `>=` would both call cheap.
    const response = await answer(rolesPage, { ...measured, Person_roles: Number.NaN });
    expect(response?.http?.status).toBe(429);
    expect(response?.body).toEqual({
      kind: 'single',
      singleResult: {
        errors: [
          {
            message:
              "Too many heavy operations at once (1 heavy operations are running and 0 waiting; this one is heavy until the graph's list bounds are measured): retry in a moment, or ask for less.",
            extensions: { code: 'TOO_MANY_REQUESTS' },
          },
        ],
      },
    });
  });
});
