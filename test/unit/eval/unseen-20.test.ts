import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_20_DIR, unseen20Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twentieth hand-written documents (unseen-20, blind until session 29)',
  dir: UNSEEN_20_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen20Set(),
  namedOnly: 'unseen-20',
});

describe('unseen-20 is tuned on since session 29', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-20');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-20']).sets).toEqual(['unseen-20']);
  });
});
