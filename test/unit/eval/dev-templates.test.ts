import { DEV_TEMPLATES_DIR, devTemplatesSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the résumé-template development documents (dev-templates)',
  dir: DEV_TEMPLATES_DIR,
  minimum: { all: 14, '.txt': 0, '.md': 0, '.pdf': 14, '.docx': 0 },
  formats: ['pdf'],
  load: () => devTemplatesSet(),
  namedOnly: 'dev-templates',
});
