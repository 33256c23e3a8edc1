import { DEV_S30_XTEXT30_DIR, devS30Xtext30Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext30's development documents (dev-s30-xtext30)",
  dir: DEV_S30_XTEXT30_DIR,
  minimum: { all: 4, '.txt': 2, '.md': 1, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS30Xtext30Set(),
  namedOnly: 'dev-s30-xtext30',
});
