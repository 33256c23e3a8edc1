import { describe, expect, it } from 'vitest';
import { joinSplitDateCells } from '../../../src/extract/date-cells.js';
import { extractBytes, extractText, positions } from './extract-text.js';
import { pdfItem as item, makeDocx, makePdf, type PdfText, pdfTexts as texts } from './make-documents.js';

/**
 * Session 25 (xpdf25): a date column too narrow for its ranges, each range broken over two or three lines beside the
 * entry's title and employer, as designed templates (Canva, Novorésumé-like exports) set them, in the languages
 * résumés come in. The reader's item model is fed directly (x from the left, `top` from the top of an A4 page, half
 * an em a character), with invented people and employers, so every expected line follows from the geometry here.
 */

/** A sidebar down the left of the page whose items fall between the main column's baselines. */
const sidebar = [
  item('CONTACT', 14, 70, { size: 10.5, font: 'bold' }),
  item('+44 7700 900123', 14, 86, { size: 9 }),
  item('LANGUAGES', 14, 108, { size: 10.5, font: 'bold' }),
  item('Estonian — native', 14, 126, { size: 9 }),
  item('English — fluent', 14, 139, { size: 9 }),
  item('INTERESTS', 14, 164, { size: 10.5, font: 'bold' }),
  item('Climbing, chess', 14, 182, { size: 9 }),
];

/** One entry of the main column: the date lines at x 210 in 8 pt, title and employer beside them from x 275. */
function entry(top: number, dates: readonly string[], title: string, employer: string) {
  return [
    ...dates.map((text, k) => item(text, 210, top + k * 9.8, { size: 8.2, font: 'bold' })),
    item(title, 275, top + 1.5, { size: 10, font: 'bold' }),
    item(employer, 275, top + 12, { size: 9, font: 'italic' }),
  ];
}

describe('a range broken over the lines of a narrow date column', () => {
  it('joins start, dash and end set on three lines, the employer line keeping its text', () => {
    const lines = texts([
      ...sidebar,
      item('WORK EXPERIENCE', 210, 60, { size: 12, font: 'bold' }),
      ...entry(80, ['MAG 2019', '–', 'NOV 2021'], 'Sviluppatrice Backend', 'Lontra Digitale S.r.l. · Torino'),
    ]);
    expect(lines).toContain('MAG 2019 – NOV 2021    Sviluppatrice Backend');
    expect(lines).toContain('Lontra Digitale S.r.l. · Torino');
    expect(lines).not.toContain('NOV 2021');
  });

  it('joins a month range over the year they share, where a sidebar line falls between their baselines', () => {
    const lines = texts([
      ...sidebar,
      item('WORK EXPERIENCE', 210, 60, { size: 12, font: 'bold' }),
      // "INTERESTS" at 164 lies between the two date lines.
      ...entry(160, ['JUN – DEC', '2017'], 'QA Intern', 'Brindle Games · Tartu'),
    ]);
    expect(lines).toContain('JUN – DEC 2017    QA Intern');
    expect(lines).toContain('Brindle Games · Tartu');
  });

  it('reads the languages and capitals résumés write: French, German, Turkish with its dotted İ', () => {
    const lines = texts([
      item('EXPÉRIENCE', 210, 60, { size: 12, font: 'bold' }),
      ...entry(80, ['JANV. 2020 –', "AUJOURD'HUI"], 'Ingénieure Données', 'Marmotte Analytique · Lyon'),
      ...entry(130, ['MÄRZ – OKT.', '2018'], 'Werkstudentin', 'Kranich Logistik GmbH · Bremen'),
      ...entry(180, ['EKİM 2016', '–', 'ŞUB 2019'], 'Yazılım Mühendisi', 'Martı Yazılım A.Ş. · İzmir'),
    ]);
    expect(lines).toContain("JANV. 2020 – AUJOURD'HUI    Ingénieure Données");
    expect(lines).toContain('MÄRZ – OKT. 2018    Werkstudentin');
    expect(lines).toContain('EKİM 2016 – ŞUB 2019    Yazılım Mühendisi');
  });

  it('joins a range broken over three lines of a date column set flush right', () => {
    // Each date line ends at x 540, four points a character.
    const right = (text: string, top: number) =>
      item(text, 540 - [...text].length * 4, top, { size: 8, font: 'bold' });
    const lines = texts([
      item('EXPERIENCE', 60, 60, { size: 12, font: 'bold' }),
      item('Platform Engineer', 60, 81, { size: 10, font: 'bold' }),
      right('OCT 2020', 80),
      right('–', 90),
      right('PRESENT', 100),
      item('Otterby Freight Ltd · Tallinn', 60, 93, { size: 9 }),
      item('Routing services in Go on PostgreSQL for the parcel network.', 60, 106, { size: 9 }),
    ]);
    expect(lines.slice(1, 4)).toEqual([
      'Platform Engineer    OCT 2020 – PRESENT',
      'Otterby Freight Ltd · Tallinn',
      'Routing services in Go on PostgreSQL for the parcel network.',
    ]);
  });

  it('keeps apart dates that make no one range: a start alone over the next entry, a year over a word', () => {
    expect(
      joinSplitDateCells([
        { text: '2021    Platform Engineer, Otterby' },
        { text: '2019    Backend Engineer, Quillon' },
        { text: 'Mar 2016    Support Engineer' },
        { text: 'Tallinn    Remote' },
        { text: '2014 – 2016    Intern, Harrowgate' },
        { text: '–    Volunteer' },
        { text: 'From    To    Company' },
        { text: '2021-02    present    Sankofa Pay' },
      ]).map((line) => line.text),
    ).toEqual([
      '2021    Platform Engineer, Otterby',
      '2019    Backend Engineer, Quillon',
      'Mar 2016    Support Engineer',
      'Tallinn    Remote',
      '2014 – 2016    Intern, Harrowgate',
      '–    Volunteer',
      'From    To    Company',
      '2021-02    present    Sankofa Pay',
    ]);
  });

  it('gives each position of a PDF its whole range', async () => {
    const at = (text: string, x: number, top: number, size = 10, bold = false): PdfText => ({
      text,
      x,
      top,
      size,
      bold,
    });
    const pdf = await makePdf([
      [
        at('Kaisa Tamm', 210, 40, 22, true),
        at('kaisa.tamm@example.org', 210, 62, 9),
        at('EXPERIENCE', 210, 90, 12, true),
        at('SEP 2021 –', 210, 110, 8, true),
        at('PRESENT', 210, 120, 8, true),
        at('Senior Backend Engineer', 262, 111, 10, true),
        at('Otterby Freight · Tallinn', 262, 123, 9),
        at('Routing services in Go on PostgreSQL.', 272, 136, 9),
        at('AUG 2018', 210, 160, 8, true),
        at('–', 210, 170, 8, true),
        at('AUG 2021', 210, 180, 8, true),
        at('Backend Engineer', 262, 161, 10, true),
        at('Quillon Payments · Tartu', 262, 173, 9),
        at('Settlement jobs in Java with Spring Batch.', 272, 192, 9),
        at('JUN – DEC', 210, 215, 8, true),
        at('2017', 210, 225, 8, true),
        at('QA Intern', 262, 216, 10, true),
        at('Brindle Games · Tartu', 262, 228, 9),
        at('Manual tests of mobile games; reports in Jira.', 272, 241, 9),
      ],
    ]);
    const found = positions(await extractBytes(pdf, 'kaisa-tamm.pdf'));
    expect(
      found.map(({ company, startDate, endDate, current }) => [company, startDate, endDate, current]),
    ).toEqual([
      ['Otterby Freight', '2021-09', undefined, true],
      ['Quillon Payments', '2018-08', '2021-08', undefined],
      ['Brindle Games', '2017-06', '2017-12', undefined],
    ]);
  });
});

