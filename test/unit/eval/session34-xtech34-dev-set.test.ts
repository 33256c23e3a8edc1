import { DEV_S34_XTECH34_DIR, devS34Xtech34Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech34's development documents (dev-s34-xtech34)",
  dir: DEV_S34_XTECH34_DIR,
  minimum: { all: 5, '.txt': 4, '.md': 1, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS34Xtech34Set(),
  namedOnly: 'dev-s34-xtech34',
});
