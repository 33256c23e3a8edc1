import { describe, expect, it } from 'vitest';
import { studiesHeaderRow } from '../../../src/extract/tables.js';
import { extractBytes, extractText, resultRoleRows, schools } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 22 (xmisfire): misreadings earlier sessions noticed and left, each a convention of résumés. Every input is
 * built here (invented people, employers, schools and places); the expected answers are what a reader takes from it.
 */

describe('a table whose header row names a school or a degree column lists studies (item 1)', () => {
  const studiesTable = [
    '| Period | Institution | Degree |',
    '|---|---|---|',
    '| 2010 – 2014 | Marlow University | BSc Computer Science |',
    '| 2014 – 2015 | Tarn Institute of Technology | MSc Data Science |',
  ];
  const marlow = {
    institution: 'Marlow University',
    studyType: 'BSc',
    area: 'Computer Science',
    startDate: '2010',
    endDate: '2014',
  };
  const tarn = {
    institution: 'Tarn Institute of Technology',
    studyType: 'MSc',
    area: 'Data Science',
    startDate: '2014',
    endDate: '2015',
  };
  const job = ['### Backend Engineer, Tessel Labs', '2015 – 2020', '- Built the billing services'];

  it('reads a Markdown table of studies before any heading as education, not as jobs', async () => {
    const result = await extractText(
      ['# Dalia Fenwick', 'dalia.fenwick@example.org', '', ...studiesTable, '', '## Experience', '', ...job].join(
        '\n',
      ),
      'resume.md',
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow, tarn]);
  });

  it('reads such a table inside the work history as education, and the jobs after it as jobs', async () => {
    const result = await extractText(
      [
        '# Dalia Fenwick',
        '',
        '## Experience',
        '',
        ...job,
        '',
        ...studiesTable,
        '',
        '### Data Engineer, Orrin Freight',
        '2020 – 2023',
        '- Wrote the loaders',
      ].join('\n'),
      'resume.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Tessel Labs', 'Backend Engineer', '2015', '2020'],
      ['Orrin Freight', 'Data Engineer', '2020', '2023'],
    ]);
    expect(schools(result)).toEqual([marlow, tarn]);
  });

  it('reads a plain-text table set with tabs the same way', async () => {
    const result = await extractText(
      [
        'Dalia Fenwick',
        'dalia.fenwick@example.org',
        '',
        'Years\tUniversity\tQualification',
        '2010 – 2014\tMarlow University\tBSc Computer Science',
        '',
        'Experience',
        '',
        'Backend Engineer, Tessel Labs',
        '2015 – 2020',
        '- Built the billing services',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow]);
  });

  it('reads a Word table of studies before the first heading as education', async () => {
    const result = await extractBytes(
      await makeDocx([
        { paragraph: 'Dalia Fenwick', bold: true },
        { paragraph: 'dalia.fenwick@example.org' },
        {
          table: [
            [['Period'], ['Institution'], ['Degree']],
            [['2010 – 2014'], ['Marlow University'], ['BSc Computer Science']],
          ],
        },
        { heading: 'Experience' },
        { paragraph: 'Backend Engineer, Tessel Labs', bold: true },
        { paragraph: '2015 – 2020' },
        { bullet: 'Built the billing services' },
      ]),
      'resume.docx',
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow]);
  });

  it.each([
    ['| Period | Institution | Degree |', true],
    ['School | Degree | Grade', true],
    ['Years    College    Field of study', true],
    // A column of employers or titles makes a table of positions, whatever else it holds.
    ['| Period | Company | Degree |', false],
    ['| Period | Employer | Role |', false],
    // A certificate is no degree, and a row of values is no header.
    ['| Certificate | Institution | Year |', false],
    ['| 2010 – 2014 | Marlow University | BSc |', false],
    ['Institution', false],
  ])('takes %j for the header of a table of studies: %s', (row, expected) => {
    expect(studiesHeaderRow(row)).toBe(expected);
  });
});
