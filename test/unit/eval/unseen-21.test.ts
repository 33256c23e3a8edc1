import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_21_DIR, unseen21Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-first hand-written documents (unseen-21, blind until session 30)',
  dir: UNSEEN_21_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen21Set(),
  namedOnly: 'unseen-21',
});

describe('unseen-21 is tuned on since session 30', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-21');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-21']).sets).toEqual(['unseen-21']);
  });
});
