import { DEV_S27_XPDF27_DIR, devS27Xpdf27Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xpdf27's development documents (dev-s27-xpdf27)",
  dir: DEV_S27_XPDF27_DIR,
  minimum: { all: 6, '.txt': 0, '.md': 0, '.pdf': 6, '.docx': 0 },
  formats: ['pdf'],
  load: () => devS27Xpdf27Set(),
  namedOnly: 'dev-s27-xpdf27',
});
