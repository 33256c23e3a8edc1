import { HeadingLevel, Packer, Paragraph, TableRow, TabStopType } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  bullet,
  cell,
  heading,
  line,
  resumeDocument,
  run,
  table,
} from '../../fixtures/documents/word-parts.js';
import { documentLines, extractBytes, position, positions } from './extract-text.js';

/**
 * Session 17: a Word layout table with a row per role, the employer over its city in the narrow first cell and
 * "Title<TAB>dates" over the bullets in the wide one. Built here with the docx package, so every expected line and
 * position is what the cells written below say.
 */
const titleAndDates = (title: string, dates: string) =>
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 6600 }],
    children: [run(title, { bold: true }), run(`\t${dates}`)],
  });

const roleRow = (left: Paragraph[], title: string, dates: string, bullets: string[]) =>
  new TableRow({
    children: [cell(left, 28), cell([titleAndDates(title, dates), ...bullets.map(bullet)], 72)],
  });

const employer = (name: string, city: string) => [line(run(name, { bold: true })), line(run(city))];

function resume(rows: TableRow[]): Promise<Buffer> {
  return Packer.toBuffer(
    resumeDocument('Lotte Brandt', [
      line(run('Lotte Brandt', { bold: true, size: 40 })),
      line(run('lotte.brandt@example.com · Aarhus, Denmark')),
      heading('Experience', HeadingLevel.HEADING_2),
      table(rows),
      heading('Education', HeadingLevel.HEADING_2),
      line(run('Aarhus University — MSc Computer Science, 2010 – 2012')),
    ]),
  );
}

describe('a Word layout table: the employer over its city beside the title, dates and bullets', () => {
  const rows = [
    roleRow(employer('Vestas', 'Aarhus'), 'Senior Software Engineer', 'Mar 2020 – Present', [
      'Turbine telemetry pipelines in Go.',
    ]),
    roleRow(employer('Trustpilot', 'Copenhagen'), 'Software Engineer', 'Aug 2016 – Feb 2020', [
      'Review moderation services in Python.',
    ]),
    roleRow(employer('Systematic', 'Aarhus'), 'Graduate Developer', 'Sep 2012 – Jul 2016', [
      'Hospital scheduling in C#.',
    ]),
  ];

  it('reads the first cell as one line, the employer and its city', async () => {
    const texts = await documentLines('lotte-brandt.docx', new Uint8Array(await resume(rows)));
    expect(texts).toEqual([
      'Lotte Brandt',
      'lotte.brandt@example.com · Aarhus, Denmark',
      'Experience',
      'Vestas, Aarhus',
      'Senior Software Engineer\tMar 2020 – Present',
      '• Turbine telemetry pipelines in Go.',
      'Trustpilot, Copenhagen',
      'Software Engineer\tAug 2016 – Feb 2020',
      '• Review moderation services in Python.',
      'Systematic, Aarhus',
      'Graduate Developer\tSep 2012 – Jul 2016',
      '• Hospital scheduling in C#.',
      'Education',
      'Aarhus University — MSc Computer Science, 2010 – 2012',
    ]);
  });

  it('gives every role its employer, never the city', async () => {
    expect(positions(await extractBytes(new Uint8Array(await resume(rows)), 'lotte-brandt.docx'))).toEqual([
      position('Vestas', 'Senior Software Engineer', '2020-03', 'present'),
      position('Trustpilot', 'Software Engineer', '2016-08', '2020-02'),
      position('Systematic', 'Graduate Developer', '2012-09', '2016-07'),
    ]);
  });

  it('leaves a first cell of stacked years as it is: a range of its own', async () => {
    const years = [line(run('2019')), line(run('2022'))];
    const texts = await documentLines(
      'lotte-brandt.docx',
      new Uint8Array(await resume([roleRow(years, 'Software Engineer, Trustpilot', 'Copenhagen', ['Go.'])])),
    );
    expect(texts.slice(3, 6)).toEqual(['2019', '2022', 'Software Engineer, Trustpilot\tCopenhagen']);
  });
});
