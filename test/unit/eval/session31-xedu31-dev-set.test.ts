import { DEV_S31_XEDU31_DIR, devS31Xedu31Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu31's schools and degrees development documents (dev-s31-xedu31)",
  dir: DEV_S31_XEDU31_DIR,
  minimum: { all: 5, '.txt': 1, '.md': 2, '.pdf': 1, '.docx': 1 },
  load: () => devS31Xedu31Set(),
  namedOnly: 'dev-s31-xedu31',
});
