import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_27_DIR, unseen27Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-seventh hand-written documents (unseen-27, a blind set)',
  dir: UNSEEN_27_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen27Set(),
  namedOnly: 'unseen-27',
});

describe('unseen-27 is kept blind', () => {
  it('is a blind set that --variants, a tuning tool, refuses', () => {
    expect(BLIND_SETS).toContain('unseen-27');
    expect(() => parseEvalArguments(['--variants', '--sets', 'unseen-27'])).toThrow(
      /unseen-27 is kept blind/u,
    );
  });
});
