import { DEV_S28_XEDU28_DIR, devS28Xedu28Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu28's education development documents (dev-s28-xedu28)",
  dir: DEV_S28_XEDU28_DIR,
  minimum: { all: 2, '.txt': 1, '.md': 1, '.pdf': 0, '.docx': 0 },
  load: () => devS28Xedu28Set(),
  formats: ['text', 'markdown'],
  namedOnly: 'dev-s28-xedu28',
});
