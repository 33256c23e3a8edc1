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
  UNSEEN_11_DIR,
  UNSEEN_DIR,
  unseen11Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the eleventh hand-written documents (unseen-11, a blind set)',
  dir: UNSEEN_11_DIR,
  minimum: { all: 18, '.txt': 3, '.md': 3, '.pdf': 7, '.docx': 5 },
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
    UNSEEN_10_DIR,
    DEV_TEXT_DIR,
  ],
  load: () => unseen11Set(),
  namedOnly: 'unseen-11',
});
