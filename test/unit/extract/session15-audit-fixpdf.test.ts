import { describe, expect, it } from 'vitest';
import { extractBytes, position, positions, technologiesByPosition } from './extract-text.js';
import { makePdf, pdfItem, pdfTexts as texts } from './make-documents.js';

/**
 * Audit of session 15: a bullet's wrap that ends in a date range of its own ("Adyen and our own platform
 * team (2019 - 2020)") is no entry's head, though the bullet above it ran to the column's edge. The
 * reader's item model is fed directly (x from the left, `top` from the top of an A4 page, half an em a
 * character unless a width is given), so every expected line follows from the geometry written here;
 * the column's right edge is 400, the widest line's end.
 */
const item = pdfItem;

const BULLET = '• Chaired the architecture review board with members from Stripe, Wise';
const WRAP = 'Adyen and our own platform team (2019 - 2020)';
/** A bold head and, under it, a bullet that runs to the column's edge. */
const underHead = [
  item('EXPERIENCE', 40, 60, { size: 11, font: 'bold' }),
  item('Software Engineer II, Quill Labs | 2017 - 2020', 40, 80, { font: 'bold' }),
  item(BULLET, 40, 94, { width: 360 }),
];

describe("a bullet's wrap ending in a date range", () => {
  it('joins the bullet under a hanging indent', () => {
    expect(
      texts([
        ...underHead,
        item(WRAP, 48, 108),
        item('• Built the search index in Java and Kafka.', 40, 122),
      ]),
    ).toEqual([
      'EXPERIENCE',
      'Software Engineer II, Quill Labs | 2017 - 2020',
      `${BULLET} ${WRAP}`,
      '• Built the search index in Java and Kafka.',
    ]);
  });

  it('joins the bullet when set flush under its marker', () => {
    expect(texts([...underHead, item(WRAP, 40, 108)])).toEqual([
      'EXPERIENCE',
      'Software Engineer II, Quill Labs | 2017 - 2020',
      `${BULLET} ${WRAP}`,
    ]);
  });

  it('leaves a plain head at the left edge under a full line of prose on a line of its own', () => {
    expect(
      texts([
        item('EXPERIENCE', 40, 60, { size: 11, font: 'bold' }),
        item('Software Engineer II, Quill Labs | 2017 - 2020', 40, 80),
        item('Chaired the architecture review board with members from Stripe and Wise.', 40, 94, {
          width: 360,
        }),
        item('Software Engineer, Harbor Systems | 2014 - 2017', 40, 108),
      ]),
    ).toEqual([
      'EXPERIENCE',
      'Software Engineer II, Quill Labs | 2017 - 2020',
      'Chaired the architecture review board with members from Stripe and Wise.',
      'Software Engineer, Harbor Systems | 2014 - 2017',
    ]);
  });

  it('gives the résumé two positions, the wrap none of its own', async () => {
    const text = (value: string, x: number, top: number, bold = false) => ({ text: value, x, top, bold });
    const bytes = await makePdf([
      [
        text('Ann Lee', 40, 40, true),
        text('EXPERIENCE', 40, 60, true),
        text('Software Engineer II, Quill Labs | 2017 - 2020', 40, 80, true),
        text(BULLET, 40, 94),
        text(WRAP, 48, 108),
        text('• Built the search index in Java and Kafka for the catalogue service.', 40, 122),
        text('Software Engineer, Harbor Systems | 2014 - 2017', 40, 146, true),
        text('• Built the event bus in Clojure on a cluster of Kubernetes nodes in three', 40, 160),
        text('regions.', 48, 174),
      ],
    ]);
    const result = await extractBytes(bytes, 'resume.pdf');
    expect(positions(result)).toEqual([
      position('Quill Labs', 'Software Engineer II', '2017', '2020'),
      position('Harbor Systems', 'Software Engineer', '2014', '2017'),
    ]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Quill Labs', title: 'Software Engineer II', technologies: ['Java', 'Kafka'] },
      { company: 'Harbor Systems', title: 'Software Engineer', technologies: ['Clojure', 'Kubernetes'] },
    ]);
  });
});
