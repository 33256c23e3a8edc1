import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_16_DIR, unseen16Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the sixteenth hand-written documents (unseen-16, blind until session 25)',
  dir: UNSEEN_16_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen16Set(),
  namedOnly: 'unseen-16',
});

describe('unseen-16 is tuned on since session 25', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-16');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-16']).sets).toEqual(['unseen-16']);
  });
});
