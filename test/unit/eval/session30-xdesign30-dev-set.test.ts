import { DEV_S30_XDESIGN30_DIR, devS30Xdesign30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xdesign30's development documents (dev-s30-xdesign30)",
  dir: DEV_S30_XDESIGN30_DIR,
  minimum: { all: 7, '.txt': 0, '.md': 0, '.pdf': 7, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS30Xdesign30Set(),
  namedOnly: 'dev-s30-xdesign30',
});
