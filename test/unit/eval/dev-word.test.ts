import { DEV_WORD_DIR, devWordSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the Word development documents (dev-word)',
  dir: DEV_WORD_DIR,
  minimum: { all: 12, '.txt': 0, '.md': 0, '.pdf': 0, '.docx': 12 },
  formats: ['docx'],
  load: () => devWordSet(),
  namedOnly: 'dev-word',
});
