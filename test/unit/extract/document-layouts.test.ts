import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { isRecordTable } from '../../../src/extract/tables.js';
import { extractBytes, positions, technologiesByPosition } from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

/** The positions the record tables below give, each with the technologies its own record names. */
const RECORD_TECHNOLOGIES = [
  { company: 'Initech', title: 'Lead Developer', technologies: ['Java', 'Kafka', 'PostgreSQL'] },
  { company: 'Globex', title: 'Developer', technologies: ['Kotlin', 'Redis'] },
];

/** Two positions as record tables print them: a label and a value per row. */
const RECORDS: [string, string][][] = [
  [
    ['Company', 'Initech'],
    ['Designation', 'Lead Developer'],
    ['Period', 'Mar 2020 – Present'],
    ['Technologies', 'Java, Kafka, PostgreSQL'],
  ],
  [
    ['Company', 'Globex'],
    ['Designation', 'Developer'],
    ['Period', 'Jan 2016 – Feb 2020'],
    ['Technologies', 'Kotlin, Redis'],
  ],
];

/** The first record's rows as labelled lines, its label and value `apart`. */
const firstRecordLines = (apart: string) =>
  (RECORDS[0] ?? []).map(([label, value]) => `${label}:${apart}${value}`);

/** A Word table of label cells beside value cells, one row per field. */
const record = (rows: [string, string][]) => ({ table: rows.map(([label, value]) => [[label], [value]]) });

