import { DEV_S30_XTECH30_DIR, devS30Xtech30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech30's development documents (dev-s30-xtech30)",
  dir: DEV_S30_XTECH30_DIR,
  minimum: { all: 3, '.txt': 3, '.md': 0, '.pdf': 0, '.docx': 0 },
  formats: ['text'],
  load: () => devS30Xtech30Set(),
  namedOnly: 'dev-s30-xtech30',
});
