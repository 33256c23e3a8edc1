import { DEV_S28_XWORD28_DIR, devS28Xword28Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword28's development documents (dev-s28-xword28)",
  dir: DEV_S28_XWORD28_DIR,
  minimum: { all: 8, '.txt': 0, '.md': 0, '.pdf': 0, '.docx': 8 },
  formats: ['docx'],
  load: () => devS28Xword28Set(),
  namedOnly: 'dev-s28-xword28',
});