describe('a table that is one record (label cells beside values)', () => {
  it('tells a record from other tables of two columns by labels that name a position’s fields', () => {
    expect(
      isRecordTable([
        ['Employer', 'Initech'],
        ['Role', 'Developer'],
        ['Duration', 'Jan 2019 – Dec 2020'],
        ['Environment', 'Java'],
      ]),
    ).toBe(true);
    expect(
      isRecordTable([
        ['Company:', 'Initech'],
        ['Designation:', 'Developer'],
      ]),
    ).toBe(true);
    // A date column beside its entries, a skills table, a table of personal details: no record.
    expect(
      isRecordTable([
        ['2019 – 2021', 'Developer, Initech'],
        ['2017 – 2019', 'Tester, Globex'],
      ]),
    ).toBe(false);
    expect(
      isRecordTable([
        ['Languages', 'Java, Kotlin'],
        ['Tools', 'Git, Docker'],
      ]),
    ).toBe(false);
    expect(
      isRecordTable([
        ['Name', 'Ann Example'],
        ['Location', 'Pune'],
      ]),
    ).toBe(false);
    // One label naming a field is not enough, nor rows of three cells.
    expect(
      isRecordTable([
        ['Role', 'Developer'],
        ['Stack', 'Java'],
      ]),
    ).toBe(false);
    expect(
      isRecordTable([
        ['Company', 'Initech', 'x'],
        ['Role', 'Developer', 'y'],
      ]),
    ).toBe(false);
  });

  it('reads a Word résumé that prints each position as a table of labelled rows', async () => {
    const docx = await makeDocx([
      { paragraph: 'Ann Example' },
      { paragraph: 'ann@example.com' },
      { heading: 'Professional Experience' },
      record(RECORDS[0] ?? []),
      { paragraph: '' },
      record(RECORDS[1] ?? []),
    ]);
    const result = await extractBytes(docx, 'records.docx');
    expect(result.lines.slice(3, 7)).toEqual(firstRecordLines(' '));
    expect(positions(result)).toEqual([
      {
        company: 'Initech',
        title: 'Lead Developer',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      { company: 'Globex', title: 'Developer', startDate: '2016-01', endDate: '2020-02', current: undefined },
    ]);
    expect(technologiesByPosition(result)).toEqual(RECORD_TECHNOLOGIES);
  });

  it('keeps a two-column table of dates beside entries as rows of cells', async () => {
    const docx = await makeDocx([
      { heading: 'Experience' },
      {
        table: [
          [['2019 – 2021'], ['Developer, Initech']],
          [['2017 – 2019'], ['Tester, Globex']],
        ],
      },
    ]);
    const result = await extractBytes(docx, 'date-column.docx');
    expect(result.lines).toEqual([
      'Experience',
      '2019 – 2021 | Developer, Initech',
      '2017 – 2019 | Tester, Globex',
    ]);
  });

  it('reads a PDF of such tables row by row, each label before its value, not as a column of its own', async () => {
    const pdf = await makePdf([
      [
        ...column(50, 60, ['Ann Example', 'ann@example.com']),
        { text: 'PROFESSIONAL EXPERIENCE', x: 50, top: 110, size: 12, bold: true },
        ...RECORDS.flatMap((rows, index) => [
          ...column(
            50,
            130 + index * 70,
            rows.map(([label]) => label),
          ),
          ...column(
            180,
            130 + index * 70,
            rows.map(([, value]) => value),
          ),
        ]),
      ],
    ]);
    const result = await extractBytes(pdf, 'records.pdf');
    expect(result.lines.slice(4, 8)).toEqual(firstRecordLines('    '));
    expect(technologiesByPosition(result)).toEqual(RECORD_TECHNOLOGIES);
  });
});

describe('a range set with an arrow or pointer between its ends', () => {
  it.each([
    ['2021 ▸ now', { year: 2021, month: null }, null, true],
    ['2016 ► 2018', { year: 2016, month: null }, { year: 2018, month: null }, false],
    ['03/2019 ➔ 11/2020', { year: 2019, month: 3 }, { year: 2020, month: 11 }, false],
    ['Jan 2020 ⟶ Present', { year: 2020, month: 1 }, null, true],
  ])('reads "%s" as one range', (text, from, to, ongoing) => {
    const [date, ...others] = findDates(text);
    expect(others).toEqual([]);
    expect(date).toMatchObject({ kind: 'range', start: 0, end: text.length, from, to, ongoing });
  });

  it('leaves a pointer that marks a list item alone', () => {
    expect(findDates('▸ Shipped the 2021 release').map((date) => date.kind)).toEqual(['single']);
  });
});

describe('a LinkedIn "Save to PDF" export', () => {
  it('keeps each position’s dates, with the duration printed after them, apart from the place and text under them', async () => {
    const pdf = await makePdf([
      [
        ...column(
          30,
          60,
          [
            { text: 'Contact', size: 13 },
            'ann@example.com',
            '',
            { text: 'Top Skills', size: 13 },
            'Kubernetes',
            'Go',
            'PostgreSQL',
            '',
            { text: 'Languages', size: 13 },
            'English (Native or Bilingual)',
            'German (Limited Working)',
          ],
          15.5,
        ),
        { text: 'Ann Example', x: 220, top: 60, size: 24 },
        ...column(
          220,
          90,
          [
            'Staff Engineer at Initech',
            'Dublin, County Dublin, Ireland',
            '',
            { text: 'Experience', size: 15 },
            { text: 'Initech', size: 12 },
            'Staff Engineer',
            'January 2021 - Present (3 years 2 months)',
            'Dublin, Ireland',
            'Built the ledger service in Go on PostgreSQL.',
            '',
            { text: 'Globex', size: 12 },
            '4 years 1 month',
            'Senior Developer',
            'March 2019 - December 2020 (1 year 10 months)',
            'Ottawa, Canada',
            'Ran Kafka clusters on Kubernetes.',
            'Developer',
            'December 2016 - February 2019 (2 years 3 months)',
            'Wrote Ruby on Rails checkout code.',
          ],
          16.5,
        ),
      ],
    ]);
    const result = await extractBytes(pdf, 'linkedin.pdf');
    expect(result.lines).toContain('January 2021 - Present (3 years 2 months)');
    expect(result.lines).toContain('December 2016 - February 2019 (2 years 3 months)');
    expect(result.lines).toContain('Wrote Ruby on Rails checkout code.');
    expect(positions(result)).toEqual([
      {
        company: 'Initech',
        title: 'Staff Engineer',
        startDate: '2021-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Globex',
        title: 'Senior Developer',
        startDate: '2019-03',
        endDate: '2020-12',
        current: undefined,
      },
      { company: 'Globex', title: 'Developer', startDate: '2016-12', endDate: '2019-02', current: undefined },
    ]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Initech', title: 'Staff Engineer', technologies: ['Go', 'PostgreSQL'] },
      { company: 'Globex', title: 'Senior Developer', technologies: ['Kafka', 'Kubernetes'] },
      { company: 'Globex', title: 'Developer', technologies: ['Ruby on Rails'] },
    ]);
  });
});
