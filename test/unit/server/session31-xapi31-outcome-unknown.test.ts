import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseOutcomeUnknownError, DatabaseTimeoutError } from '../../../src/db/errors.js';
import { NODE_LABELS } from '../../../src/graph/model.js';
import { formatLoadSummary } from '../../../src/loader/format-load-summary.js';
import type { LoadSummary } from '../../../src/loader/load-summary.js';
import { createFormatError } from '../../../src/server/format-error.js';

/*
 * A commit sent and not answered in time is neither a failure nor a timeout: the API answers its own
 * code (the one mapping place, src/server/format-error.ts) and `npm run load` says the transaction
 * was loaded again rather than that it failed.
 */
const outcomeUnknown = new DatabaseOutcomeUnknownError(
  'importResume',
  'its 5000 ms limit passed',
  new DatabaseTimeoutError('importResume', 5000),
);

describe('an unknown outcome', () => {
  it('reads as a commit that may have been applied, naming the query', () => {
    expect(outcomeUnknown.message).toBe(
      'importResume: its commit was sent, but its 5000 ms limit passed before it answered; it may have been applied',
    );
    expect(outcomeUnknown.query).toBe('importResume');
  });

  it('is answered OUTCOME_UNKNOWN by the API, telling the client to read before sending again', () => {
    const format = createFormatError(true, () => {
      throw new Error('an unknown outcome is no unexpected error');
    });
    const error = new GraphQLError(outcomeUnknown.message, {
      originalError: outcomeUnknown,
      path: ['importResume'],
    });
    expect(format(error.toJSON(), error)).toEqual({
      message:
        'The change was sent to the database, whose answer did not come in time: it may have been applied. Read it back before sending it again.',
      path: ['importResume'],
      extensions: { code: 'OUTCOME_UNKNOWN' },
    });
  });

  it('shows in the load summary as a transaction loaded again, not as failed files', () => {
    const summary: LoadSummary = {
      files: 3,
      people: 3,
      unchanged: 0,
      roles: 4,
      failed: [],
      nodesCreated: 0,
      nodesUpdated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      nodesCreatedByLabel: Object.fromEntries(
        NODE_LABELS.map((label) => [label, 0]),
      ) as LoadSummary['nodesCreatedByLabel'],
      unnormalised: [],
      durationMs: 1000,
      rechecks: [{ files: 3, message: outcomeUnknown.message }],
    };
    const lines = formatLoadSummary(summary).split('\n');
    expect(lines).toContain(
      `A transaction of 3 files may have committed unanswered and was loaded again as it was: ${outcomeUnknown.message}`,
    );
    expect(lines.some((line) => line.startsWith('Not loaded'))).toBe(false);
  });
});
