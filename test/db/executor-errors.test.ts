import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import {
  DatabaseConflictError,
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
} from '../../src/db/errors.js';
import { AppError } from '../../src/errors/index.js';
import { testExecutor } from '../support/database.js';
import { counting, LONG } from '../support/transactions.js';

/** With { n: LONG }: no machine counts that far within the 200 ms the test allows. */
const endless = counting('test.endless');

const caught = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('Executor errors', () => {
  it('turns a transaction that outlives its timeout into a DatabaseTimeoutError naming query and limit', async () => {
    const error = await caught(testExecutor().withTimeout(200).read(endless, { n: LONG }));
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect(error).not.toBeInstanceOf(AppError);
    expect({ ...(error as DatabaseTimeoutError), message: (error as Error).message }).toMatchObject({
      message: 'test.endless ran past its 200 ms limit',
      query: 'test.endless',
      limitMs: 200,
    });
  });

  it('leaves a Cypher mistake of ours unexpected, with the query name and Neo4j code', async () => {
    const error = await caught(testExecutor().read(cypher('test.broken', 'RETURN nonsense(')));
    expect(error).toBeInstanceOf(DatabaseQueryError);
    expect((error as DatabaseQueryError).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect((error as DatabaseQueryError).query).toBe('test.broken');
    expect((error as Error).message).toMatch(
      /^test\.broken failed: Neo\.ClientError\.Statement\.SyntaxError: /,
    );
  });

  it('names the query of a transaction that failed, inside the transaction name', async () => {
    const error = await caught(
      testExecutor().transaction('test.twoSteps', async (tx) => {
        await tx.run(cypher('test.fine', 'RETURN 1 AS one'));
        await tx.run(cypher('test.bad', 'RETURN 1 / 0 AS x'));
      }),
    );
    expect(error).toBeInstanceOf(DatabaseQueryError);
    expect((error as DatabaseQueryError).query).toBe('test.twoSteps (test.bad)');
  });

  it('passes on what the work itself throws, untouched', async () => {
    const own = new Error('not a database problem');
    const error = await caught(
      testExecutor().transaction('test.own', async () => {
        throw own;
      }),
    );
    expect(error).toBe(own);
  });

  it('retries a transaction that met a node deleted under it, rolling back the failed attempt', async () => {
    const executor = testExecutor();
    const marker = `retry-test-${Date.now()}`;
    let attempts = 0;
    const result = await executor.transaction('test.retried', async (tx) => {
      attempts += 1;
      await tx.run(cypher('test.createMarker', 'CREATE (:RetryMarker {id: $id})'), { id: marker });
      if (attempts === 1) {
        // What Neo4j raises when a node this transaction matched was deleted by another one.
        throw new Neo4jError('Unable to load NODE 4:x:1', 'Neo.ClientError.Statement.EntityNotFound', '', '');
      }
      return attempts;
    });
    const [row] = await executor.write<{ n: number }>(
      cypher(
        'test.deleteMarkers',
        'MATCH (m:RetryMarker {id: $id}) WITH collect(m) AS ms FOREACH (m IN ms | DELETE m) RETURN size(ms) AS n',
      ),
      { id: marker },
    );
    expect({ result, markers: row?.n }).toEqual({ result: 2, markers: 1 });
  });

  it('gives up on a conflict that keeps coming back, as a DatabaseConflictError', async () => {
    let attempts = 0;
    const error = await caught(
      testExecutor().transaction('test.alwaysConflicting', async () => {
        attempts += 1;
        throw new Neo4jError('Unable to load NODE', 'Neo.ClientError.Statement.EntityNotFound', '', '');
      }),
    );
    expect(error).toBeInstanceOf(DatabaseConflictError);
    expect({ query: (error as DatabaseConflictError).query, attempts }).toEqual({
      query: 'test.alwaysConflicting',
      attempts: (error as DatabaseConflictError).attempts,
    });
    expect(attempts).toBeGreaterThan(1);
  });
});

describe('a request deadline', () => {
  it('is shared by the transactions of one request: once spent, the next one never reaches the database', async () => {
    const request = testExecutor().withDeadline(300);
    const first = await caught(request.read(endless, { n: LONG }));
    expect(first).toBeInstanceOf(DatabaseTimeoutError);
    expect((first as DatabaseTimeoutError).limitMs).toBe(300);
    const before = testExecutor().queryCount;
    const second = await caught(request.read(cypher('test.quick', 'RETURN 1 AS one')));
    expect(second).toBeInstanceOf(DatabaseTimeoutError);
    expect({
      query: (second as DatabaseTimeoutError).query,
      sent: testExecutor().queryCount - before,
    }).toEqual({
      query: 'test.quick',
      sent: 0,
    });
  });

  it('leaves other requests alone', async () => {
    const spent = testExecutor().withDeadline(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await caught(spent.read(cypher('test.quick', 'RETURN 1 AS one')))).toBeInstanceOf(
      DatabaseTimeoutError,
    );
    expect(await testExecutor().withDeadline(5_000).read(cypher('test.quick', 'RETURN 1 AS one'))).toEqual([
      { one: 1 },
    ]);
  });
});

describe('an unreachable database', () => {
  it('is a DatabaseUnavailableError naming the query', async () => {
    const { createDriver } = await import('../../src/db/create-driver.js');
    const { Executor } = await import('../../src/db/Executor.js');
    const { freePort } = await import('../../neo4j/local-neo4j.js');
    const port = await freePort();
    const executor = new Executor(
      createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }, 'api'),
      {
        timeoutMs: 1000,
      },
    );
    try {
      const error = await caught(executor.read(cypher('test.quick', 'RETURN 1 AS one')));
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as DatabaseUnavailableError).query).toBe('test.quick');
    } finally {
      await executor.close();
    }
  });
});
