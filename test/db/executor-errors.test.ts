import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { AppError } from '../../src/errors/index.js';
import { testExecutor } from '../support/database.js';

/** A billion rows: no machine counts them within the 200 ms the test allows. */
const endless = cypher('test.endless', 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n');

describe('Executor error mapping', () => {
  it('turns a transaction that outlives its timeout into TIMEOUT, naming the limit', async () => {
    const error = await testExecutor()
      .withTimeout(200)
      .read(endless)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(AppError);
    expect({ message: (error as AppError).message, extensions: (error as AppError).extensions }).toEqual({
      message: 'The query ran longer than the 200 ms limit; narrow it (smaller "first", "depth" or "limit").',
      extensions: { code: 'TIMEOUT' },
    });
  });

  it('leaves a Cypher mistake of ours unexpected, to be logged and masked', async () => {
    const broken = cypher('test.broken', 'RETURN nonsense(');
    const error = await testExecutor()
      .read(broken)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).not.toBeInstanceOf(AppError);
    expect((error as { code?: string }).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });
});
