import { describe, expect, it } from 'vitest';
import { isRecordTable } from '../../../src/extract/tables.js';
import { extractBytes, positions } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/** Each position's company, title and technologies, in document order. */
function technologiesByPosition(result: Awaited<ReturnType<typeof extractBytes>>) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      technologies: position.technologies ?? [],
    })),
  );
}

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
      record([
        ['Company', 'Initech'],
        ['Designation', 'Lead Developer'],
        ['Period', 'Mar 2020 – Present'],
        ['Technologies', 'Java, Kafka, PostgreSQL'],
      ]),
      { paragraph: '' },
      record([
        ['Company', 'Globex'],
        ['Designation', 'Developer'],
        ['Period', 'Jan 2016 – Feb 2020'],
        ['Technologies', 'Kotlin, Redis'],
      ]),
    ]);
    const result = await extractBytes(docx, 'records.docx');
    expect(result.lines.slice(3, 7)).toEqual([
      'Company: Initech',
      'Designation: Lead Developer',
      'Period: Mar 2020 – Present',
      'Technologies: Java, Kafka, PostgreSQL',
    ]);
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
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Initech', title: 'Lead Developer', technologies: ['Java', 'Kafka', 'PostgreSQL'] },
      { company: 'Globex', title: 'Developer', technologies: ['Kotlin', 'Redis'] },
    ]);
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
});
