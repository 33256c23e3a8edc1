import { describe, expect, it } from 'vitest';
import { cypher } from '../src/db/cypher-query.js';
import { clearDatabase, testExecutor } from './support/database.js';

describe('the test database', () => {
  it('answers a Cypher round trip through neo4j-driver', async () => {
    await clearDatabase();
    const executor = testExecutor();
    await executor.write(cypher('smoke.create', 'CREATE (:Smoke {word: $word, n: $n})'), {
      word: 'hello',
      n: 41,
    });
    const rows = await executor.read<{ word: string; next: number }>(
      cypher('smoke.read', 'MATCH (s:Smoke) RETURN s.word AS word, s.n + 1 AS next'),
    );
    expect(rows).toEqual([{ word: 'hello', next: 42 }]);
    await clearDatabase();
  });
});
