import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts as texts } from './make-documents.js';

/**
 * A date column beside the entries (a two-cell grid row per entry), where one date cell fills its column
 * or runs past it: the reader's item model fed directly, each item placed as a PDF places it (x from the
 * left, `top` from the top of an A4 page), with the widths written here, so every expected line follows
 * from the geometry.
 */
const item = pdfItem;

/** Three rows whose date cells end well before the value column at x = 140. */
const rows = [
  item('2018 – 2021', 60, 150, { width: 50 }),
  item('Postdoctoral Researcher, Northfield University', 140, 150, { width: 200 }),
  item('2016 – 2018', 60, 175, { width: 50 }),
  item('Research Engineer, Corvid Labs', 140, 175, { width: 140 }),
  item('2014 – 2016', 60, 200, { width: 50 }),
  item('PhD in Computer Science, Southgate University', 140, 200, { width: 200 }),
];

describe('a date cell that fills its column', () => {
  it('parts from the title a word space to its right, at the column the other rows start at', () => {
    const lines = texts([
      item('Jan 2021 – Jun 2023', 60, 125, { width: 78 }),
      item('Senior Engineer, Harbor Freight Systems', 140, 125, { width: 180 }),
      ...rows,
    ]);
    expect(lines[0]).toBe('Jan 2021 – Jun 2023    Senior Engineer, Harbor Freight Systems');
  });

  it('parts from the title it runs up to in another font', () => {
    const lines = texts([
      item('2021 – present', 60, 125, { width: 80.1, font: 'bold' }),
      item('Lecturer in Computer Science, Northfield University', 140.1, 125, { width: 220 }),
      ...rows,
    ]);
    expect(lines[0]).toBe('2021 – present    Lecturer in Computer Science, Northfield University');
  });

  it('keeps words that are not only dates together with the words after them', () => {
    const lines = texts([
      item('Taught in 2019', 60, 125, { width: 78 }),
      item('the distributed systems course', 140, 125, { width: 140 }),
      ...rows,
    ]);
    expect(lines[0]).toBe('Taught in 2019 the distributed systems course');
  });

  it('keeps a date run into the text after it where no column starts there', () => {
    const lines = texts([
      item('Jan 2021 – Jun 2023', 60, 125, { width: 78 }),
      item('Senior Engineer, Harbor Freight Systems', 140, 125, { width: 180 }),
      item('2018 – 2021', 60, 150, { width: 50 }),
      item('Postdoctoral Researcher, Northfield University', 170, 150, { width: 200 }),
    ]);
    expect(lines[0]).toBe('Jan 2021 – Jun 2023 Senior Engineer, Harbor Freight Systems');
  });
});
