import { DEV_S32_XEDU32_DIR, devS32Xedu32Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xedu32's schools and degrees development documents (dev-s32-xedu32)",
  dir: DEV_S32_XEDU32_DIR,
  minimum: { all: 4, '.txt': 1, '.md': 1, '.pdf': 1, '.docx': 1 },
  load: () => devS32Xedu32Set(),
  namedOnly: 'dev-s32-xedu32',
});