/** Each position as [employer, start, end, current]. */
const spans = (found: ReturnType<typeof positions>) =>
  found.map(({ company, startDate, endDate, current }) => [company, startDate, endDate, current]);

describe('the same ranges in a plain text and in a Word table', () => {
  it('reads a plain text laid out as the PDF was (pdftotext -layout), columns of spaces', async () => {
    const text = [
      'Kaisa Tamm',
      'kaisa.tamm@example.org',
      '',
      'EXPERIENCE',
      '',
      'SEP 2021 –    Senior Backend Engineer',
      'PRESENT       Otterby Freight Ltd, Tallinn',
      '              Routing services in Go.',
      '',
      'AUG 2018      Backend Engineer',
      '–             Quillon Payments AS, Tartu',
      'AUG 2021      Settlement jobs in Java.',
      '',
      'JUN – DEC     QA Intern',
      '2017          Brindle Games OU, Tartu',
      '              Manual tests of mobile games.',
    ].join('\n');
    const result = await extractText(text);
    // Every line of the file keeps its number: a fact's line is the file's own.
    expect(result.lines).toHaveLength(text.split('\n').length);
    expect(result.lines[5]).toBe('SEP 2021 – PRESENT    Senior Backend Engineer');
    expect(spans(positions(result))).toEqual([
      ['Otterby Freight Ltd', '2021-09', undefined, true],
      ['Quillon Payments AS', '2018-08', '2021-08', undefined],
      ['Brindle Games OU', '2017-06', '2017-12', undefined],
    ]);
  });

  it("reads a Word table whose date cell holds the range's pieces as paragraphs", async () => {
    const docx = await makeDocx([
      { paragraph: 'Kaisa Tamm', bold: true },
      { paragraph: 'kaisa.tamm@example.org' },
      { heading: 'Experience', level: 2 },
      {
        table: [
          [
            ['EKİM 2021 –', 'HALEN'],
            ['Kıdemli Yazılım Mühendisi', 'Otterby Freight Ltd · Tallinn', 'Routing services in Go.'],
          ],
          [
            ['AGO 2018', '–', 'SETT 2021'],
            ['Backend Engineer', 'Quillon Payments AS · Tartu', 'Settlement jobs in Java.'],
          ],
          [
            ['JUN – DEC', '2017'],
            ['QA Intern', 'Brindle Games OÜ · Tartu', 'Manual tests of mobile games.'],
          ],
        ],
      },
    ]);
    expect(spans(positions(await extractBytes(docx, 'kaisa-tamm.docx')))).toEqual([
      ['Otterby Freight Ltd', '2021-10', undefined, true],
      ['Quillon Payments AS', '2018-08', '2021-09', undefined],
      ['Brindle Games OÜ', '2017-06', '2017-12', undefined],
    ]);
  });
});
