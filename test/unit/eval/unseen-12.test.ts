import { UNSEEN_12_DIR, unseen12Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the twelfth hand-written documents (unseen-12, a blind set)',
  dir: UNSEEN_12_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
  load: () => unseen12Set(),
  namedOnly: 'unseen-12',
});
