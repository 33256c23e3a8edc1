import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_19_DIR, unseen19Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the nineteenth hand-written documents (unseen-19, blind until session 28)',
  dir: UNSEEN_19_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen19Set(),
  namedOnly: 'unseen-19',
});

describe('unseen-19 is tuned on since session 28', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-19');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-19']).sets).toEqual(['unseen-19']);
  });
});
