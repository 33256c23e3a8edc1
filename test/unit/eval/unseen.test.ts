import { UNSEEN_DIR, unseenSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the unseen documents',
  dir: UNSEEN_DIR,
  minimum: { all: 24, '.txt': 6, '.md': 4, '.pdf': 8, '.docx': 6 },
  load: () => unseenSet(),
});
