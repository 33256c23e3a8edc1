import { DEV_S28_XPDF28_DIR, devS28Xpdf28Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xpdf28's development documents (dev-s28-xpdf28)",
  dir: DEV_S28_XPDF28_DIR,
  minimum: { all: 5, '.txt': 0, '.md': 0, '.pdf': 5, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS28Xpdf28Set(),
  namedOnly: 'dev-s28-xpdf28',
});
