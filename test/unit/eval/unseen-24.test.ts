import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_24_DIR, unseen24Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twenty-fourth hand-written documents (unseen-24, blind until session 33)',
  dir: UNSEEN_24_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen24Set(),
  namedOnly: 'unseen-24',
});

describe('unseen-24 is tuned on since session 33', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-24');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-24']).sets).toEqual(['unseen-24']);
  });
});
