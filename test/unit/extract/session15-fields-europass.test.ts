import { describe, expect, it } from 'vitest';
import { extractText, position, positions, schools } from './extract-text.js';

/** Session 15: the rows of the Europass CV form, with a colon or only the gap between label and value. */

const GAPPED = [
  'Curriculum Vitae',
  'Ona Kairytė',
  '',
  'Work experience',
  'Dates    March 2020 → present',
  'Occupation or position held    Backend Developer',
  'Main activities and responsibilities    Payment services in Go and PostgreSQL.',
  'Name and address of employer    Kestrel Pay UAB, Gedimino pr. 1, Vilnius (Lithuania)',
  'Type of business or sector    Fintech',
  '',
  'Dates    June 2016 → February 2020',
  'Occupation or position held    Junior Developer',
  'Main activities and responsibilities    Reporting in Python since 2017.',
  'Name and address of employer    Baltic Soft, AB, Laisvės al. 3, Kaunas (Lithuania)',
  'Type of business or sector    Software',
  '',
  'Education and training',
  'Dates    September 2012 → June 2016',
  'Title of qualification awarded    Bachelor of Science in Informatics',
  'Principal subjects / occupational skills covered    Algorithms, databases.',
  'Name and type of organisation providing education and training    Kaunas University of Technology',
];

describe('Europass form rows', () => {
  it('reads the dates, the occupation and the employer before its street address, with the gap as separator', async () => {
    const result = await extractText(GAPPED.join('\n'));
    expect(positions(result)).toEqual([
      position('Kestrel Pay UAB', 'Backend Developer', '2020-03', 'present'),
      position('Baltic Soft, AB', 'Junior Developer', '2016-06', '2020-02'),
    ]);
    // The activities are the job's text: their technologies are the position's, their year no date of it.
    const technologies = (result.resume.work ?? []).map((work) => work.positions?.[0]?.technologies);
    expect(technologies).toEqual([['Go', 'PostgreSQL'], ['Python']]);
  });

  it('reads the same rows written with colons', async () => {
    const text = GAPPED.map((line) => line.replace(/^([A-Z][a-z][^:]*?)\s{4}/u, '$1: ')).join('\n');
    expect(text).toContain('Occupation or position held: Backend Developer');
    const result = await extractText(text);
    expect(
      positions(result).map((position) => [position.company, position.title, position.startDate]),
    ).toEqual([
      ['Kestrel Pay UAB', 'Backend Developer', '2020-03'],
      ['Baltic Soft, AB', 'Junior Developer', '2016-06'],
    ]);
  });

  it('reads the qualification as the degree and its field, the organisation as the school', async () => {
    const result = await extractText(GAPPED.join('\n'));
    expect(schools(result)).toEqual([
      {
        institution: 'Kaunas University of Technology',
        studyType: 'Bachelor of Science',
        area: 'Informatics',
        startDate: '2012-09',
        endDate: '2016-06',
      },
    ]);
  });

  it('reads "Dates" before a gap as a form row only when a date follows', async () => {
    const result = await extractText(
      [
        'Jonas Petraitis',
        '',
        'Experience',
        'Senior Engineer, Fooble    2019 – 2023',
        'Dates    to be agreed with the client',
      ].join('\n'),
    );
    expect(
      positions(result).map((position) => [position.company, position.title, position.startDate]),
    ).toEqual([['Fooble', 'Senior Engineer', '2019']]);
  });
});
