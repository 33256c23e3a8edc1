import { DEV_S33_XROLE33_DIR, devS33Xrole33Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xrole33's employer and title development documents (dev-s33-xrole33)",
  dir: DEV_S33_XROLE33_DIR,
  minimum: { all: 8, '.txt': 4, '.md': 1, '.pdf': 3, '.docx': 0 },
  formats: ['text', 'markdown', 'pdf'],
  load: () => devS33Xrole33Set(),
  namedOnly: 'dev-s33-xrole33',
});
