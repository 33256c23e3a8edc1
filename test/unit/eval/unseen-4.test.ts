import {
  DEV_TEXT_DIR,
  HELD_OUT_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_DIR,
  unseen4Set,
} from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the fourth unseen documents (unseen-4)',
  dir: UNSEEN_4_DIR,
  minimum: { all: 24, '.txt': 6, '.md': 6, '.pdf': 6, '.docx': 6 },
  otherSets: [HELD_OUT_DIR, UNSEEN_DIR, UNSEEN_2_DIR, UNSEEN_3_DIR, DEV_TEXT_DIR],
  load: () => unseen4Set(),
  namedOnly: 'unseen-4',
});
