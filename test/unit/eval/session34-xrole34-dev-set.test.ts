import { DEV_S34_XROLE34_DIR, devS34Xrole34Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xrole34's employer-over-titles development documents (dev-s34-xrole34)",
  dir: DEV_S34_XROLE34_DIR,
  minimum: { all: 6, '.txt': 2, '.md': 1, '.pdf': 2, '.docx': 1 },
  formats: ['text', 'markdown', 'pdf', 'docx'],
  load: () => devS34Xrole34Set(),
  namedOnly: 'dev-s34-xrole34',
});
