/**
 * Session 22 (xword): Word résumés in layouts and with characters the Word path did not read. Every input is
 * constructed here (invented people and employers), never copied from a fixture set.
 */
import { AlignmentType, HeadingLevel, Packer, Paragraph, TableRow } from 'docx';
import { ShapeRun } from 'docx/shapes';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lookupKey, looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import {
  bullet,
  cell,
  heading,
  line,
  rightTab,
  run,
  styled,
  table,
  wordDocument,
} from '../../fixtures/documents/word-parts.js';
import { documentLines, extractBytes, extractText, position, positions } from './extract-text.js';

const NAME = [line(run('Wilma Fenn', { bold: true })), line(run('wilma.fenn@example.com'))];
const EDUCATION = [
  heading('Education', HeadingLevel.HEADING_1),
  line(run('BSc Computer Science, University of Karvik, 2010 – 2014')),
];

async function packed(children: (Paragraph | ReturnType<typeof table>)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(wordDocument('Wilma Fenn', children)));
}

/** The document with each `@NAME@` marker in its text replaced by the Word XML element `elements[NAME]`. */
function withElements(bytes: Uint8Array, elements: Record<string, string>): Uint8Array {
  const entries = unzipSync(bytes);
  let xml = strFromU8(entries['word/document.xml'] as Uint8Array);
  for (const [name, element] of Object.entries(elements))
    xml = xml.replaceAll(`@${name}@`, `</w:t>${element}<w:t xml:space="preserve">`);
  entries['word/document.xml'] = strToU8(xml);
  return zipSync(entries);
}

describe('Word characters mammoth drops or keeps as they are', () => {
  it('reads an alignment tab (w:ptab) as a tab and a carriage return (w:cr) as a line break', async () => {
    const bytes = withElements(
      await packed([
        ...NAME,
        heading('Experience', HeadingLevel.HEADING_1),
        line(run('Senior Engineer, Quillon Bank@PTAB@Mar 2019 – Present', { bold: true })),
        bullet('Built the settlement ledger.'),
        line(run('Developer, Larkspur Freight@CR@Jun 2014 – Dec 2015', { bold: true })),
        bullet('Wrote the routing service.'),
        ...EDUCATION,
      ]),
      {
        PTAB: '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>',
        CR: '<w:cr/>',
      },
    );
    const lines = await documentLines('ptab.docx', bytes);
    expect(lines).toContain('Senior Engineer, Quillon Bank\tMar 2019 – Present');
    expect(lines).toContain('Developer, Larkspur Freight');
    expect(lines).toContain('Jun 2014 – Dec 2015');
    expect(positions(await extractBytes(bytes, 'ptab.docx'))).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2015-12'),
    ]);
  });

  it('drops soft hyphens (Ctrl+-) from the words they sit in', async () => {
    const bytes = withElements(
      await packed([
        ...NAME,
        heading('Experience', HeadingLevel.HEADING_1),
        rightTab(
          run('Data Engi@SHY@neer, Brightwater Labor@SHY@atories', { bold: true }),
          run('\tJan 2016 – Feb 2019'),
        ),
        bullet('Built the sample pipelines.'),
        ...EDUCATION,
      ]),
      { SHY: '<w:softHyphen/>' },
    );
    expect(positions(await extractBytes(bytes, 'soft-hyphen.docx'))).toEqual([
      position('Brightwater Laboratories', 'Data Engineer', '2016-01', '2019-02'),
    ]);
  });
});

