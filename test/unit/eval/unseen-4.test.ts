import { UNSEEN_4_DIR, unseen4Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fourth unseen documents (unseen-4)',
  dir: UNSEEN_4_DIR,
  minimum: { all: 24, '.txt': 6, '.md': 6, '.pdf': 6, '.docx': 6 },
  load: () => unseen4Set(),
  namedOnly: 'unseen-4',
});
