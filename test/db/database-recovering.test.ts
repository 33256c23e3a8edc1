import { Neo4jError } from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import { DatabaseUnavailableError } from '../../src/db/errors.js';
import { testExecutor } from '../support/database.js';

/**
 * After a kill -9 Neo4j opens Bolt before its database has recovered, and answers every transaction
 * meanwhile with Neo.TransientError.General.DatabaseUnavailable (after holding it for a while). That
 * is the database being away, as neo4j-driver itself classes it: the Executor answers it as
 * DatabaseUnavailableError (SERVICE_UNAVAILABLE) with one immediate reconnect, as for a lost
 * connection, and does not retry it as a conflict with backoff, which kept requests waiting past
 * the database's return (issue 11, point 8). The error is thrown by the work itself, on the real
 * database, as Neo4j would raise it.
 */
const marker = cypher('test.recoveringMarker', 'CREATE (:RecoveringMarker {id: $id})');
const unavailable = () =>
  new Neo4jError('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable', '', '');

describe('a database that is recovering (DatabaseUnavailable)', () => {
  it('is answered as unavailable after one immediate reconnect, with nothing written', async () => {
    const id = `recovering-${Date.now()}`;
    let attempts = 0;
    const error = await testExecutor()
      .transaction('test.recovering', async (tx) => {
        attempts += 1;
        await tx.run(marker, { id });
        throw unavailable();
      })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    const [left] = await testExecutor().read<{ n: number }>(
      cypher('test.recoveringMarkers', 'MATCH (m:RecoveringMarker {id: $id}) RETURN count(m) AS n'),
      { id },
    );
    expect({
      kind: error instanceof DatabaseUnavailableError,
      message: (error as Error).message,
      attempts,
      written: left?.n,
    }).toEqual({
      kind: true,
      message:
        'test.recovering (test.recoveringMarker): the database is unreachable (Neo.TransientError.General.DatabaseUnavailable: Database neo4j is unavailable.)',
      attempts: 2,
      written: 0,
    });
  });

  it('is ridden out by a load, which reconnects until the database serves again', async () => {
    const { uri, user, password } = inject('database');
    const loading = connect({ uri, user, password, database: undefined }, 'batch', { timeoutMs: 30_000 });
    let attempts = 0;
    try {
      const result = await loading.transaction('test.recoveringLoad', async () => {
        attempts += 1;
        if (attempts < 3) throw unavailable();
        return 'loaded';
      });
      expect({ result, attempts }).toEqual({ result: 'loaded', attempts: 3 });
    } finally {
      await loading.close();
    }
  });
});
