import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import {
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_DIR,
  unseen3Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the third unseen documents (unseen-3)',
  dir: UNSEEN_3_DIR,
  minimum: { all: 24, '.txt': 6, '.md': 6, '.pdf': 6, '.docx': 6 },
  otherSets: [HELD_OUT_DIR, UNSEEN_DIR, UNSEEN_2_DIR],
  load: () => unseen3Set(),
});

describe('eval:extract and unseen-3', () => {
  it('scores the set only when --sets names it, never in the default run', () => {
    expect(parseEvalArguments([]).sets).toEqual(['seed', 'rendered', 'heldout', 'unseen']);
    expect(DEFAULT_SETS).not.toContain('unseen-3');
    expect(parseEvalArguments(['--sets', 'unseen-3']).sets).toEqual(['unseen-3']);
    expect(parseEvalArguments(['--sets', 'unseen-2,unseen-3']).sets).toEqual(['unseen-2', 'unseen-3']);
  });
});
