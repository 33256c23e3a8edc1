import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import {
  DEV_TEXT_DIR,
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_5_DIR,
  UNSEEN_DIR,
  unseen5Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fifth unseen documents (unseen-5)',
  dir: UNSEEN_5_DIR,
  minimum: { all: 28, '.txt': 8, '.md': 8, '.pdf': 6, '.docx': 6 },
  otherSets: [HELD_OUT_DIR, UNSEEN_DIR, UNSEEN_2_DIR, UNSEEN_3_DIR, UNSEEN_4_DIR, DEV_TEXT_DIR],
  load: () => unseen5Set(),
});

describe('eval:extract and unseen-5', () => {
  it('scores the set only when --sets names it, never in the default run', () => {
    expect(parseEvalArguments([]).sets).toEqual(['seed', 'rendered', 'heldout', 'unseen']);
    expect(DEFAULT_SETS).not.toContain('unseen-5');
    expect(parseEvalArguments(['--sets', 'unseen-5']).sets).toEqual(['unseen-5']);
    expect(parseEvalArguments(['--sets', 'unseen-4,unseen-5']).sets).toEqual(['unseen-4', 'unseen-5']);
  });
});
