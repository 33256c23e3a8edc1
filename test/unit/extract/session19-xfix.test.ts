import { describe, expect, it } from 'vitest';
import { extractBytes, positions, schools, technologiesByPosition } from './extract-text.js';
import { column, makeDocx, makePdf, type PdfText } from './make-documents.js';

/**
 * Session 19: tables of positions whose header cells hold several fields one per paragraph or line, and a
 * table set in gaps followed by other sections. Every document is written here, so each expected value is
 * what its lines say.
 */

describe('a Word table whose "Employer / Position" cell holds the employer, the title and the bullets', () => {
  const row = (dates: string, employer: string, title: string, stack: string) => [
    [dates],
    [employer, title, '• Built the payments gateway.', '• Led a team of five.'],
    [stack],
  ];
  const document = () =>
    makeDocx([
      { paragraph: 'Jane Roe', bold: true },
      { paragraph: 'jane.roe@example.com' },
      { heading: 'Professional experience', level: 2 },
      {
        table: [
          [['Period'], ['Employer / Position'], ['Environment']],
          row('01/2020 – present', 'Acme Bank, Luxembourg', 'Senior Java Developer', 'Java, Spring Boot, Oracle'),
          row('03/2016 – 12/2019', 'Northwind Freight, Hamburg', 'Java Developer', 'Kotlin, Kafka, PostgreSQL'),
          row('09/2013 – 02/2016', 'Larkspur Systems, Brussels', 'Junior Developer', 'C#, SQL Server'),
        ],
      },
    ]);

  it('reads one position a row: company, title and dates', async () => {
    const result = await extractBytes(await document(), 'cv.docx');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate ?? p.current])).toEqual([
      ['Acme Bank', 'Senior Java Developer', '2020-01', true],
      ['Northwind Freight', 'Java Developer', '2016-03', '2019-12'],
      ['Larkspur Systems', 'Junior Developer', '2013-09', '2016-02'],
    ]);
  });

  it('keeps the bullets as the text and the environment as the technologies', async () => {
    const result = await extractBytes(await document(), 'cv.docx');
    const work = (result.resume.work ?? []).flatMap((entry) => entry.positions ?? []);
    expect(work[0]?.highlights ?? []).toEqual(['Built the payments gateway.', 'Led a team of five.']);
    // The title may name a technology too ("Java Developer"); the environment's must all be there.
    const stacks = technologiesByPosition(result).map((p) => p.technologies);
    expect(stacks).toHaveLength(3);
    expect(stacks[0]).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'Oracle']));
    expect(stacks[1]).toEqual(expect.arrayContaining(['Kotlin', 'Kafka', 'PostgreSQL']));
    expect(stacks[2]).toEqual(expect.arrayContaining(['C#', 'SQL Server']));
  });
});