describe('a layout table row whose leading cells date and label the row', () => {
  it('reads "Mar 2019 –" over "Present" and "Employer" over "City" beside the title and bullets as one header line', async () => {
    const row = (start: string, end: string, employer: string, city: string, title: string, text: string) =>
      new TableRow({
        children: [
          cell([line(run(`${start} –`)), line(run(end))], 18),
          cell([styled(employer, { bold: true }), line(run(city))], 27),
          cell([styled(title, { bold: true }), bullet(text)], 55),
        ],
      });
    const bytes = await packed([
      ...NAME,
      heading('Experience', HeadingLevel.HEADING_1),
      table([
        row(
          'Mar 2019',
          'Present',
          'Quillon Bank',
          'Karvik',
          'Senior Engineer',
          'Built the settlement ledger.',
        ),
        row('Jun 2014', 'Feb 2019', 'Larkspur Freight', 'Ostby', 'Developer', 'Wrote the routing service.'),
      ]),
      ...EDUCATION,
    ]);
    const lines = await documentLines('dates-cells.docx', bytes);
    expect(lines).toContain('Mar 2019 – Present | Quillon Bank, Karvik');
    expect(lines).toContain('Jun 2014 – Feb 2019 | Larkspur Freight, Ostby');
    expect(positions(await extractBytes(bytes, 'dates-cells.docx'))).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
  });

  it('reads a last cell of dates alone right of the text as the dates of its first line', async () => {
    const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });
    const row = (title: string, employer: string, start: string, end: string, text: string) =>
      new TableRow({
        children: [
          cell([styled(title, { bold: true }), line(run(employer, { italics: true })), bullet(text)], 75),
          cell([right(`${start} –`), right(end)], 25),
        ],
      });
    const bytes = await packed([
      ...NAME,
      heading('Experience', HeadingLevel.HEADING_1),
      table([
        row('Senior Engineer', 'Quillon Bank, Karvik', 'Mar 2019', 'Present', 'Built the settlement ledger.'),
        row('Developer', 'Larkspur Freight, Ostby', 'Jun 2014', 'Feb 2019', 'Wrote the routing service.'),
      ]),
      ...EDUCATION,
    ]);
    const lines = await documentLines('dates-right.docx', bytes);
    expect(lines).toContain('Senior Engineer | Mar 2019 – Present');
    expect(lines).toContain('Developer | Jun 2014 – Feb 2019');
    expect(positions(await extractBytes(bytes, 'dates-right.docx'))).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
  });

  it('keeps a cell with more than dates in it as a block of its own', async () => {
    const bytes = await packed([
      ...NAME,
      heading('Experience', HeadingLevel.HEADING_1),
      table([
        new TableRow({
          children: [
            cell([line(run('Mar 2019 – Present, on call weekly'))], 30),
            cell([styled('Senior Engineer, Quillon Bank', { bold: true }), bullet('Built the ledger.')], 70),
          ],
        }),
      ]),
    ]);
    const lines = await documentLines('not-dates.docx', bytes);
    expect(lines).toContain('Mar 2019 – Present, on call weekly');
    expect(lines.some((text) => text.includes(' | '))).toBe(false);
  });
});

describe('a sentence describing the employer between its name and the title', () => {
  const text = (description: string) => `Wilma Fenn
wilma.fenn@example.com

Experience
Quillon Bank
${description}
Senior Engineer    Mar 2019 – Present
• Built the settlement ledger.
Larkspur Freight
A family-owned haulier with depots in four towns.
Developer    Jun 2014 – Feb 2019
• Wrote the routing service.
`;
  it('leaves the name over its title: "Quillon Bank" / "A savings bank of 40 people." / "Senior Engineer  dates"', async () => {
    expect(positions(await extractText(text('A savings bank of 40 people.')))).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
  });

  it('reads the same in a Word file, the description in italics', async () => {
    const entry = (employer: string, description: string, title: string, dates: string) => [
      styled(employer, { bold: true }),
      styled(description, { italics: true }),
      rightTab(run(title, { bold: true }), run(`\t${dates}`)),
      bullet('Kept the lights on.'),
    ];
    const bytes = await packed([
      ...NAME,
      heading('Experience', HeadingLevel.HEADING_1),
      ...entry('Quillon Bank', 'A savings bank of 40 people.', 'Senior Engineer', 'Mar 2019 – Present'),
      ...entry(
        'Larkspur Freight',
        'A haulier with depots in four towns.',
        'Developer',
        'Jun 2014 – Feb 2019',
      ),
      ...EDUCATION,
    ]);
    expect(positions(await extractBytes(bytes, 'described.docx'))).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
  });

  it('does not take a job\'s text under its place line for a description ("Warsaw, Poland" is no employer\'s name)', async () => {
    const result = await extractText(`Wilma Fenn

Experience
Quillon Bank
Senior Engineer
January 2020 - Present
Karvik, Norway
Settlement services for a Nordic client, in Kotlin.
Developer
June 2014 - December 2019
Karvik, Norway
Routing services in Java.
`);
    expect(positions(result)).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2020-01', 'present'),
      position('Quillon Bank', 'Developer', '2014-06', '2019-12'),
    ]);
  });
});

describe('a place after the dates on the line under "Title, Employer"', () => {
  it('is where the job was, not the employer: "QA Engineer, Peipsi Telecom" over "Sep 2018 – Feb 2022 | Tartu"', async () => {
    const result = await extractText(`Wilma Fenn

Experience
Lead QA Engineer, Emajoe Fintech
Mar 2022 – Present | Tartu
• Built the API test suite.
QA Engineer, Peipsi Telecom
Sep 2018 – Feb 2022 | Narva
• Browser tests.
`);
    expect(positions(result)).toEqual([
      position('Emajoe Fintech', 'Lead QA Engineer', '2022-03', 'present'),
      position('Peipsi Telecom', 'QA Engineer', '2018-09', '2022-02'),
    ]);
  });
});

