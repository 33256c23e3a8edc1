import { inject } from 'vitest';
import { createDriver } from '../../src/db/create-driver.js';
import { cypher } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';

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

const deleteEverything = cypher(
  'test.clearDatabase',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
);

/** Empties the graph (schema stays). */
export async function clearDatabase(): Promise<void> {
  const session = testExecutor().driver.session();
  try {
    await session.run(deleteEverything.text);
  } finally {
    await session.close();
  }
}
