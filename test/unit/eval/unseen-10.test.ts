import { UNSEEN_10_DIR, unseen10Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the tenth hand-written documents (unseen-10, a blind set)',
  dir: UNSEEN_10_DIR,
  minimum: { all: 24, '.txt': 5, '.md': 4, '.pdf': 9, '.docx': 6 },
  load: () => unseen10Set(),
  namedOnly: 'unseen-10',
});
