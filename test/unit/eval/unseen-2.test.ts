import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { HELD_OUT_DIR, UNSEEN_2_DIR, UNSEEN_DIR, unseen2Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the second unseen documents (unseen-2)',
  dir: UNSEEN_2_DIR,
  minimum: { all: 20, '.txt': 5, '.md': 5, '.pdf': 5, '.docx': 5 },
  otherSets: [HELD_OUT_DIR, UNSEEN_DIR],
  load: () => unseen2Set(),
});

describe('eval:extract and unseen-2', () => {
  it('scores the set only when --sets names it, never in the default run', () => {
    expect(parseEvalArguments([]).sets).toEqual(['seed', 'rendered', 'heldout', 'unseen']);
    expect(DEFAULT_SETS).not.toContain('unseen-2');
    expect(parseEvalArguments(['--sets', 'unseen-2']).sets).toEqual(['unseen-2']);
  });
});
