import { DEV_PDF_DIR, devPdfSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the PDF development documents (dev-pdf)',
  dir: DEV_PDF_DIR,
  minimum: { all: 12, '.txt': 0, '.md': 0, '.pdf': 12, '.docx': 0 },
  formats: ['pdf'],
  load: () => devPdfSet(),
  namedOnly: 'dev-pdf',
});
