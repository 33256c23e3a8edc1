import {
  buildASTSchema,
  concatAST,
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Context } from '../../../src/graphql/context.js';
import { type ListBoundsCache, listBounds } from '../../../src/graphql/guard-rails/list-bounds.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { createFormatError } from '../../../src/server/format-error.js';
import { guardRailsPlugin } from '../../../src/server/guard-rails-plugin.js';
import { tokenLimitRefusal } from '../../../src/server/max-tokens-middleware.js';
import { TurnGate } from '../../../src/server/turn-gate.js';

// Issue 9: every limit rejection is built by one constructor (format-error.ts `limitExceeded`).
// Each of the four places a limit refuses an operation is asked here, and all must answer in the
// one form: the limit's own words, then the same advice, coded QUERY_TOO_COMPLEX.

/** The advice the README gives with every limit rejection. */
const advice = 'Ask for fewer fields or a smaller "first", or split the operation.';

const limits = { ...loadConfig({ CAREER_GRAPH_TOKEN: 'nan' }).limits, resultValues: 10, responseBytes: 64 };
const schema = buildASTSchema(concatAST(loadTypeDefs()));
/** A graph of 3 people of at most 4 roles each: a page of their roles' titles is priced over 10 values. */
const measured = { Person_nodes: 3, Role_nodes: 12, Person_roles: 4 };

function plugin() {
  const gates = {
    heavy: new TurnGate(1, 1, 'heavy operations'),
    operations: new TurnGate(4, 4, 'operations'),
  };
  const bounds = { get: async () => listBounds(measured) } as unknown as ListBoundsCache;
  return guardRailsPlugin(bounds, limits, gates).requestDidStart?.({} as never);
}

/** The plugin's answer to an operation priced over the result-size limit. */
async function resultSizeRefusal() {
  const query = '{ people(first: 3) { edges { node { roles { title } } } } }';
  const document: DocumentNode = parse(query);
  const listener = await plugin();
  const response = await listener?.responseForOperation?.({
    request: { query },
    document,
    operation: document.definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode,
    schema,
    contextValue: { executor: { remainingMs: () => 1_000 } } as unknown as Context,
  } as never);
  expect(response?.http?.status).toBe(400);
  expect(response?.body.kind).toBe('single');
  return (response?.body as unknown as { singleResult: { errors: unknown[] } } | undefined)?.singleResult
    .errors[0];
}

/** The plugin's replacement of a response over the response-size limit. */
async function responseSizeRefusal() {
  const listener = await plugin();
  const response = {
    http: { status: 200 },
    body: { kind: 'single', singleResult: { data: { people: 'x'.repeat(200) } } },
  };
  await listener?.willSendResponse?.({ response } as never);
  expect(response.http.status).toBe(400);
  return response.body.singleResult as unknown as { errors: unknown[] };
}

describe('every limit rejection', () => {
  it('is the limit’s own words, then the one advice, coded QUERY_TOO_COMPLEX', async () => {
    const armor = new GraphQLError('Syntax Error: Query depth limit of 6 exceeded, found 9.');
    const errors = {
      tokens: tokenLimitRefusal('{ a b c d }', 3)?.errors[0],
      depth: createFormatError(true, () => {})(armor.toJSON(), armor),
      resultSize: await resultSizeRefusal(),
      responseSize: (await responseSizeRefusal()).errors[0],
    };
    expect(errors).toEqual({
      tokens: { message: `Token limit of 3 exceeded. ${advice}`, extensions: { code: 'QUERY_TOO_COMPLEX' } },
      depth: {
        message: `Query depth limit of 6 exceeded, found 9. ${advice}`,
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
      resultSize: {
        message: expect.stringMatching(
          /^Result size limit of 10 values exceeded: on this graph the operation could return /,
        ),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      },
      responseSize: {
        message: expect.stringMatching(
          /^Response size limit of 0 MB \(64 bytes\) exceeded: the answer came to /,
        ),
        extensions: { code: 'QUERY_TOO_COMPLEX', limitBytes: 64 },
      },
    });
    for (const error of Object.values(errors)) {
      expect((error as { message: string }).message.endsWith(`. ${advice}`)).toBe(true);
    }
  });
});
