import { DEV_FORMATS_DIR, devFormatsSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the layouts development documents (dev-formats)',
  dir: DEV_FORMATS_DIR,
  minimum: { all: 28, '.txt': 5, '.md': 2, '.pdf': 14, '.docx': 7 },
  load: () => devFormatsSet(),
  namedOnly: 'dev-formats',
});
