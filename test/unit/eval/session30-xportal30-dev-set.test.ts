import { DEV_S30_XPORTAL30_DIR, devS30Xportal30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xportal30's development documents (dev-s30-xportal30)",
  dir: DEV_S30_XPORTAL30_DIR,
  minimum: { all: 4, '.txt': 0, '.md': 0, '.pdf': 4, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS30Xportal30Set(),
  namedOnly: 'dev-s30-xportal30',
});
