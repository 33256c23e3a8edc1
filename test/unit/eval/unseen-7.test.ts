import { UNSEEN_7_DIR, unseen7Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the seventh unseen documents (unseen-7)',
  dir: UNSEEN_7_DIR,
  minimum: { all: 33, '.txt': 12, '.md': 9, '.pdf': 6, '.docx': 6 },
  load: () => unseen7Set(),
  namedOnly: 'unseen-7',
});
