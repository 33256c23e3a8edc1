import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_26_DIR, unseen26Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-sixth hand-written documents (unseen-26, blind until session 35)',
  dir: UNSEEN_26_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen26Set(),
  namedOnly: 'unseen-26',
});

describe('unseen-26 is tuned on since session 35', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-26');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-26']).sets).toEqual(['unseen-26']);
  });
});
