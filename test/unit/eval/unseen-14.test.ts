import { UNSEEN_14_DIR, unseen14Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fourteenth hand-written documents (unseen-14, a blind set)',
  dir: UNSEEN_14_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen14Set(),
  namedOnly: 'unseen-14',
});
