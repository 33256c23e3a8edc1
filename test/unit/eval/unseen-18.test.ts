import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { UNSEEN_18_DIR, unseen18Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the eighteenth hand-written documents (unseen-18, blind until session 27)',
  dir: UNSEEN_18_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen18Set(),
  namedOnly: 'unseen-18',
});

describe('unseen-18 is tuned on since session 27', () => {
  it('has left the blind sets, so --variants varies it', () => {
    expect(BLIND_SETS).not.toContain('unseen-18');
    expect(parseEvalArguments(['--variants', '--sets', 'unseen-18']).sets).toEqual(['unseen-18']);
  });
});
