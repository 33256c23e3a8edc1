import { DEV_S32_XMD32_DIR, devS32Xmd32Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xmd32's development documents (dev-s32-xmd32)",
  dir: DEV_S32_XMD32_DIR,
  minimum: { all: 4, '.txt': 0, '.md': 4, '.pdf': 0, '.docx': 0 },
  formats: ['markdown'],
  load: () => devS32Xmd32Set(),
  namedOnly: 'dev-s32-xmd32',
});
