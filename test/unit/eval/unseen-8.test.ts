import {
  DEV_TEXT_DIR,
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_5_DIR,
  UNSEEN_6_DIR,
  UNSEEN_7_DIR,
  UNSEEN_8_DIR,
  UNSEEN_DIR,
  unseen8Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the eighth unseen documents (unseen-8)',
  dir: UNSEEN_8_DIR,
  minimum: { all: 30, '.txt': 7, '.md': 5, '.pdf': 9, '.docx': 9 },
  otherSets: [
    HELD_OUT_DIR,
    UNSEEN_DIR,
    UNSEEN_2_DIR,
    UNSEEN_3_DIR,
    UNSEEN_4_DIR,
    UNSEEN_5_DIR,
    UNSEEN_6_DIR,
    UNSEEN_7_DIR,
    DEV_TEXT_DIR,
  ],
  load: () => unseen8Set(),
  namedOnly: 'unseen-8',
});
