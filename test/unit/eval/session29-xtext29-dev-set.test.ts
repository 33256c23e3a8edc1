import { DEV_S29_XTEXT29_DIR, devS29Xtext29Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext29's development documents (dev-s29-xtext29)",
  dir: DEV_S29_XTEXT29_DIR,
  minimum: { all: 4, '.txt': 2, '.md': 1, '.pdf': 1, '.docx': 0 },
  formats: ['text', 'markdown', 'pdf'],
  load: () => devS29Xtext29Set(),
  namedOnly: 'dev-s29-xtext29',
});
