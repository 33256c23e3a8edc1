import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/cli/load.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../../src/db/errors.js';

/*
 * How `npm run load` words a failed run (issue 9 point 4): for someone loading files, what
 * happened and what to do, never the database layer's own wording nor the API's advice (/health).
 * The unavailable case is also run end to end in test/reliability/load-cli-errors.test.ts.
 */
describe("npm run load's failure message", () => {
  it('says a transaction past its limit took too long in seconds, and to run again with a lower --concurrency', () => {
    const message = describeFailure(new DatabaseTimeoutError('loadBatch', 60_000));
    expect(message).toBe(
      'loadBatch took longer than 60 s. The database may be overloaded: run again with a lower --concurrency.',
    );
    expect(message).not.toContain('ran past its');
    expect(message).not.toContain('/health');
  });

  it('says an unavailable database is not answering, with the first line of the cause, and that a rerun is safe', () => {
    const cause = new Error('Could not connect to bolt://127.0.0.1:7687\nsecond line of the driver');
    const message = describeFailure(new DatabaseUnavailableError('loadBatch', 'loadBatch', cause));
    expect(message).toBe(
      'the database is not answering (Could not connect to bolt://127.0.0.1:7687). Check it with "npm run db:status" ' +
        '(or NEO4J_URI), then run the same command again: résumés already loaded are left as they are.',
    );
  });

  it('passes any other error through as its message', () => {
    expect(describeFailure(new Error('seed/resumes: no such folder'))).toBe('seed/resumes: no such folder');
    expect(describeFailure('plain')).toBe('plain');
  });
});
