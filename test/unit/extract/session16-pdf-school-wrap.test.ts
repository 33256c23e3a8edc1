import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts } from './make-documents.js';

/**
 * A school's name wrapped in a narrow sidebar: "Indian Institute of Technology" runs to the column's
 * right edge (x = 535.8, where the dates line ends) and its last word "Bombay" goes on the next line.
 * The reader's item model fed directly, each item placed as Chromium places it (x from the left, `top`
 * from the top of an A4 page, widths given), so every expected line follows from the geometry here.
 */
const item = pdfItem;
const texts = pdfTexts;

const studies = (school: string, schoolWidth: number, next: string, nextWidth: number) => [
  item('Studies', 402.7, 322.6, { size: 11, width: 46.6, font: 'bold' }),
  item('B.S. in Statistics', 402.7, 345.8, { size: 9, width: 83.6, font: 'bold' }),
  item(school, 402.7, 360.1, { size: 9, width: schoolWidth }),
  item(next, 402.7, 372.1, { size: 9, width: nextWidth }),
  item('September 2006 -- June 2010', 402.7, 386.3, { size: 9, width: 133.1, font: 'italic' }),
];

describe('a school name wrapped in a sidebar', () => {
  it('joins the last word of a school that ran to the edge, however few its words', () => {
    expect(texts(studies('Indian Institute of Technology', 132.8, 'Bombay', 37))).toEqual([
      'Studies',
      'B.S. in Statistics',
      'Indian Institute of Technology Bombay',
      'September 2006 -- June 2010',
    ]);
  });

  it('keeps a city under a school that stopped short of the edge', () => {
    expect(texts(studies('Delft University', 72, 'Delft', 22))).toEqual([
      'Studies',
      'B.S. in Statistics',
      'Delft University',
      'Delft',
      'September 2006 -- June 2010',
    ]);
  });
});
