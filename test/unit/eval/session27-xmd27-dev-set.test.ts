import { DEV_S27_XMD27_DIR, devS27Xmd27Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xmd27's development documents (dev-s27-xmd27)",
  dir: DEV_S27_XMD27_DIR,
  minimum: { all: 9, '.txt': 0, '.md': 9, '.pdf': 0, '.docx': 0 },
  formats: ['markdown'],
  load: () => devS27Xmd27Set(),
  namedOnly: 'dev-s27-xmd27',
});
