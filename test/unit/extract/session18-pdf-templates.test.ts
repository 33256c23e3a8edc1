import { describe, expect, it } from 'vitest';
import { pdfItem as item, pdfPagesTexts as read, pdfTexts as texts } from './make-documents.js';

/**
 * Session 18: PDF reading rules found on résumé templates printed by Chromium (dev-templates). The reader's item
 * model fed directly, each item placed as the template places it (x from the left, `top` from the top of an A4
 * page, widths given where they matter), so every expected line follows from the geometry here.
 */

describe('a place ending in a capitalised code over the entry text (Google Docs "Spearmint")', () => {
  // The column runs from 58 to 540 (the title row's dates end there); the place line stops far short of it.
  const entry = (place: string, placeWidth: number) => [
    item('Clinical Data Analyst', 58, 200, { width: 110, font: 'bold' }),
    item('May 2021 – Present', 452, 200, { width: 88 }),
    item(place, 58, 214, { width: placeWidth }),
    item('Built the sepsis early-warning dashboard in Tableau on Epic Clarity data.', 76, 230, {
      width: 340,
    }),
    item('Wrote the SQL extracts for the surgical wait-time report.', 76, 244, { width: 270 }),
  ];

  it('is a line of its own: "ON" is Ontario, not the preposition', () => {
    expect(texts(entry('University Health Network, Toronto, ON', 196))).toEqual([
      'Clinical Data Analyst    May 2021 – Present',
      'University Health Network, Toronto, ON',
      'Built the sepsis early-warning dashboard in Tableau on Epic Clarity data.',
      'Wrote the SQL extracts for the surgical wait-time report.',
    ]);
  });

  it('so is a state ("Portland, OR") and a letter naming a thing ("Series A")', () => {
    expect(texts(entry('Northwind Health, Portland, OR', 160))[1]).toBe('Northwind Health, Portland, OR');
    expect(texts(entry('Raised our Series A', 100))[1]).toBe('Raised our Series A');
  });

  it('while a line cut at the preposition in lower case still goes on', () => {
    const items = [
      item('Designed the ward staffing model that the hospital now relies on', 58, 200, { width: 480 }),
      item('every winter.', 58, 214, { width: 60 }),
    ];
    expect(texts(items)).toEqual([
      'Designed the ward staffing model that the hospital now relies on every winter.',
    ]);
  });

  it('and a name set wholly in capitals cut at "OF" goes on onto the line under it', () => {
    const items = [
      item('EDUCATION', 58, 180, { width: 60, font: 'bold' }),
      item('UNIVERSITY OF', 58, 200, { width: 80 }),
      item('TORONTO', 58, 214, { width: 50 }),
      item('Bachelor of Science in Nursing', 58, 228, { width: 150 }),
    ];
    expect(texts(items)).toEqual(['EDUCATION', 'UNIVERSITY OF TORONTO', 'Bachelor of Science in Nursing']);
  });
});

describe('a running header naming the person on the pages after the first only', () => {
  // Page 1 opens with the name in 22 pt; page 2 carries "Name – Curriculum Vitae" in 8.5 pt in its top margin, over
  // the title whose employer's line ended page 1.
  const first = [
    item('Hamish McAllister', 200, 60, { size: 22, width: 190, font: 'bold' }),
    item('Wellington, New Zealand · +64 21 448 0917', 160, 84, { width: 270 }),
    item('Employment', 68, 120, { size: 13, width: 80, font: 'bold' }),
    item('Beca', 68, 140, { width: 26, font: 'bold' }),
    item('Wellington', 480, 140, { width: 52 }),
    item('Senior Structural Engineer', 68, 154, { width: 130, font: 'italic' }),
    item('February 2020 – Present', 420, 154, { width: 112 }),
    item('Lead engineer for the seismic strengthening of three hospital blocks.', 86, 170, { width: 330 }),
    item('Aurecon', 68, 790, { width: 44, font: 'bold' }),
    item('Auckland', 488, 790, { width: 44 }),
  ];
  const second = (header: string) => [
    item(header, 380, 40, { size: 8.5, width: 152 }),
    item('Structural Engineer', 68, 80, { width: 96, font: 'italic' }),
    item('January 2016 – January 2020', 400, 80, { width: 132 }),
    item('Designed steel and concrete frames for mid-rise office buildings.', 86, 96, { width: 320 }),
  ];

  it('is no line of the document: the employer at the foot of page 1 heads the title at the top of page 2', () => {
    const lines = read([first, second('Hamish McAllister – Curriculum Vitae')]);
    expect(lines).not.toContain('Hamish McAllister – Curriculum Vitae');
    expect(lines.slice(-3)).toEqual([
      'Aurecon    Auckland',
      'Structural Engineer    January 2016 – January 2020',
      'Designed steel and concrete frames for mid-rise office buildings.',
    ]);
  });

  it('stays where the top row of page 2 does not name the person', () => {
    expect(read([first, second('Consulting engagements continued')])).toContain(
      'Consulting engagements continued',
    );
  });

  it('stays where it is set larger than the text under it (a second résumé of the same person, its name heading it)', () => {
    const big = second('Hamish McAllister');
    big[0] = item('Hamish McAllister', 200, 40, { size: 22, width: 190, font: 'bold' });
    expect(read([first, big])).toContain('Hamish McAllister');
  });
});

