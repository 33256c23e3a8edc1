import { describe, expect, it } from 'vitest';
import { DatabaseConflictError, DatabaseTimeoutError } from '../../../src/db/errors.js';
import { NODE_LABELS } from '../../../src/graph/model.js';
import { formatLoadSummary } from '../../../src/loader/format-load-summary.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../../src/loader/load-batch.js';
import { retryParts } from '../../../src/loader/load-resumes.js';
import type { LoadSummary } from '../../../src/loader/load-summary.js';

function summary(extra: Partial<LoadSummary>): LoadSummary {
  return {
    files: 3,
    people: 3,
    unchanged: 0,
    roles: 4,
    failed: [],
    nodesCreated: 9,
    nodesUpdated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 12,
    relationshipsDeleted: 0,
    nodesCreatedByLabel: Object.fromEntries(
      NODE_LABELS.map((label) => [label, 0]),
    ) as LoadSummary['nodesCreatedByLabel'],
    unnormalised: [],
    durationMs: 1500,
    ...extra,
  };
}

describe('a load transaction split into smaller ones is reported with its error', () => {
  it('names how many files the transaction held and why it failed, once per split', () => {
    const text = formatLoadSummary(
      summary({
        splits: [
          { files: 250, message: 'The transaction timed out after 60000 ms.' },
          { files: 2, message: 'Deadlock detected.' },
        ],
      }),
    );
    expect(text.split('\n').filter((line) => line.startsWith('A transaction of'))).toEqual([
      'A transaction of 250 files failed and was loaded again in smaller ones: The transaction timed out after 60000 ms.',
      'A transaction of 2 files failed and was loaded again in smaller ones: Deadlock detected.',
    ]);
  });

  it('says nothing of splits when there were none', () => {
    expect(formatLoadSummary(summary({}))).not.toContain('A transaction of');
  });
});

describe('retryParts: a failed transaction of several résumés is loaded again', () => {
  it('in halves after a timeout, the first half the larger', () => {
    const timeout = new DatabaseTimeoutError(LOAD_TRANSACTION, 60_000);
    expect(retryParts(['a', 'b', 'c', 'd', 'e'], timeout)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(retryParts(['a', 'b'], timeout)).toEqual([['a'], ['b']]);
  });

  it('one résumé per transaction after any other error, so that it is pinned on its file', () => {
    const conflict = new DatabaseConflictError(LOAD_TRANSACTION, 8, new Error('deadlock'));
    expect(retryParts(['a', 'b', 'c'], conflict)).toEqual([['a'], ['b'], ['c']]);
    expect(retryParts(['a', 'b'], new Error('a mistake of ours'))).toEqual([['a'], ['b']]);
  });
});
