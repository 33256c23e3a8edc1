import { DEV_S33_XTECH33_DIR, devS33Xtech33Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech33's development documents (dev-s33-xtech33)",
  dir: DEV_S33_XTECH33_DIR,
  minimum: { all: 5, '.txt': 2, '.md': 1, '.pdf': 0, '.docx': 2 },
  formats: ['text', 'markdown', 'docx'],
  load: () => devS33Xtech33Set(),
  namedOnly: 'dev-s33-xtech33',
});
