import { DEV_S33_XDATE33_DIR, devS33Xdate33Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xdate33's development documents (dev-s33-xdate33)",
  dir: DEV_S33_XDATE33_DIR,
  minimum: { all: 6, '.txt': 1, '.md': 1, '.pdf': 2, '.docx': 2 },
  formats: ['text', 'markdown', 'pdf', 'docx'],
  load: () => devS33Xdate33Set(),
  namedOnly: 'dev-s33-xdate33',
});
