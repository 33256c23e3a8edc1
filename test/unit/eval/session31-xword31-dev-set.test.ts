import { DEV_S31_XWORD31_DIR, devS31Xword31Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword31's development documents (dev-s31-xword31)",
  dir: DEV_S31_XWORD31_DIR,
  minimum: { all: 4, '.txt': 0, '.md': 0, '.pdf': 1, '.docx': 3 },
  formats: ['pdf', 'docx'],
  load: () => devS31Xword31Set(),
  namedOnly: 'dev-s31-xword31',
});
