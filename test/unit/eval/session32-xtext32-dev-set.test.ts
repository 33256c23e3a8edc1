import { DEV_S32_XTEXT32_DIR, devS32Xtext32Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtext32's development documents (dev-s32-xtext32)",
  dir: DEV_S32_XTEXT32_DIR,
  minimum: { all: 4, '.txt': 4, '.md': 0, '.pdf': 0, '.docx': 0 },
  formats: ['text'],
  load: () => devS32Xtext32Set(),
  namedOnly: 'dev-s32-xtext32',
});
