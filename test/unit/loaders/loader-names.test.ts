import { describe, expect, it } from 'vitest';
import { createDriver } from '../../../src/db/create-driver.js';
import { Executor } from '../../../src/db/Executor.js';
import { clearLoaders, createLoaders } from '../../../src/graphql/loaders/create-loaders.js';

// A driver connects on first use only: nothing here reaches a database.
const executor = new Executor(createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' }), {
  timeoutMs: 1000,
});

describe('per-request loaders', () => {
  const loaders = createLoaders(executor);

  it('are each named after the query they batch, so traces say which relation a batch loaded', () => {
    const names = Object.entries(loaders).map(([key, loader]) => [key, loader.name]);
    expect(names.filter(([, name]) => typeof name !== 'string' || name === '')).toEqual([]);
    expect(new Set(names.map(([, name]) => name)).size).toBe(names.length);
    expect(loaders.personRoles.name).toBe('person.roles');
    expect(loaders.entity.name).toBe('entity.byId');
  });

  it('forget what they hold when cleared after a mutation', async () => {
    const before = [{ id: 'r1', kind: 'ROLE' as const }];
    const after = [{ id: 'r2', kind: 'ROLE' as const }];
    loaders.personRoles.prime('p1', before);
    // prime() keeps an existing entry: only a cleared loader takes the new one.
    loaders.personRoles.prime('p1', after);
    expect(await loaders.personRoles.load('p1')).toEqual(before);
    clearLoaders(loaders);
    loaders.personRoles.prime('p1', after);
    expect(await loaders.personRoles.load('p1')).toEqual(after);
  });
});
