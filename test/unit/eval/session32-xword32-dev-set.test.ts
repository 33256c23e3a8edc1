import { DEV_S32_XWORD32_DIR, devS32Xword32Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword32's development documents (dev-s32-xword32)",
  dir: DEV_S32_XWORD32_DIR,
  minimum: { all: 3, '.txt': 0, '.md': 0, '.pdf': 0, '.docx': 3 },
  formats: ['docx'],
  load: () => devS32Xword32Set(),
  namedOnly: 'dev-s32-xword32',
});
