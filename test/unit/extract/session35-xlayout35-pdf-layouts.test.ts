import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentLines, extractBytes, position, positions } from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

/** Where the text column starts, right of a narrow column of section names at x 50. */
const TEXT = 150;

/** A name over a contact line whose first item ends just short of the text column, as a builder sets it. */
const HEAD: PdfText[] = [
  { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true },
  { text: 'pe@example.it', x: 50, top: 85, size: 8 },
  { text: '+39 333 100 2000', x: 156, top: 85, size: 8 },
  { text: 'Bari, Italy', x: 240, top: 85, size: 8 },
];

/** A job: its head in bold, "dates · city" under it, one line of text; `top` is the head's. */
function job(head: string, dates: string, text: string, top: number): PdfText[] {
  return [
    { text: head, x: TEXT, top, bold: true },
    { text: dates, x: TEXT, top: top + 14, size: 8 },
    { text, x: TEXT, top: top + 28 },
  ];
}

describe('section names in a narrow left column under a contact line (FlowCV, designed templates)', () => {
  it('reads the names before their sections, the experience name wrapped over two lines', async () => {
    const pdf = await makePdf([
      [
        ...HEAD,
        { text: 'PROFILE', x: 50, top: 120, size: 9, bold: true },
        { text: 'Backend engineer who keeps payment systems boring.', x: TEXT, top: 120 },
        { text: 'WORK', x: 50, top: 160, size: 9, bold: true },
        { text: 'EXPERIENCE', x: 50, top: 172, size: 9, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present · Milan',
          'Payment APIs in Go on PostgreSQL.',
          160,
        ),
        ...job('Software Developer, Exprivia', 'June 2017 – April 2021 · Bari', 'Billing jobs in Java.', 210),
        { text: 'EDUCATION', x: 50, top: 270, size: 9, bold: true },
        { text: 'Laurea in Informatica, Università di Bari', x: TEXT, top: 270, bold: true },
        { text: '2014 – 2017', x: TEXT, top: 284, size: 8 },
      ],
    ]);
    const lines = await documentLines('pietro.pdf', pdf);
    expect(lines).toEqual([
      'Pietro Esposito',
      'pe@example.it    +39 333 100 2000    Bari, Italy',
      'PROFILE',
      'Backend engineer who keeps payment systems boring.',
      'WORK EXPERIENCE',
      'Backend Engineer, Satispay',
      'May 2021 – present · Milan',
      'Payment APIs in Go on PostgreSQL.',
      'Software Developer, Exprivia',
      'June 2017 – April 2021 · Bari',
      'Billing jobs in Java.',
      'EDUCATION',
      'Laurea in Informatica, Università di Bari',
      '2014 – 2017',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect(positions(result)).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
      position('Exprivia', 'Software Developer', '2017-06', '2021-04'),
    ]);
  });

  it('reads a page with one name in that column (a second page) as that section, not as a line of its text', async () => {
    const pdf = await makePdf([
      [
        ...HEAD,
        { text: 'EXPERIENCE', x: 50, top: 120, size: 9, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present · Milan',
          'Payment APIs in Go on PostgreSQL.',
          120,
        ),
        ...job('Software Developer, Exprivia', 'June 2017 – April 2021 · Bari', 'Billing jobs in Java.', 170),
        { text: 'SKILLS', x: 50, top: 230, size: 9, bold: true },
        { text: 'Go, Java, PostgreSQL', x: TEXT, top: 230 },
      ],
      [
        { text: 'Batch reports in Java for the billing team.', x: TEXT, top: 60 },
        { text: 'EDUCATION', x: 50, top: 100, size: 9, bold: true },
        { text: 'Laurea in Informatica, Università di Bari', x: TEXT, top: 100, bold: true },
        { text: '2014 – 2017', x: TEXT, top: 114, size: 8 },
      ],
    ]);
    const lines = await documentLines('pietro.pdf', pdf);
    expect(lines.slice(lines.indexOf('Batch reports in Java for the billing team.'))).toEqual([
      'Batch reports in Java for the billing team.',
      'EDUCATION',
      'Laurea in Informatica, Università di Bari',
      '2014 – 2017',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect(positions(result)).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
      position('Exprivia', 'Software Developer', '2017-06', '2021-04'),
    ]);
    expect(
      (result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType, entry.area]),
    ).toEqual([['Università di Bari', 'Laurea', 'Informatica']]);
  });

  it('reads names in the same bold as the headings beside them, on a page of two names', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true },
        { text: 'Experience', x: 50, top: 120, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present · Milan',
          'Payment APIs in Go on PostgreSQL.',
          120,
        ),
        ...job('Software Developer, Exprivia', 'June 2017 – April 2021 · Bari', 'Billing jobs in Java.', 170),
        { text: 'Education', x: 50, top: 230, bold: true },
        { text: 'Laurea in Informatica, Università di Bari', x: TEXT, top: 230, bold: true },
        { text: '2014 – 2017', x: TEXT, top: 244, size: 8 },
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Experience',
      'Backend Engineer, Satispay',
      'May 2021 – present · Milan',
      'Payment APIs in Go on PostgreSQL.',
      'Software Developer, Exprivia',
      'June 2017 – April 2021 · Bari',
      'Billing jobs in Java.',
      'Education',
      'Laurea in Informatica, Università di Bari',
      '2014 – 2017',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect(positions(result)).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
      position('Exprivia', 'Software Developer', '2017-06', '2021-04'),
    ]);
    expect((result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Università di Bari', 'Laurea'],
    ]);
  });

  it('reads a name wrapped over two lines in that column as one, the only name of its page', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true },
        { text: 'Work', x: 50, top: 120, bold: true },
        { text: 'Experience', x: 50, top: 134, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present · Milan',
          'Payment APIs in Go on PostgreSQL.',
          120,
        ),
        ...job('Software Developer, Exprivia', 'June 2017 – April 2021 · Bari', 'Billing jobs in Java.', 170),
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Work Experience',
      'Backend Engineer, Satispay',
      'May 2021 – present · Milan',
      'Payment APIs in Go on PostgreSQL.',
      'Software Developer, Exprivia',
      'June 2017 – April 2021 · Bari',
      'Billing jobs in Java.',
    ]);
  });

  it('leaves the labels of a skills table on their rows, bold beside regular values, two of them naming a section together', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true },
        { text: 'Skills', x: 50, top: 100, size: 14, bold: true },
        { text: 'Tools', x: 50, top: 130, bold: true },
        { text: 'Docker, Terraform', x: TEXT, top: 130 },
        { text: 'Programming', x: 50, top: 143, bold: true },
        { text: 'Go, Java, Python', x: TEXT, top: 143 },
        { text: 'Languages', x: 50, top: 156, bold: true },
        { text: 'Italian, English', x: TEXT, top: 156 },
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Skills',
      'Tools    Docker, Terraform',
      'Programming    Go, Java, Python',
      'Languages    Italian, English',
    ]);
  });

  it('leaves a skills table row label on its row: "Languages" beside its values', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true },
        { text: 'Skills', x: 50, top: 100, size: 14, bold: true },
        { text: 'Languages', x: 50, top: 130, bold: true },
        { text: 'Go, Java, Python', x: TEXT, top: 130 },
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Skills',
      'Languages    Go, Java, Python',
    ]);
  });
});

