import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../../src/graph/model.js';
import { formatFailedFiles, formatLoadSummary } from '../../../src/loader/format-load-summary.js';
import type { LoadSummary } from '../../../src/loader/load-summary.js';

/*
 * Files whose transaction's commit went unanswered, then was not confirmed by its rechecks, may be
 * in the graph: the load summary must not list them under "nothing of these files is in the graph".
 */
function summaryOf(failed: LoadSummary['failed']): LoadSummary {
  return {
    files: 3,
    people: 0,
    unchanged: 0,
    roles: 0,
    failed,
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    nodesCreatedByLabel: Object.fromEntries(
      NODE_LABELS.map((label) => [label, 0]),
    ) as LoadSummary['nodesCreatedByLabel'],
    unnormalised: [],
    durationMs: 0,
  };
}

const refused = { file: 'carol.yaml', issues: [], message: 'carol.yaml: could not be loaded: refused' };
const unconfirmed = (file: string) => ({
  file,
  issues: [],
  message: `${file}: may be in the graph: importResume: its commit was sent, but the wait ended before it answered`,
  mayBeInGraph: true as const,
});

describe('the load summary of files whose outcome is unknown', () => {
  it('lists them apart, as files that may be in the graph', () => {
    const lines = formatLoadSummary(
      summaryOf([refused, unconfirmed('ann.yaml'), unconfirmed('bob.yaml')]),
    ).split('\n');
    const notLoaded = lines.indexOf('Not loaded (1); nothing of these files is in the graph:');
    const notConfirmed = lines.indexOf(
      'Not confirmed (2); these files may be in the graph, loading them again tells:',
    );
    expect(notLoaded).toBeGreaterThan(-1);
    expect(lines[notLoaded + 1]).toBe(`  ${refused.message}`);
    expect(lines.slice(notConfirmed + 1)).toEqual([
      `  ${unconfirmed('ann.yaml').message}`,
      `  ${unconfirmed('bob.yaml').message}`,
    ]);
  });

  it('says nothing of files not in the graph when every failure is unconfirmed', () => {
    const lines = formatLoadSummary(summaryOf([unconfirmed('ann.yaml')])).split('\n');
    expect(lines.filter((line) => line.includes('in the graph'))).toEqual([
      'Not confirmed (1); these files may be in the graph, loading them again tells:',
      `  ${unconfirmed('ann.yaml').message}`,
    ]);
  });
});

describe("npm run load's stderr verdict", () => {
  it('names the files not loaded apart from those that may be in the graph', () => {
    expect(formatFailedFiles([refused, unconfirmed('ann.yaml'), unconfirmed('bob.yaml')])).toEqual([
      'Not loaded: carol.yaml',
      'Not confirmed, may be in the graph (load them again to know): ann.yaml, bob.yaml',
    ]);
  });

  it('writes no "Not loaded" line when every failure is unconfirmed', () => {
    expect(formatFailedFiles([unconfirmed('ann.yaml')])).toEqual([
      'Not confirmed, may be in the graph (load them again to know): ann.yaml',
    ]);
  });
});
