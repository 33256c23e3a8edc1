import { DEV_S31_XTEXT31_DIR, devS31Xtext31Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext31's development documents (dev-s31-xtext31)",
  dir: DEV_S31_XTEXT31_DIR,
  minimum: { all: 6, '.txt': 6, '.md': 0, '.pdf': 0, '.docx': 0 },
  formats: ['text'],
  load: () => devS31Xtext31Set(),
  namedOnly: 'dev-s31-xtext31',
});
