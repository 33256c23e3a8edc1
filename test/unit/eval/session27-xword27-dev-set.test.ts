import { DEV_S27_XWORD27_DIR, devS27Xword27Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xword27's development documents (dev-s27-xword27)",
  dir: DEV_S27_XWORD27_DIR,
  minimum: { all: 16, '.txt': 12, '.md': 4, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devS27Xword27Set(),
  namedOnly: 'dev-s27-xword27',
});
