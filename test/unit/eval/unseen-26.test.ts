import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_26_DIR, unseen26Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-sixth hand-written documents (unseen-26, a blind set)',
  dir: UNSEEN_26_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen26Set(),
  namedOnly: 'unseen-26',
});

describe('unseen-26 is kept blind', () => {
  it('is a blind set that --variants, a tuning tool, refuses', () => {
    expect(BLIND_SETS).toContain('unseen-26');
    expect(() => parseEvalArguments(['--variants', '--sets', 'unseen-26'])).toThrow(
      /unseen-26 is kept blind/u,
    );
  });
});