describe('a name beside a contact block at the head of the page (Google Docs "Serif", moderncv)', () => {
  // The name in 28 pt from 54 to 300; three contact lines set flush right at 558, the first above the name's
  // baseline; the headline under the name; then a section across the page.
  const head = (contactX: number) => [
    item('Bristol, United Kingdom', contactX, 52, { width: 558 - contactX }),
    item('Eleanor Whitcombe', 54, 64, { size: 28, width: 246, font: 'bold' }),
    item('07700 900 612', 558 - 62, 66, { width: 62 }),
    item('eleanor.whitcombe@gmail.com', 558 - 128, 80, { width: 128 }),
    item('Marketing Manager', 54, 88, { size: 12, width: 100 }),
    item('PROFILE', 54, 130, { width: 44, font: 'bold' }),
    item('Marketing manager for consumer brands, strongest in lifecycle e-mail and paid social,', 54, 146, {
      width: 500,
    }),
    item('measured in Google Analytics.', 54, 160, { width: 140 }),
  ];

  it('reads the name first, then the contact block, then the page', () => {
    expect(texts(head(446))).toEqual([
      'Eleanor Whitcombe',
      'Bristol, United Kingdom',
      '07700 900 612',
      'eleanor.whitcombe@gmail.com',
      'Marketing Manager',
      'PROFILE',
      'Marketing manager for consumer brands, strongest in lifecycle e-mail and paid social, measured in Google Analytics.',
    ]);
  });

  it('reads a name beside one line of contact on its baseline (a dense one-page résumé) as two lines', () => {
    const items = [
      item('Siddharth Venkataraman', 34, 40, { size: 14, width: 170, font: 'bold' }),
      item('Bengaluru, India | +91 98450 22781 | siddharth.v@gmail.com', 330, 40, { size: 9, width: 230 }),
      item('SUMMARY', 34, 60, { size: 9, width: 44, font: 'bold' }),
    ];
    expect(texts(items)).toEqual([
      'Siddharth Venkataraman',
      'Bengaluru, India | +91 98450 22781 | siddharth.v@gmail.com',
      'SUMMARY',
    ]);
  });

  it('keeps a title set a little larger than the dates beside it on one line', () => {
    const items = [
      item('Senior Engineer', 34, 40, { size: 13, width: 100, font: 'bold' }),
      item('2015 – present', 480, 40, { size: 10, width: 70 }),
      item('Fjord Labs, Bergen', 34, 60, { width: 90 }),
    ];
    expect(texts(items)[0]).toBe('Senior Engineer    2015 – present');
  });
});

describe('a skill label set flush right that wraps (awesome-cv)', () => {
  // Labels right-aligned to 130 in their column, the values from 142.
  const table = (label: string, labelWidth: number, rest: string, restWidth: number) => [
    item('Skills', 45, 400, { size: 15, width: 40, font: 'bold' }),
    item(label, 130 - labelWidth, 420, { size: 9.5, width: labelWidth, font: 'bold' }),
    item('CATIA V5, ANSYS, MATLAB, Simulink', 142, 420, { size: 9.5, width: 162 }),
    item(rest, 130 - restWidth, 431, { size: 9.5, width: restWidth, font: 'bold' }),
    item('Programming', 130 - 56, 445, { size: 9.5, width: 56, font: 'bold' }),
    item('Python', 142, 445, { size: 9.5, width: 30 }),
  ];

  it('joins the line under a label left open at "&" to it', () => {
    expect(texts(table('CAD &', 30, 'Simulation', 48.5)).slice(1)).toEqual([
      'CAD & Simulation    CATIA V5, ANSYS, MATLAB, Simulink',
      'Programming    Python',
    ]);
  });

  it('keeps a section name under a label in capitals ending in a word apart (a Europass form)', () => {
    const items = [
      item('JOB APPLIED FOR', 130 - 70, 420, { size: 9.5, width: 70 }),
      item('Senior Backend Developer', 142, 420, { size: 12, width: 140 }),
      item('WORK EXPERIENCE', 130 - 76, 431, { size: 9.5, width: 76 }),
      item('03/2020–Present', 142, 450, { size: 9.5, width: 70 }),
      item('Senior Java Developer', 142, 462, { size: 9.5, width: 100 }),
    ];
    expect(texts(items).slice(0, 2)).toEqual([
      'JOB APPLIED FOR    Senior Backend Developer',
      'WORK EXPERIENCE',
    ]);
  });

  it('keeps a capitalised line under a closed label apart', () => {
    expect(texts(table('CAD', 20, 'Simulation', 48.5)).slice(1, 3)).toEqual([
      'CAD    CATIA V5, ANSYS, MATLAB, Simulink',
      'Simulation',
    ]);
  });
});
