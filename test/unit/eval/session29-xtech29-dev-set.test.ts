import { DEV_S29_XTECH29_DIR, devS29Xtech29Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech29's development documents (dev-s29-xtech29)",
  dir: DEV_S29_XTECH29_DIR,
  minimum: { all: 3, '.txt': 1, '.md': 2, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS29Xtech29Set(),
  namedOnly: 'dev-s29-xtech29',
});
