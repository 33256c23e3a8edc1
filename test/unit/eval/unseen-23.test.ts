import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_23_DIR, unseen23Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-third hand-written documents (unseen-23, blind until session 32)',
  dir: UNSEEN_23_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen23Set(),
  namedOnly: 'unseen-23',
});

describe('unseen-23 is tuned on since session 32', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-23');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-23']).sets).toEqual(['unseen-23']);
  });
});
