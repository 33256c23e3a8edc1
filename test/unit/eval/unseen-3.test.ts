import { UNSEEN_3_DIR, unseen3Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the third unseen documents (unseen-3)',
  dir: UNSEEN_3_DIR,
  minimum: { all: 24, '.txt': 6, '.md': 6, '.pdf': 6, '.docx': 6 },
  load: () => unseen3Set(),
  namedOnly: 'unseen-3',
});
