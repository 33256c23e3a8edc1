import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_14_DIR, unseen14Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fourteenth hand-written documents (unseen-14, a blind set)',
  dir: UNSEEN_14_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen14Set(),
  namedOnly: 'unseen-14',
});

describe('unseen-14 is kept blind', () => {
  it('is a blind set that --variants, a tuning tool, refuses', () => {
    expect(BLIND_SETS).toContain('unseen-14');
    expect(() => parseEvalArguments(['--variants', '--sets', 'unseen-14'])).toThrow(
      /unseen-14 is kept blind/u,
    );
  });
});
