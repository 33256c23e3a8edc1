import { UNSEEN_11_DIR, unseen11Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the eleventh hand-written documents (unseen-11, a blind set)',
  dir: UNSEEN_11_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen11Set(),
  namedOnly: 'unseen-11',
});
