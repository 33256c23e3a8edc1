import { DEV_S29_XEDU29_DIR, devS29Xedu29Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu29's education development documents (dev-s29-xedu29)",
  dir: DEV_S29_XEDU29_DIR,
  minimum: { all: 10, '.txt': 7, '.md': 3, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS29Xedu29Set(),
  namedOnly: 'dev-s29-xedu29',
});
