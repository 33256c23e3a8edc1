import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts as texts } from './make-documents.js';

/**
 * An entry's head whose date range is cut after its closing month, and "> " list items under heads that
 * run to the column's edge: the reader's item model fed directly, each item placed as a PDF places it (x
 * from the left, `top` from the top of an A4 page, half an em a character unless a width is given), so
 * every expected line follows from the geometry written here. The column's right edge is 400.
 */
const item = pdfItem;

describe('a head cut inside its date range', () => {
  it('joins the year under "(Oct 2020–Dec" to the range it closes', () => {
    expect(
      texts([
        item('EMPLOYMENT', 40, 60, { size: 11, font: 'bold' }),
        item('Quill Labs — Principal Data Engineer — Haifa (Oct 2020–Dec', 40, 80, { width: 360 }),
        item('2021)', 40, 94),
        item('Team: Networking', 40, 108),
      ]),
    ).toEqual([
      'EMPLOYMENT',
      'Quill Labs — Principal Data Engineer — Haifa (Oct 2020–Dec 2021)',
      'Team: Networking',
    ]);
  });

  it('keeps a line that opens with a year apart from a head whose range was complete', () => {
    expect(
      texts([
        item('AWARDS', 40, 60, { size: 11, font: 'bold' }),
        item('Quill Labs hackathon, first of forty teams (Oct 2020–Dec 2020)', 40, 80, { width: 360 }),
        item('2021 Harbor Systems engineering prize', 40, 94),
      ]),
    ).toEqual([
      'AWARDS',
      'Quill Labs hackathon, first of forty teams (Oct 2020–Dec 2020)',
      '2021 Harbor Systems engineering prize',
    ]);
  });
});

describe('"> " list items', () => {
  it('start a line of their own under a head that ran to the edge', () => {
    expect(
      texts([
        item('EMPLOYMENT', 40, 60, { size: 11, font: 'bold' }),
        item('Quill Labs — Principal Data Engineer — Haifa (Dec 2017–Oct 2020)', 40, 80, { width: 360 }),
        item('> Migrated the data lake to Apache Iceberg.', 40, 94),
        item('> Led the metrics platform in TypeScript.', 40, 108),
      ]),
    ).toEqual([
      'EMPLOYMENT',
      'Quill Labs — Principal Data Engineer — Haifa (Dec 2017–Oct 2020)',
      '> Migrated the data lake to Apache Iceberg.',
      '> Led the metrics platform in TypeScript.',
    ]);
  });
});
