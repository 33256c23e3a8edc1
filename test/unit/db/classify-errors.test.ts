import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  classifyDatabaseError,
  DatabaseConflictError,
  DatabaseUnavailableError,
} from '../../../src/db/errors.js';

const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '', '');

describe('classifyDatabaseError', () => {
  it('answers the transaction memory pool running out as unavailable (overloaded), not as a conflict', () => {
    const error = classifyDatabaseError(
      neo4jError(
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        'The allocation of an extra 3.9 MiB would use more than the limit 716.8 MiB.',
      ),
      'experts',
      { limitMs: 5000, attempts: 8 },
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toBe(
      'experts: the database is overloaded (Neo.TransientError.General.MemoryPoolOutOfMemoryError: ' +
        'The allocation of an extra 3.9 MiB would use more than the limit 716.8 MiB.); retried 8 times',
    );
  });

  it('still answers a deadlock that outlasted its attempts as a conflict', () => {
    const error = classifyDatabaseError(
      neo4jError('Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[1] can not acquire'),
      'loadBatch',
      { limitMs: 5000, attempts: 8 },
    );
    expect(error).toBeInstanceOf(DatabaseConflictError);
  });
});
