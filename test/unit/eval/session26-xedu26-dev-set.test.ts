import { DEV_S26_XEDU26_DIR, devS26Xedu26Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu26's education development documents (dev-s26-xedu26)",
  dir: DEV_S26_XEDU26_DIR,
  minimum: { all: 6, '.txt': 2, '.md': 1, '.pdf': 1, '.docx': 2 },
  load: () => devS26Xedu26Set(),
  namedOnly: 'dev-s26-xedu26',
});
