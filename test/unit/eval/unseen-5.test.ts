import { UNSEEN_5_DIR, unseen5Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fifth unseen documents (unseen-5)',
  dir: UNSEEN_5_DIR,
  minimum: { all: 28, '.txt': 8, '.md': 8, '.pdf': 6, '.docx': 6 },
  load: () => unseen5Set(),
  namedOnly: 'unseen-5',
});
