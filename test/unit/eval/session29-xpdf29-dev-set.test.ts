import { DEV_S29_XPDF29_DIR, devS29Xpdf29Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xpdf29's development documents (dev-s29-xpdf29)",
  dir: DEV_S29_XPDF29_DIR,
  minimum: { all: 9, '.txt': 0, '.md': 0, '.pdf': 9, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS29Xpdf29Set(),
  namedOnly: 'dev-s29-xpdf29',
});
