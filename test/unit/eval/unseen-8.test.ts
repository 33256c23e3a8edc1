import { UNSEEN_8_DIR, unseen8Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the eighth unseen documents (unseen-8)',
  dir: UNSEEN_8_DIR,
  minimum: { all: 30, '.txt': 7, '.md': 5, '.pdf': 9, '.docx': 9 },
  load: () => unseen8Set(),
  namedOnly: 'unseen-8',
});
