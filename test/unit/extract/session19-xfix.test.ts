import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractBytes, positions, schools, technologiesByPosition } from './extract-text.js';
import { column, type DocxBlock, makeDocx, makePdf, type PdfText } from './make-documents.js';

/**
 * Session 19: tables of positions whose header cells hold several fields one per paragraph or line, and a
 * table set in gaps followed by other sections. Every document is written here, so each expected value is
 * what its lines say.
 */

/** A job of a PDF work-history table: dates, title, city, organisation and the lines of its description. */
type PdfJob = readonly [string, string, string, string, readonly string[]];

/**
 * The texts of a PDF page: the person, "WORK HISTORY" over a table "Period | Position & Organisation | Location"
 * of `jobs` (the organisation under the title, the description below them at x `textX`), and the top under it.
 */
function workHistory(jobs: readonly PdfJob[], textX: number): { texts: PdfText[]; top: number } {
  const texts: PdfText[] = [
    { text: 'Jane Roe', x: 50, top: 60, size: 16, bold: true },
    { text: 'jane.roe@example.com', x: 50, top: 80 },
    { text: 'WORK HISTORY', x: 50, top: 115, bold: true },
    { text: 'Period', x: 50, top: 140, bold: true },
    { text: 'Position & Organisation', x: 170, top: 140, bold: true },
    { text: 'Location', x: 420, top: 140, bold: true },
  ];
  let top = 162;
  for (const [dates, title, city, organisation, description] of jobs) {
    texts.push({ text: dates, x: 50, top }, { text: title, x: 170, top }, { text: city, x: 420, top });
    texts.push({ text: organisation, x: 170, top: top + 13 });
    texts.push(...column(textX, top + 26, description, 13));
    top += 26 + description.length * 13 + 12;
  }
  return { texts, top };
}

/** Each position's company, title, start and end (true for a current position). */
const heads = (result: ExtractionResult) =>
  positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate ?? p.current]);

/** The head of a Word résumé: the person's name and address, then `heading`. */
const docxHead = (heading: string): DocxBlock[] => [
  { paragraph: 'Jane Roe', bold: true },
  { paragraph: 'jane.roe@example.com' },
  { heading, level: 2 },
];