/** Where the flush-right cells of an entry end. */
const RIGHT = 545;

/** A cell set flush right at `RIGHT` in 10 pt Helvetica (the font `makePdf` sets text in). */
async function flush(text: string, top: number): Promise<PdfText> {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  return { text, x: RIGHT - font.widthOfTextAtSize(text, 10), top };
}

describe("an entry's place over its dates flush right beside its heading and first item (RenderCV's classic)", () => {
  it('puts the dates on the heading line, a range wrapped in its narrow cell joined', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 200, top: 60, size: 24, bold: true },
        { text: 'Experience', x: 50, top: 100, size: 13, bold: true },
        { text: 'Satispay, Backend Engineer', x: 50, top: 125, bold: true },
        await flush('Milan', 125),
        { text: 'Payment APIs in Go on PostgreSQL, owned with two other engineers', x: 62, top: 138 },
        await flush('May 2021 – present', 138),
        { text: 'Exprivia, Software Developer', x: 50, top: 170, bold: true },
        await flush('Bari', 170),
        { text: 'Billing jobs in Java for a telecom client, moved to Spring Boot', x: 62, top: 183 },
        await flush('June 2017 – April', 183),
        await flush('2021', 196),
      ],
    ]);
    const lines = await documentLines('pietro.pdf', pdf);
    expect(lines.slice(1, 6)).toEqual([
      'Experience',
      'Satispay, Backend Engineer    Milan    May 2021 – present',
      'Payment APIs in Go on PostgreSQL, owned with two other engineers',
      'Exprivia, Software Developer    Bari    June 2017 – April 2021',
      'Billing jobs in Java for a telecom client, moved to Spring Boot',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect(positions(result)).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
      position('Exprivia', 'Software Developer', '2017-06', '2021-04'),
    ]);
  });

  it('keeps each row its cell where the line under the heading starts where the heading does', async () => {
    const pdf = await makePdf([
      [
        { text: 'Pietro Esposito', x: 200, top: 60, size: 24, bold: true },
        { text: 'Experience', x: 50, top: 100, size: 13, bold: true },
        { text: 'Satispay', x: 50, top: 125, bold: true },
        await flush('Milan', 125),
        { text: 'Backend Engineer', x: 50, top: 138 },
        await flush('May 2021 – present', 138),
        { text: 'Payment APIs in Go on PostgreSQL.', x: 62, top: 151 },
      ],
    ]);
    const lines = await documentLines('pietro.pdf', pdf);
    expect(lines.slice(2, 4)).toEqual(['Satispay    Milan', 'Backend Engineer    May 2021 – present']);
  });
});
