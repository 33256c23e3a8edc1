import { DEV_S29_XWORD29_DIR, devS29Xword29Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword29's development documents (dev-s29-xword29)",
  dir: DEV_S29_XWORD29_DIR,
  minimum: { all: 7, '.txt': 0, '.md': 0, '.pdf': 2, '.docx': 5 },
  formats: ['pdf', 'docx'],
  load: () => devS29Xword29Set(),
  namedOnly: 'dev-s29-xword29',
});
