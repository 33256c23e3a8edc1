import { DEV_S34_XATTR34_DIR, devS34Xattr34Set } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: "xattr34's development documents (dev-s34-xattr34)",
  dir: DEV_S34_XATTR34_DIR,
  minimum: { all: 5, '.txt': 1, '.md': 0, '.pdf': 3, '.docx': 1 },
  formats: ['text', 'pdf', 'docx'],
  load: () => devS34Xattr34Set(),
  namedOnly: 'dev-s34-xattr34',
});
