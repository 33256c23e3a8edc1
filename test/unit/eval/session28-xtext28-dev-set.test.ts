import { DEV_S28_XTEXT28_DIR, devS28Xtext28Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext28's development documents (dev-s28-xtext28)",
  dir: DEV_S28_XTEXT28_DIR,
  minimum: { all: 3, '.txt': 2, '.md': 1, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS28Xtext28Set(),
  namedOnly: 'dev-s28-xtext28',
});
