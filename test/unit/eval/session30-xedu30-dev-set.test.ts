import { DEV_S30_XEDU30_DIR, devS30Xedu30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu30's education development documents (dev-s30-xedu30)",
  dir: DEV_S30_XEDU30_DIR,
  minimum: { all: 4, '.txt': 1, '.md': 1, '.pdf': 1, '.docx': 1 },
  load: () => devS30Xedu30Set(),
  namedOnly: 'dev-s30-xedu30',
});
