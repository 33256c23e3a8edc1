import { DEV_S33_XEDU33_DIR, devS33Xedu33Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu33's schools and degrees development documents (dev-s33-xedu33)",
  dir: DEV_S33_XEDU33_DIR,
  minimum: { all: 8, '.txt': 2, '.md': 2, '.pdf': 2, '.docx': 2 },
  load: () => devS33Xedu33Set(),
  namedOnly: 'dev-s33-xedu33',
});
