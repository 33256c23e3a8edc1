import { DEV_S35_XLAYOUT35_DIR, devS35Xlayout35Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xlayout35's PDF layout development documents (dev-s35-xlayout35)",
  dir: DEV_S35_XLAYOUT35_DIR,
  minimum: { all: 6, '.txt': 0, '.md': 0, '.pdf': 6, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS35Xlayout35Set(),
  namedOnly: 'dev-s35-xlayout35',
});
