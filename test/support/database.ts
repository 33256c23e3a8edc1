import { inject } from 'vitest';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { clearDatabase as clearGraph } from './clear-database.js';

let shared: Executor | undefined;

/** The test file's Executor on the throwaway database (closed after the file by the setup file). */
export function testExecutor(): Executor {
  if (!shared) {
    const { uri, user, password } = inject('database');
    shared = new Executor(createDriver({ uri, user, password }), { timeoutMs: 30_000 });
  }
  return shared;
}

export async function closeTestExecutor(): Promise<void> {
  await shared?.close();
  shared = undefined;
}

/** Empties the graph (schema stays). */
export function clearDatabase(): Promise<void> {
  return clearGraph(testExecutor());
}
