import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../../../src/extract/read-pdf.js';
import { pdfItem as item, pdfPagesTexts } from './make-documents.js';

/**
 * Session 17: a table of positions that runs on to the next page, where a word processor repeats no header row. The
 * reader's item model fed directly, two A4 pages, each item placed as a Word or LibreOffice table places it (x from
 * the left, `top` from the top of the page), so every expected line follows from the geometry here.
 */
const pages = (...items: PdfItem[][]) => pdfPagesTexts(items);

const firstPage = (tail: PdfItem[]) => [
  item('Professional Experience', 40, 560, { size: 13, font: 'bold' }),
  item('Period', 40, 590, { font: 'bold' }),
  item('Organisation', 150, 590, { font: 'bold' }),
  item('Designation', 330, 590, { font: 'bold' }),
  item('Jan 2021 to Till date', 40, 612),
  item('Zenvia Telecom, Pune', 150, 612),
  item('Senior Software Engineer', 330, 612),
  item('Jun 2017 to Dec 2020', 40, 640),
  item('Infosys, Mysuru', 150, 640),
  item('Technology Analyst', 330, 640),
  ...tail,
];

describe('a table of positions that runs on to the next page without its header row', () => {
  it('reads the next page’s first rows in the same columns as more of its positions', () => {
    expect(
      pages(
        firstPage([
          item('Jul 2015 to May 2017', 40, 668),
          item('Wipro, Chennai', 150, 668),
          item('Project Engineer', 330, 668),
        ]),
        [
          item('Aug 2013 to Jun 2015', 40, 60),
          item('Mphasis, Bengaluru', 150, 60),
          item('Trainee Engineer', 330, 60),
          item('Education', 40, 110, { size: 13, font: 'bold' }),
          item('B.E. Computer Science, Anna University, 2013', 40, 130),
        ],
      ),
    ).toEqual([
      'Professional Experience',
      'Jan 2021 to Till date | Zenvia Telecom, Pune | Senior Software Engineer',
      'Jun 2017 to Dec 2020 | Infosys, Mysuru | Technology Analyst',
      'Jul 2015 to May 2017 | Wipro, Chennai | Project Engineer',
      'Aug 2013 to Jun 2015 | Mphasis, Bengaluru | Trainee Engineer',
      'Education',
      'B.E. Computer Science, Anna University, 2013',
    ]);
  });

  it('carries no header over a page whose table ended before its foot', () => {
    expect(
      pages(firstPage([item('References on request.', 40, 700)]), [
        item('Aug 2013 to Jun 2015', 40, 60),
        item('Mphasis, Bengaluru', 150, 60),
        item('Trainee Engineer', 330, 60),
      ]),
    ).toEqual([
      'Professional Experience',
      'Jan 2021 to Till date | Zenvia Telecom, Pune | Senior Software Engineer',
      'Jun 2017 to Dec 2020 | Infosys, Mysuru | Technology Analyst',
      'References on request.',
      'Aug 2013 to Jun 2015    Mphasis, Bengaluru    Trainee Engineer',
    ]);
  });
});
