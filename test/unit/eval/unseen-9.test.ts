import { UNSEEN_9_DIR, unseen9Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the ninth hand-written documents (unseen-9, a development set)',
  dir: UNSEEN_9_DIR,
  minimum: { all: 24, '.txt': 4, '.md': 4, '.pdf': 10, '.docx': 6 },
  load: () => unseen9Set(),
  namedOnly: 'unseen-9',
});
