import {
  DEV_TEXT_DIR,
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_5_DIR,
  UNSEEN_6_DIR,
  UNSEEN_7_DIR,
  UNSEEN_DIR,
  unseen7Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the seventh unseen documents (unseen-7)',
  dir: UNSEEN_7_DIR,
  minimum: { all: 33, '.txt': 12, '.md': 9, '.pdf': 6, '.docx': 6 },
  otherSets: [
    HELD_OUT_DIR,
    UNSEEN_DIR,
    UNSEEN_2_DIR,
    UNSEEN_3_DIR,
    UNSEEN_4_DIR,
    UNSEEN_5_DIR,
    UNSEEN_6_DIR,
    DEV_TEXT_DIR,
  ],
  load: () => unseen7Set(),
  namedOnly: 'unseen-7',
});
