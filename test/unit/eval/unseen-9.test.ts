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
  UNSEEN_DIR,
  unseen9Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the ninth hand-written documents (unseen-9, a development set)',
  dir: UNSEEN_9_DIR,
  minimum: { all: 24, '.txt': 4, '.md': 4, '.pdf': 10, '.docx': 6 },
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
    DEV_TEXT_DIR,
  ],
  load: () => unseen9Set(),
  namedOnly: 'unseen-9',
});
