import { UNSEEN_2_DIR, unseen2Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the second unseen documents (unseen-2)',
  dir: UNSEEN_2_DIR,
  minimum: { all: 20, '.txt': 5, '.md': 5, '.pdf': 5, '.docx': 5 },
  load: () => unseen2Set(),
  namedOnly: 'unseen-2',
});