describe('a Word table whose "Employer / Position" cell holds the employer, the title and the bullets', () => {
  const row = (dates: string, employer: string, title: string, stack: string) => [
    [dates],
    [employer, title, '• Built the payments gateway.', '• Led a team of five.'],
    [stack],
  ];
  const document = () =>
    makeDocx([
      ...docxHead('Professional experience'),
      {
        table: [
          [['Period'], ['Employer / Position'], ['Environment']],
          row(
            '01/2020 – present',
            'Acme Bank, Luxembourg',
            'Senior Java Developer',
            'Java, Spring Boot, Oracle',
          ),
          row(
            '03/2016 – 12/2019',
            'Northwind Freight, Hamburg',
            'Java Developer',
            'Kotlin, Kafka, PostgreSQL',
          ),
          row('09/2013 – 02/2016', 'Larkspur Systems, Brussels', 'Junior Developer', 'C#, SQL Server'),
        ],
      },
    ]);

  it('reads one position a row: company, title and dates', async () => {
    expect(heads(await extractBytes(await document(), 'cv.docx'))).toEqual([
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

describe('a PDF table set in gaps, "Period  Position & Organisation  Location", followed by other sections', () => {
  const jobs = [
    [
      '2023/01 – present',
      'Senior Security Engineer',
      'Muscat',
      'Omantel',
      ['Led the security operations centre and its incident response.'],
    ],
    [
      '2019/03 – 2022/12',
      'Security Engineer',
      'Muscat',
      'Bank Dhofar',
      [
        'Ran the vulnerability management programme for the bank.',
        'Hardened the payment network and its firewalls.',
      ],
    ],
    [
      '2016/07 – 2019/02',
      'Network Engineer',
      'Sohar',
      'Vale Oman',
      ['Built the plant network and its monitoring.'],
    ],
    [
      '2014/09 – 2016/06',
      'IT Support Engineer',
      'Muscat',
      'Ooredoo',
      [
        'Supported three hundred users.',
        'Kept the help desk under its service targets.',
        'Wrote the onboarding guide.',
      ],
    ],
  ] as const;
  const document = () => {
    const { texts, top } = workHistory(jobs, 50);
    texts.push({ text: 'EDUCATION', x: 50, top: top + 10, bold: true });
    texts.push(
      { text: '2012 – 2016', x: 50, top: top + 35 },
      { text: 'Some University', x: 170, top: top + 35 },
      { text: 'City', x: 420, top: top + 35 },
      { text: 'Bachelor of Engineering in Computer Engineering', x: 50, top: top + 48 },
    );
    texts.push({ text: 'CERTIFICATIONS', x: 50, top: top + 80, bold: true });
    texts.push(
      { text: '2020', x: 50, top: top + 105 },
      { text: 'Certified Incident Handler (GCIH)', x: 170, top: top + 105 },
    );
    texts.push({ text: 'SKILLS', x: 50, top: top + 135, bold: true });
    texts.push({ text: 'Cloud', x: 50, top: top + 160 }, { text: 'AWS, Azure', x: 170, top: top + 160 });
    return makePdf([texts]);
  };

  it('reads four positions with company, title and dates', async () => {
    expect(heads(await extractBytes(await document(), 'cv.pdf'))).toEqual([
      ['Omantel', 'Senior Security Engineer', '2023-01', true],
      ['Bank Dhofar', 'Security Engineer', '2019-03', '2022-12'],
      ['Vale Oman', 'Network Engineer', '2016-07', '2019-02'],
      ['Ooredoo', 'IT Support Engineer', '2014-09', '2016-06'],
    ]);
  });

  it('ends the table at the next section: the school and the skills are read', async () => {
    const result = await extractBytes(await document(), 'cv.pdf');
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Some University']);
    const skills = (result.resume.skills ?? []).flatMap((group) => [group.name, ...(group.keywords ?? [])]);
    expect(skills).toEqual(expect.arrayContaining(['AWS', 'Azure']));
  });
});

describe('a Word table cell of head fields only stays one field', () => {
  it('joins "Northwind Logistics" over "Hamburg" and a range stacked "03/2016" over "– 12/2019"', async () => {
    const docx = await makeDocx([
      ...docxHead('Experience'),
      {
        table: [
          [['Period'], ['Employer'], ['Position'], ['Tasks']],
          [
            ['03/2016', '– 12/2019'],
            ['Northwind Logistics', 'Hamburg'],
            ['Java Developer'],
            ['Built the depot planner.'],
          ],
          [
            ['09/2013', '– 02/2016'],
            ['Larkspur Systems', 'Brussels'],
            ['Junior Developer'],
            ['Kept the ledger running.'],
          ],
        ],
      },
    ]);
    const result = await extractBytes(docx, 'cv.docx');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate])).toEqual([
      ['Northwind Logistics', 'Java Developer', '2016-03', '2019-12'],
      ['Larkspur Systems', 'Junior Developer', '2013-09', '2016-02'],
    ]);
  });
});

describe('a PDF table whose "Position & Organisation" cell holds the title, the organisation and the text', () => {
  // The description stands in the cell's own column, under the organisation: the label names two fields, so
  // the cell's first two paragraphs are the head and the others the position's text.
  const document = () => {
    const jobs = [
      [
        '2021/09 – present',
        'Security Engineer',
        'Sohar',
        'Bank Dhofar',
        ['Wrote detections in Sigma.', 'Ran the Splunk upgrade.'],
      ],
      ['2017/07 – 2021/08', 'SOC Analyst', 'Muscat', 'Vale Oman', ['Triaged alerts in QRadar.']],
    ] as const;
    return makePdf([workHistory(jobs, 170).texts]);
  };

  it('reads the title and the organisation as the head, the rest as the text', async () => {
    const result = await extractBytes(await document(), 'cv.pdf');
    expect(heads(result)).toEqual([
      ['Bank Dhofar', 'Security Engineer', '2021-09', true],
      ['Vale Oman', 'SOC Analyst', '2017-07', '2021-08'],
    ]);
    const work = (result.resume.work ?? []).flatMap((entry) => entry.positions ?? []);
    expect(work.map((position) => position.summary)).toEqual([
      'Wrote detections in Sigma. Ran the Splunk upgrade.',
      'Triaged alerts in QRadar.',
    ]);
  });
});
