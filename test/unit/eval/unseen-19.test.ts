import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_19_DIR, unseen19Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the nineteenth hand-written documents (unseen-19, a blind set)',
  dir: UNSEEN_19_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen19Set(),
  namedOnly: 'unseen-19',
});

describe('unseen-19 is kept blind', () => {
  it('is a blind set that --variants, a tuning tool, refuses', () => {
    expect(BLIND_SETS).toContain('unseen-19');
    expect(() => parseEvalArguments(['--variants', '--sets', 'unseen-19'])).toThrow(
      /unseen-19 is kept blind/u,
    );
  });
});
