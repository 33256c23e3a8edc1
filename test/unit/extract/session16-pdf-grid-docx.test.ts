import { BorderStyle, HeadingLevel, Packer, Paragraph, type Table, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/extract/read-document.js';
import {
  bullet,
  cell,
  everySide,
  heading,
  line,
  resumeDocument,
  run,
  table,
} from '../../fixtures/documents/word-parts.js';
import { extractBytes, position, positions } from './extract-text.js';

/**
 * Word tables of positions: a header row naming the columns ("From | To | Company | Role |
 * Responsibilities") over one row per position whose task cell holds several paragraphs or bullets.
 * Built here with the docx package, so every expected line and position is what the cells written
 * below say.
 */
const text = (value: string) => new Paragraph({ children: [run(value)] });
const row = (cells: Paragraph[][], widths: readonly number[]) =>
  new TableRow({ children: cells.map((paragraphs, index) => cell(paragraphs, widths[index] as number)) });

function resume(name: string, section: string, grid: Table): Promise<Buffer> {
  return Packer.toBuffer(
    resumeDocument(name, [
      line(run(name, { bold: true, size: 36 })),
      text(`${name.toLowerCase().replace(/\W+/gu, '.')}@example.com · Valencia, Spain`),
      heading(section, HeadingLevel.HEADING_2),
      grid,
      heading('Education', HeadingLevel.HEADING_2),
      text(
        'Universitat Politècnica de València — Bachelor of Engineering in Computer Engineering (2009 – 2013)',
      ),
    ]),
  );
}

const FIVE = [10, 10, 20, 20, 40];
const fiveColumns = table([
  row([[text('From')], [text('To')], [text('Company')], [text('Role')], [text('Responsibilities')]], FIVE),
  row(
    [
      [text('2020-05')],
      [text('present')],
      [text('Lighthouse Analytics')],
      [text('Lead Data Engineer')],
      [bullet('Runs the data platform team of five.'), bullet('Moved the warehouse to Snowflake and dbt.')],
    ],
    FIVE,
  ),
  row(
    [
      [text('2016-09')],
      [text('2020-04')],
      [text('Mediterranean Shipping'), text('Valencia')],
      [text('Data Engineer')],
      [bullet('Wrote the Spark jobs that price container routes.'), bullet('Kept them on Scala and Hadoop.')],
    ],
    FIVE,
  ),
  row(
    [
      [text('2014-01')],
      [text('2016-08')],
      [text('Indra')],
      [text('Junior Software Developer')],
      [text('Java and Oracle reports.'), text('On call for the payroll batch.')],
    ],
    FIVE,
  ),
]);

const THREE = [25, 35, 40];
const ruledThreeColumns = table(
  [
    row([[text('Period')], [text('Position')], [text('Employer')]], THREE),
    row(
      [
        [text('Aug 2021 – Present')],
        [text('Principal Software Engineer')],
        [text('Persistent Systems'), text('Pune')],
      ],
      THREE,
    ),
    row([[text('Jun 2017 – Jul 2021')], [text('Senior Software Engineer')], [text('Infosys')]], THREE),
  ],
  everySide({ style: BorderStyle.SINGLE, size: 4, color: '444444' }),
);

async function read(bytes: Buffer): Promise<string[]> {
  const document = await readDocument('grid.docx', new Uint8Array(bytes));
  return 'lines' in document ? document.lines.map((each) => each.text) : [];
}

describe('a Word table of positions under a header row', () => {
  it('reads each row as its head line in the header order, its task paragraphs after it', async () => {
    const lines = await read(await resume('Tomás Herrera', 'Work History', fiveColumns));
    const from = lines.indexOf('Work History');
    expect(lines.slice(from, from + 12)).toEqual([
      'Work History',
      '2020-05 – present | Lighthouse Analytics | Lead Data Engineer',
      '• Runs the data platform team of five.',
      '• Moved the warehouse to Snowflake and dbt.',
      '2016-09 – 2020-04 | Mediterranean Shipping, Valencia | Data Engineer',
      '• Wrote the Spark jobs that price container routes.',
      '• Kept them on Scala and Hadoop.',
      '2014-01 – 2016-08 | Indra | Junior Software Developer',
      'Java and Oracle reports.',
      'On call for the payroll batch.',
      'Education',
      'Universitat Politècnica de València — Bachelor of Engineering in Computer Engineering (2009 – 2013)',
    ]);
  });

  it('gives one position per row, the place under the employer no position of its own', async () => {
    const result = await extractBytes(
      new Uint8Array(await resume('Tomás Herrera', 'Work History', fiveColumns)),
      'grid.docx',
    );
    expect(positions(result)).toEqual([
      position('Lighthouse Analytics', 'Lead Data Engineer', '2020-05', 'present'),
      position('Mediterranean Shipping', 'Data Engineer', '2016-09', '2020-04'),
      position('Indra', 'Junior Software Developer', '2014-01', '2016-08'),
    ]);
  });

  it('reads a ruled table of three columns, the title before the employer', async () => {
    const bytes = await resume('Anjali Raman', 'Experience', ruledThreeColumns);
    const lines = await read(bytes);
    expect(lines).toContain('Aug 2021 – Present | Principal Software Engineer | Persistent Systems, Pune');
    expect(lines).not.toContain('Period | Position | Employer');
    expect(positions(await extractBytes(new Uint8Array(bytes), 'grid.docx'))).toEqual([
      position('Persistent Systems', 'Principal Software Engineer', '2021-08', 'present'),
      position('Infosys', 'Senior Software Engineer', '2017-06', '2021-07'),
    ]);
  });

  it('leaves a table whose first row names no columns of a position as it was read before', async () => {
    const bytes = await Packer.toBuffer(
      resumeDocument('Ana Lima', [
        heading('Skills', HeadingLevel.HEADING_2),
        table([
          row([[text('Languages')], [text('Go, Python')]], [30, 70]),
          row([[text('Databases')], [text('PostgreSQL, Redis')]], [30, 70]),
        ]),
      ]),
    );
    expect(await read(bytes)).toEqual(['Skills', 'Languages | Go, Python', 'Databases | PostgreSQL, Redis']);
  });
});
