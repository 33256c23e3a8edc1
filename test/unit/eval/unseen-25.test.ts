import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_25_DIR, unseen25Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-fifth hand-written documents (unseen-25, blind until session 34)',
  dir: UNSEEN_25_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen25Set(),
  namedOnly: 'unseen-25',
});

describe('unseen-25 is tuned on since session 34', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-25');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-25']).sets).toEqual(['unseen-25']);
  });
});
