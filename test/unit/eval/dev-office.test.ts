import { DEV_OFFICE_DIR, devOfficeSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the word-processor development documents (dev-office)',
  dir: DEV_OFFICE_DIR,
  minimum: { all: 36, '.txt': 0, '.md': 0, '.pdf': 18, '.docx': 18 },
  formats: ['pdf', 'docx'],
  load: () => devOfficeSet(),
  namedOnly: 'dev-office',
});
