import { DEV_S32_XTECH32_DIR, devS32Xtech32Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xtech32's development documents (dev-s32-xtech32)",
  dir: DEV_S32_XTECH32_DIR,
  minimum: { all: 3, '.txt': 1, '.md': 1, '.pdf': 0, '.docx': 1 },
  formats: ['text', 'markdown', 'docx'],
  load: () => devS32Xtech32Set(),
  namedOnly: 'dev-s32-xtech32',
});
