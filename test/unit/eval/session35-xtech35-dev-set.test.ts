import { DEV_S35_XTECH35_DIR, devS35Xtech35Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech35's development documents (dev-s35-xtech35)",
  dir: DEV_S35_XTECH35_DIR,
  minimum: { all: 6, '.txt': 2, '.md': 1, '.pdf': 1, '.docx': 2 },
  load: () => devS35Xtech35Set(),
  namedOnly: 'dev-s35-xtech35',
});
