import { describe, expect, it } from 'vitest';
import type { Executor } from '../../../src/db/Executor.js';
import type { Context } from '../../../src/graphql/context.js';
import type { ListBoundsCache } from '../../../src/graphql/guard-rails/list-bounds.js';
import { createLoaders } from '../../../src/graphql/loaders/create-loaders.js';
import { withMutationUpkeep } from '../../../src/server/guard-rails-plugin.js';

/** What the upkeep after a mutation touches: the request's loaders and the list bounds. */
function setUp() {
  const loaders = createLoaders({} as Executor);
  loaders.personRoles.prime('p1', [{ id: 'r1', kind: 'ROLE' }]);
  let stale = 0;
  const bounds = {
    markStale: () => {
      stale += 1;
    },
  } as unknown as ListBoundsCache;
  return { context: { loaders } as Context, bounds, stale: () => stale };
}

/** Whether the loader still holds what was primed (a cleared one takes a new value). */
async function holdsPrimed(context: Context): Promise<boolean> {
  context.loaders.personRoles.prime('p1', [{ id: 'r2', kind: 'ROLE' }]);
  const [role] = await context.loaders.personRoles.load('p1');
  return role?.id === 'r1';
}

/** A resolver called as graphql-js calls it. */
const call = (resolve: unknown, context: Context) =>
  (resolve as (parent: unknown, args: unknown, context: Context, info: unknown) => Promise<unknown>)(
    undefined,
    {},
    context,
    {},
  );

describe('withMutationUpkeep', () => {
  it('clears the loaders and marks the bounds after each mutation, once its value has settled', async () => {
    const { context, bounds, stale } = setUp();
    let heldWhileRunning: boolean | undefined;
    const wrapped = withMutationUpkeep(
      {
        Query: { person: () => null },
        Mutation: {
          rename: async () => {
            heldWhileRunning = stale() === 0;
            return { id: 'p1' };
          },
        },
      },
      bounds,
    );
    expect(await call(wrapped.Mutation.rename, context)).toEqual({ id: 'p1' });
    expect(heldWhileRunning).toBe(true);
    expect(stale()).toBe(1);
    expect(await holdsPrimed(context)).toBe(false);
    // Queries are left as they are.
    expect(wrapped.Query.person).toBeTypeOf('function');
    expect(wrapped.Query.person()).toBeNull();
  });

  it('does the same when the mutation fails, and passes its error on', async () => {
    const { context, bounds, stale } = setUp();
    const failure = new Error('No person "x".');
    const wrapped = withMutationUpkeep(
      {
        Mutation: {
          rename: async () => {
            throw failure;
          },
        },
      },
      bounds,
    );
    await expect(call(wrapped.Mutation.rename, context)).rejects.toBe(failure);
    expect(stale()).toBe(1);
    expect(await holdsPrimed(context)).toBe(false);
  });

  it('leaves resolvers without mutations as they are', () => {
    const { bounds } = setUp();
    const resolvers = { Query: { person: () => null } };
    expect(withMutationUpkeep(resolvers, bounds)).toBe(resolvers);
  });
});
