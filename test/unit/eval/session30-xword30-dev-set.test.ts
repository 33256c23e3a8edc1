import { DEV_S30_XWORD30_DIR, devS30Xword30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword30's development documents (dev-s30-xword30)",
  dir: DEV_S30_XWORD30_DIR,
  minimum: { all: 6, '.txt': 0, '.md': 0, '.pdf': 0, '.docx': 6 },
  formats: ['docx'],
  load: () => devS30Xword30Set(),
  namedOnly: 'dev-s30-xword30',
});
