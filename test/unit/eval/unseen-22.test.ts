import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_22_DIR, unseen22Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-second hand-written documents (unseen-22, blind until session 31)',
  dir: UNSEEN_22_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen22Set(),
  namedOnly: 'unseen-22',
});

describe('unseen-22 is tuned on since session 31', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-22');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-22']).sets).toEqual(['unseen-22']);
  });
});
