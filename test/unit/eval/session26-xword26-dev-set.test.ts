import { DEV_S26_XWORD26_DIR, devS26Xword26Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword26's development documents (dev-s26-xword26)",
  dir: DEV_S26_XWORD26_DIR,
  minimum: { all: 6, '.txt': 4, '.md': 0, '.pdf': 0, '.docx': 2 },
  formats: ['text', 'docx'],
  load: () => devS26Xword26Set(),
  namedOnly: 'dev-s26-xword26',
});
