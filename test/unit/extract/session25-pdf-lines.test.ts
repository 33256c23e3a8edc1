import { describe, expect, it } from 'vitest';
import { joinHyphenBreaks } from '../../../src/extract/read-pdf.js';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

/**
 * Session 25 (xpdf25): a name broken at its own hyphen at the end of a PDF line whose cells the reader keeps apart
 * (labelled skills run together in one paragraph, a table's row) goes on with the first word of the next line. The
 * reader's item model is fed directly (x from the left, `top` from the top of an A4 page, half an em a character).
 */

describe('a name broken at its hyphen over two lines', () => {
  it('joins "IQ-" and "TREE." in a paragraph of labelled skills, the rest of the next line staying', () => {
    const lines = texts([
      item('Computing', 68, 660, { size: 12, font: 'bold' }),
      item('Languages:', 68, 688, { font: 'bold' }),
      item('Python, R, Bash.', 130, 688),
      item('Tools:', 230, 688, { font: 'bold' }),
      item('BWA, SAMtools, Kraken2, IQ-', 270, 688),
      item('TREE. Compute: SLURM, Docker, AWS Batch.', 68, 701),
    ]);
    expect(lines).toContain('Languages:    Python, R, Bash.    Tools:    BWA, SAMtools, Kraken2, IQ-TREE.');
    expect(lines).toContain('Compute: SLURM, Docker, AWS Batch.');
  });

  it('joins the other words broken so, and keeps the next line whole where nothing is left to join', () => {
    expect(
      joinHyphenBreaks([
        { text: 'ML:    pandas, scikit-' },
        { text: 'learn, PyTorch' },
        { text: 'Automation:    Node-' },
        { text: 'RED' },
        { text: 'Databases:    Oracle, T-' },
        { text: 'SQL, PostgreSQL' },
        { text: 'Built the data platform -' },
        { text: 'Ingestion in Go' },
        { text: 'Team of' },
        { text: '- Mentored two engineers' },
      ]).map((line) => line.text),
    ).toEqual([
      'ML:    pandas, scikit-learn,',
      'PyTorch',
      'Automation:    Node-RED',
      'Databases:    Oracle, T-SQL,',
      'PostgreSQL',
      'Built the data platform -',
      'Ingestion in Go',
      'Team of',
      '- Mentored two engineers',
    ]);
  });
});
