import { DEV_S31_XTECH31_DIR, devS31Xtech31Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech31's development documents (dev-s31-xtech31)",
  dir: DEV_S31_XTECH31_DIR,
  minimum: { all: 4, '.txt': 3, '.md': 1, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS31Xtech31Set(),
  namedOnly: 'dev-s31-xtech31',
});
