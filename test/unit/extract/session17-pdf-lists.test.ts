import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { pdfLines } from '../../../src/extract/read-pdf.js';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

/**
 * Session 17: a Word list exported to PDF by LibreOffice. Each bullet is a "●" glyph, a space item as wide as the
 * tab to the list's indent, then the text; a long item wraps to the indent. The reader's item model fed directly
 * (x from the left, `top` from the top of an A4 page, widths given), so every expected line follows from the
 * geometry here.
 */
const bulletLine = (text: string, top: number, width: number) => [
  item('●', 74.8, top, { size: 10.5, width: 9.2 }),
  item(' ', 84, top, { size: 10.5, width: 8.8 }),
  item(text, 92.8, top, { size: 10.5, width }),
];

const list = [
  item('Software Engineer', 56.8, 100, { size: 10.5, width: 95, font: 'bold' }),
  ...bulletLine('Mobile apps for Android and iOS; the backend glue in Ruby on', 118, 442),
  item('Rails and Sidekiq.', 92.8, 130, { size: 10.5, width: 88 }),
  ...bulletLine('Release trains every two weeks.', 142, 160),
];

describe('a Word list printed to PDF by LibreOffice', () => {
  it('keeps each bullet glyph with its text and joins an item wrapped to the indent', () => {
    expect(texts(list)).toEqual([
      'Software Engineer',
      '● Mobile apps for Android and iOS; the backend glue in Ruby on Rails and Sidekiq.',
      '● Release trains every two weeks.',
    ]);
  });

  it('reads "●" as a bullet, its text without it', () => {
    const lines = modelLines(pdfLines([list])).filter((line) => line.text !== '');
    expect(lines.map((line) => [line.text, line.bullet])).toEqual([
      ['Software Engineer', false],
      ['Mobile apps for Android and iOS; the backend glue in Ruby on Rails and Sidekiq.', true],
      ['Release trains every two weeks.', true],
    ]);
  });
});