describe('European vocabulary', () => {
  it('reads "Istruzione e formazione" and "Formazione" as education headings', () => {
    expect(sectionKind('Istruzione e formazione')).toBe('education');
    expect(sectionKind('Formazione')).toBe('education');
  });

  it('drops the Estonian legal form OÜ as it drops AS and Oy', () => {
    expect(looseCompanyKey('Emajõe Fintech OÜ')).toBe(lookupKey('Emajõe Fintech'));
    expect(looseCompanyKey('Karvik Data OÜ')).toBe('karvikdata');
  });
});

describe("a description after the employer's name on its line", () => {
  const resume = (first: string, second: string) => `Wilma Fenn

Experience
${first}
Senior Engineer    Mar 2019 – Present
• Built the settlement ledger.
${second}
Developer    Jun 2014 – Feb 2019
• Wrote the routing service.
`;
  it('reads "Quillon Bank, a savings bank in Karvik" as the employer Quillon Bank over its title', async () => {
    const result = await extractText(
      resume('Quillon Bank, a savings bank in Karvik', 'Larkspur Freight, an independent haulier'),
    );
    expect(positions(result)).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
    expect(JSON.stringify(result.resume.work)).not.toMatch(/savings bank|independent haulier/u);
  });

  it('reads "Quillon Bank (fintech, 200 employees)" as the employer Quillon Bank', async () => {
    expect(
      positions(
        await extractText(resume('Quillon Bank (fintech, 200 employees)', 'Larkspur Freight (haulage)')),
      ),
    ).toEqual([
      position('Quillon Bank', 'Senior Engineer', '2019-03', 'present'),
      position('Larkspur Freight', 'Developer', '2014-06', '2019-02'),
    ]);
  });

  it('keeps a long line that names no employer out of the header ("Worked on many things, a lot of them in Go")', async () => {
    const result = await extractText(`Wilma Fenn

Experience
Senior Engineer, Quillon Bank    Mar 2019 – Present
Worked on settlement, a core part of the bank
• Built the settlement ledger.
`);
    expect(positions(result)).toEqual([position('Quillon Bank', 'Senior Engineer', '2019-03', 'present')]);
  });
});

describe('a text box drawn as a DrawingML shape (wps), with no VML fallback', () => {
  const sidebar = () =>
    new ShapeRun({
      type: 'rectangle',
      transformation: { width: 200, height: 160 },
      floating: { horizontalPosition: { offset: 4_000_000 }, verticalPosition: { offset: 0 } },
      children: [
        new Paragraph({ children: [run('wilma.fenn@example.com')] }),
        new Paragraph({ children: [run('Skills', { bold: true })] }),
        new Paragraph({ children: [run('Kotlin, PostgreSQL, Terraform')] }),
      ],
    });
  const body = () => [
    new Paragraph({ children: [run('Wilma Fenn', { bold: true }), sidebar()] }),
    heading('Experience', HeadingLevel.HEADING_1),
    rightTab(run('Senior Engineer, Quillon Bank', { bold: true }), run('\tMar 2019 – Present')),
    bullet('Built the settlement ledger.'),
  ];

  it("reads the box's paragraphs after the paragraph that holds it", async () => {
    const bytes = await packed(body());
    expect(await documentLines('shape.docx', bytes)).toEqual([
      'Wilma Fenn',
      'wilma.fenn@example.com',
      'Skills',
      'Kotlin, PostgreSQL, Terraform',
      'Experience',
      'Senior Engineer, Quillon Bank\tMar 2019 – Present',
      '• Built the settlement ledger.',
    ]);
    const result = await extractBytes(bytes, 'shape.docx');
    expect(result.resume.basics?.email).toBe('wilma.fenn@example.com');
    expect(result.resume.skills?.flatMap((group) => group.keywords ?? [])).toEqual(
      expect.arrayContaining(['Kotlin', 'PostgreSQL', 'Terraform']),
    );
  });

  it('reads a box Word wrote twice (the shape and its VML fallback) once', async () => {
    const entries = unzipSync(await packed(body()));
    const xml = strFromU8(entries['word/document.xml'] as Uint8Array);
    const drawing = /<w:drawing>[\s\S]*<\/w:drawing>/u.exec(xml)?.[0] as string;
    const box = /<w:txbxContent>[\s\S]*<\/w:txbxContent>/u.exec(drawing)?.[0] as string;
    const both = `<mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    entries['word/document.xml'] = strToU8(xml.replace(drawing, both));
    const lines = await documentLines('both.docx', zipSync(entries));
    expect(lines.filter((text) => text === 'wilma.fenn@example.com')).toHaveLength(1);
    expect(lines).toContain('Kotlin, PostgreSQL, Terraform');
  });
});
