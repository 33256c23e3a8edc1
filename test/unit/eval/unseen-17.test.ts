import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_17_DIR, unseen17Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the seventeenth hand-written documents (unseen-17, blind until session 26)',
  dir: UNSEEN_17_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen17Set(),
  namedOnly: 'unseen-17',
});

describe('unseen-17 is tuned on since session 26', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-17');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-17']).sets).toEqual(['unseen-17']);
  });
});
