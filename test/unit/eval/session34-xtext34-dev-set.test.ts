import { DEV_S34_XTEXT34_DIR, devS34Xtext34Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext34's development documents (dev-s34-xtext34)",
  dir: DEV_S34_XTEXT34_DIR,
  minimum: { all: 5, '.txt': 3, '.md': 2, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS34Xtext34Set(),
  namedOnly: 'dev-s34-xtext34',
});
