import { DEV_STYLES_DIR, devStylesSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the résumé-styles development documents (dev-styles)',
  dir: DEV_STYLES_DIR,
  minimum: { all: 27, '.txt': 14, '.md': 5, '.pdf': 4, '.docx': 4 },
  load: () => devStylesSet(),
  namedOnly: 'dev-styles',
});
