import { describe, expect, it } from 'vitest';
import { looseSectionKind, sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions, schools } from './extract-text.js';

/** Session 17: section headings real résumés use that the development sets lacked. */

describe('headings of the work history, the studies and the skills', () => {
  it.each([
    ['Professional Background', 'experience'],
    ['Career Background', 'experience'],
    ['Employment Record', 'experience'],
    ['Positions Held', 'experience'],
    ['Consulting Experience', 'experience'],
    ['Freelance Experience', 'experience'],
    ['Military Experience', 'experience'],
    ['Job History', 'experience'],
    ['Related Experience', 'experience'],
    ['Earlier Career', 'experience'],
    ['Career Progression', 'experience'],
    ['Contract Work', 'experience'],
    ['Educational Background', 'education'],
    ['Educational Qualifications', 'education'],
    ['Formal Education', 'education'],
    ['Higher Education', 'education'],
    ['Academic Credentials', 'education'],
    ['Skill Set', 'skills'],
    ['Skillset', 'skills'],
    ['Programming Languages', 'skills'],
    ['Computer Languages', 'skills'],
    ['Conference Talks', 'publications'],
    ['Executive Summary', 'summary'],
    ['Personal Statement', 'summary'],
    ['Freelance Projects', 'projects'],
  ])('"%s" names the %s section', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });

  it('keeps the headings it read before as they were', () => {
    expect(
      ['Academic Background', 'Languages', 'Foreign Languages', 'Language Skills', 'Background', 'Set'].map(
        sectionKind,
      ),
    ).toEqual(['education', 'languages', 'languages', 'languages', null, null]);
  });

  it('reads a school named "University of Technology" as no heading', () => {
    expect(looseSectionKind('University of Technology Sydney')).toBeNull();
    expect(sectionKind('Warsaw University of Technology')).toBeNull();
  });

  it('reads the positions under "Professional Background" and the school under "Educational Background"', async () => {
    const result = await extractText(
      [
        'Marisol Quintero',
        'marisol.quintero@example.com',
        '',
        'Professional Background',
        '',
        'Senior Data Engineer, Northwind Freight — Jan 2020 – Present',
        '- Batch pipelines in Python and Airflow.',
        '',
        'Data Engineer, Harbor Analytics — Jun 2016 – Dec 2019',
        '- Warehouse models in dbt on Snowflake.',
        '',
        'Educational Background',
        '',
        'BSc Computer Science, University of Eastmark, 2016',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Northwind Freight', 'Senior Data Engineer', '2020-01', 'present'),
      position('Harbor Analytics', 'Data Engineer', '2016-06', '2019-12'),
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'University of Eastmark',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: undefined,
        endDate: '2016',
      },
    ]);
  });
});
