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
  UNSEEN_9_DIR,
  UNSEEN_10_DIR,
  UNSEEN_DIR,
  unseen10Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the tenth hand-written documents (unseen-10, a blind set)',
  dir: UNSEEN_10_DIR,
  minimum: { all: 24, '.txt': 5, '.md': 4, '.pdf': 9, '.docx': 6 },
  otherSets: [
    HELD_OUT_DIR,
    UNSEEN_DIR,
    UNSEEN_2_DIR,
    UNSEEN_3_DIR,
    UNSEEN_4_DIR,
    UNSEEN_5_DIR,
    UNSEEN_6_DIR,
    UNSEEN_7_DIR,
    UNSEEN_8_DIR,
    UNSEEN_9_DIR,
    DEV_TEXT_DIR,
  ],
  load: () => unseen10Set(),
  namedOnly: 'unseen-10',
});
