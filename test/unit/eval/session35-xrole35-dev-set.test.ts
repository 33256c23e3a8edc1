import { DEV_S35_XROLE35_DIR, devS35Xrole35Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xrole35's entry-header development documents (dev-s35-xrole35)",
  dir: DEV_S35_XROLE35_DIR,
  minimum: { all: 7, '.txt': 4, '.md': 2, '.pdf': 0, '.docx': 1 },
  formats: ['text', 'markdown', 'docx'],
  load: () => devS35Xrole35Set(),
  namedOnly: 'dev-s35-xrole35',
});
