import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_15_DIR, unseen15Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fifteenth hand-written documents (unseen-15, a blind set)',
  dir: UNSEEN_15_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen15Set(),
  namedOnly: 'unseen-15',
});

describe('unseen-15 is kept blind', () => {
  it('is a blind set that --variants, a tuning tool, refuses', () => {
    expect(BLIND_SETS).toContain('unseen-15');
    expect(() => parseEvalArguments(['--variants', '--sets', 'unseen-15'])).toThrow(
      /unseen-15 is kept blind/u,
    );
  });
});
