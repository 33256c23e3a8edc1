import { DEV_S31_XMD31_DIR, devS31Xmd31Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xmd31's development documents (dev-s31-xmd31)",
  dir: DEV_S31_XMD31_DIR,
  minimum: { all: 4, '.txt': 0, '.md': 4, '.pdf': 0, '.docx': 0 },
  formats: ['markdown'],
  load: () => devS31Xmd31Set(),
  namedOnly: 'dev-s31-xmd31',
});
