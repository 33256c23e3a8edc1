import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import {
  DEV_TEXT_DIR,
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_5_DIR,
  UNSEEN_6_DIR,
  UNSEEN_DIR,
  unseen6Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the sixth unseen documents (unseen-6)',
  dir: UNSEEN_6_DIR,
  minimum: { all: 29, '.txt': 9, '.md': 8, '.pdf': 6, '.docx': 6 },
  otherSets: [HELD_OUT_DIR, UNSEEN_DIR, UNSEEN_2_DIR, UNSEEN_3_DIR, UNSEEN_4_DIR, UNSEEN_5_DIR, DEV_TEXT_DIR],
  load: () => unseen6Set(),
});

describe('eval:extract and unseen-6', () => {
  it('scores the set only when --sets names it, never in the default run', () => {
    expect(parseEvalArguments([]).sets).toEqual(['seed', 'rendered', 'heldout', 'unseen']);
    expect(DEFAULT_SETS).not.toContain('unseen-6');
    expect(parseEvalArguments(['--sets', 'unseen-6']).sets).toEqual(['unseen-6']);
    expect(parseEvalArguments(['--sets', 'unseen-5,unseen-6']).sets).toEqual(['unseen-5', 'unseen-6']);
  });
});
