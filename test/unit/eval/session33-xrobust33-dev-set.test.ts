import { DEV_S33_XROBUST33_DIR, devS33Xrobust33Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xrobust33's development documents (dev-s33-xrobust33)",
  dir: DEV_S33_XROBUST33_DIR,
  minimum: { all: 3, '.txt': 1, '.md': 1, '.pdf': 1, '.docx': 0 },
  formats: ['text', 'markdown', 'pdf'],
  load: () => devS33Xrobust33Set(),
  namedOnly: 'dev-s33-xrobust33',
});
