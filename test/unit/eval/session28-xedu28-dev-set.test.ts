import { DEV_S28_XEDU28_DIR, devS28Xedu28Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu28's education development documents (dev-s28-xedu28)",
  dir: DEV_S28_XEDU28_DIR,
  minimum: { all: 7, '.txt': 3, '.md': 1, '.pdf': 1, '.docx': 2 },
  load: () => devS28Xedu28Set(),
  namedOnly: 'dev-s28-xedu28',
});
