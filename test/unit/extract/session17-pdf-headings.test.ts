import { describe, expect, it } from 'vitest';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

/**
 * Session 17: a letter-spaced sidebar heading and a justified school name in a PDF. The reader's item model fed
 * directly, each item placed as a designed template or pdflatex places it (x from the left, `top` from the top of
 * an A4 page, widths given), so every expected line follows from the geometry here.
 */
describe('a letter-spaced heading in a narrow sidebar', () => {
  // The sidebar's right edge is the e-mail line's end (22.7 + 114.6 = 137.3).
  const sidebar = (heading: string, headingWidth: number) => [
    item('C O N T A C T', 22.7, 60, { width: 60.1, font: 'bold' }),
    item('deniz.aksoy@example.com', 22.7, 78, { width: 114.6 }),
    item('Ankara, Turkey', 22.7, 92, { width: 66 }),
    item(heading, 22.7, 120, { width: headingWidth, font: 'bold' }),
    item('Middle East Technical', 22.7, 138, { width: 104, font: 'bold' }),
    item('University', 22.7, 149, { width: 48.3, font: 'bold' }),
    item('MSc, Computer Science', 22.7, 163, { width: 110 }),
    item('2014 – 2016', 22.7, 177, { width: 55.6 }),
  ];

  it('stays a line of its own, and the school under it takes the word it was cut before', () => {
    expect(texts(sidebar('E D U C A T I O N', 74.7))).toEqual([
      'C O N T A C T',
      'deniz.aksoy@example.com',
      'Ankara, Turkey',
      'E D U C A T I O N',
      'Middle East Technical University',
      'MSc, Computer Science',
      '2014 – 2016',
    ]);
  });

  it('is not taken into a line of prose above it that ran to the edge', () => {
    const items = [
      item('Backend developer for nine years, mostly payments and', 204, 100, { width: 331 }),
      item('ledgers in Go.', 204, 111, { width: 64 }),
      item('Careful reviews, calm on-call rotas and written runbooks', 204, 122, { width: 331 }),
      item('E X P E R I E N C E', 204, 133, { width: 88.9 }),
      item('Senior Backend Engineer', 204, 150, { width: 123, font: 'bold' }),
    ];
    expect(texts(items)).toEqual([
      'Backend developer for nine years, mostly payments and ledgers in Go.',
      'Careful reviews, calm on-call rotas and written runbooks',
      'E X P E R I E N C E',
      'Senior Backend Engineer',
    ]);
  });
});

describe('a school name justified across a narrow column (pdflatex)', () => {
  // The column runs from 35.4 to 214.0; the justified line's one word space is stretched over five ems, printed
  // as a space item of its own.
  const school = (first: string, firstWidth: number, joining: string, joiningWidth: number, last: string) => [
    item('Education', 35.4, 149, { size: 14.3, width: 75.4, font: 'section' }),
    item(first, 35.4, 169, { size: 12, width: firstWidth, font: 'caps' }),
    item(' ', 35.4 + firstWidth, 169, {
      size: 12,
      width: 214 - joiningWidth - 35.4 - firstWidth,
      font: 'caps',
    }),
    item(joining, 214 - joiningWidth, 169, { size: 12, width: joiningWidth, font: 'caps' }),
    item(last, 35.4, 183, { size: 12, width: 60, font: 'caps' }),
    item('B.S. in Computer Engineering', 35.4, 194, { size: 9, width: 137.6, font: 'section' }),
  ];

  it('reads the stretched words as one name, cut at the particle and joined with the line under it', () => {
    expect(texts(school('UNIVERSIDADE', 99.1, 'DO', 19.1, 'PORTO'))).toEqual([
      'Education',
      'UNIVERSIDADE DO PORTO',
      'B.S. in Computer Engineering',
    ]);
  });

  it('keeps a stretched gap apart when the word after it could start a cell of its own', () => {
    expect(texts(school('NORTHWIND', 80, 'LISBON', 45, 'PORTUGAL'))).toEqual([
      'Education',
      'NORTHWIND    LISBON',
      'PORTUGAL',
      'B.S. in Computer Engineering',
    ]);
  });
});
