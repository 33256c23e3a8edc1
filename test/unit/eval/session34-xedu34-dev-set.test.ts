import { DEV_S34_XEDU34_DIR, devS34Xedu34Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu34's schools and degrees development documents (dev-s34-xedu34)",
  dir: DEV_S34_XEDU34_DIR,
  minimum: { all: 5, '.txt': 2, '.md': 2, '.pdf': 1, '.docx': 0 },
  formats: ['text', 'markdown', 'pdf'],
  load: () => devS34Xedu34Set(),
  namedOnly: 'dev-s34-xedu34',
});
