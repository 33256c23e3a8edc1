import { describe, expect, it } from 'vitest';
import { pdfItem, pdfTexts as texts } from './make-documents.js';

/**
 * A date column on the left beside the education entries, with a list of skills in the left column under
 * them (one word a line, as a one-column page sets a list): the reader's item model fed directly, each item
 * placed as a PDF places it (x from the left, `top` from the top of an A4 page, half an em a character), so
 * every expected line follows from the geometry written here.
 */
const item = pdfItem;

const page = [
  item('EXPERIENCE', 40, 60, { size: 11, font: 'bold' }),
  item('2019/09 — present', 40, 80),
  item('Backend Engineer, Larkspur Freight, Dublin', 150, 80, { font: 'bold' }),
  item('Routing services in Go on PostgreSQL for the parcel network.', 150, 95),
  item('2016/05 — 2019/07', 40, 115),
  item('Software Engineer, Tallow Systems, Cork', 150, 115, { font: 'bold' }),
  item('Billing jobs in Java with Spring Batch.', 150, 130),
  // A full-width line ends the band of the entries above.
  item(
    'Maintainer of an open-source event bus written in Go, used by forty teams across the company.',
    40,
    160,
  ),
  item('EDUCATION', 40, 190, { size: 11, font: 'bold' }),
  item('2015/09 — 2017/06', 40, 210),
  item('Harbour University', 150, 210, { font: 'bold' }),
  item('MSc in Computer Science', 150, 225),
  item('2011/09 — 2015/06', 40, 245),
  item('Northfield Institute of Technology', 150, 245, { font: 'bold' }),
  item('BSc in Computer Science', 150, 260),
  item('TECHNOLOGIES', 40, 290, { size: 11, font: 'bold' }),
  item('Languages', 40, 310, { font: 'bold' }),
  item('Go', 40, 325),
  item('Java', 40, 340),
  item('Python', 40, 355),
  item('Tools', 40, 370, { font: 'bold' }),
  item('PostgreSQL', 40, 385),
  item('Kubernetes', 40, 400),
  item('Apache Kafka', 40, 415),
  item('Terraform', 40, 430),
];

describe('a date column beside the education entries, a list of skills under them', () => {
  it('keeps each date range on the line of its school, and the school and degree before the skills', () => {
    const lines = texts(page);
    expect(lines.slice(lines.indexOf('EDUCATION'), lines.indexOf('TECHNOLOGIES') + 2)).toEqual([
      'EDUCATION',
      '2015/09 — 2017/06    Harbour University',
      'MSc in Computer Science',
      '2011/09 — 2015/06    Northfield Institute of Technology',
      'BSc in Computer Science',
      'TECHNOLOGIES',
      'Languages',
    ]);
  });

  it("keeps one entry's date range, wrapped in its cell, on the line of its school when it opens the band", () => {
    const lines = texts([
      ...page.slice(0, 8),
      // A heading set across both columns ends the band above.
      item('EDUCATION & TRAINING', 40, 190, { size: 11, font: 'bold', width: 150 }),
      item('2008/09 —', 40, 210),
      item('Harbour University of Science and Technology', 150, 210, { font: 'bold' }),
      item('2012/06', 40, 223),
      item('BSc in Electrical Engineering', 150, 225),
      item('TECHNOLOGIES', 40, 255, { size: 11, font: 'bold' }),
      item('Languages', 40, 275, { font: 'bold' }),
      item('OCaml', 40, 290),
      item('Verilog', 40, 305),
      item('Tools', 40, 320, { font: 'bold' }),
      item('Terraform', 40, 335),
      item('AWS Security Hub', 40, 350),
      item('Google Cloud Functions', 40, 365),
      item('Apache Kafka', 40, 380),
    ]);
    expect(lines.slice(lines.indexOf('EDUCATION & TRAINING'), lines.indexOf('TECHNOLOGIES') + 1)).toEqual([
      'EDUCATION & TRAINING',
      '2008/09 — 2012/06    Harbour University of Science and Technology',
      'BSc in Electrical Engineering',
      'TECHNOLOGIES',
    ]);
  });

  it('still reads apart a sidebar whose dates share baselines with the main column and its skills do not', () => {
    const head = [
      ...page.slice(0, 4),
      item(
        'Maintainer of an open-source event bus written in Go, used by forty teams across the company.',
        40,
        160,
      ),
    ];
    const sidebar = [
      item('SKILLS', 40, 192, { size: 11, font: 'bold' }),
      item('2015 – 2017', 40, 210),
      item('Go', 40, 225),
      item('Java', 40, 240),
      item('2011 – 2015', 40, 255),
      item('Kubernetes', 40, 270),
    ];
    const main = [
      item('EDUCATION', 150, 197, { size: 11, font: 'bold' }),
      item('Harbour University, MSc in Computer Science and Engineering', 150, 210),
      item('Thesis on the scheduling of parcel routes over a week of deliveries.', 150, 231),
      item('Northfield Institute of Technology, BSc in Computer Science', 150, 255),
      item('Thesis on compilers for small devices, written in C and Rust.', 150, 276),
    ];
    const lines = texts([...head, ...sidebar, ...main]);
    expect(lines.slice(lines.indexOf('SKILLS'), lines.indexOf('EDUCATION') + 2)).toEqual([
      'SKILLS',
      '2015 – 2017',
      'Go',
      'Java',
      '2011 – 2015',
      'Kubernetes',
      'EDUCATION',
      'Harbour University, MSc in Computer Science and Engineering',
    ]);
  });
});
