import { UNSEEN_13_DIR, unseen13Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the thirteenth hand-written documents (unseen-13, a blind set)',
  dir: UNSEEN_13_DIR,
  minimum: { all: 18, '.txt': 6, '.md': 4, '.pdf': 4, '.docx': 4 },
  load: () => unseen13Set(),
  namedOnly: 'unseen-13',
});
