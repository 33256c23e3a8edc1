import { UNSEEN_6_DIR, unseen6Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the sixth unseen documents (unseen-6)',
  dir: UNSEEN_6_DIR,
  minimum: { all: 29, '.txt': 9, '.md': 8, '.pdf': 6, '.docx': 6 },
  load: () => unseen6Set(),
  namedOnly: 'unseen-6',
});
