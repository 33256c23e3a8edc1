import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { extractText, positions, schools } from './extract-text.js';

/**
 * Session 31 (xfix31b): the audit of xedu31's change (audit31b). A provider's short name before its programme is a
 * school only before a programme's own word and when it is no exam's or known vendor's name; Tanzania's and Uganda's
 * bare "CSEE"/"UCE" are no school-leaving words. Made-up people and lines; the expected entries are read off them.
 */

/** The education section of a plain-text CV: a university's degree, then `lines`. */
const underDegree = (lines: string[]) =>
  extractText(
    [
      'Dana Whitcombe',
      '',
      'Education',
      '',
      'BSc Computer Science, University of Leeds, 2010 - 2013',
      '',
      ...lines,
      '',
      'Skills',
      'Java, SQL',
    ].join('\n'),
  );

const entries = async (lines: string[]) =>
  schools(await underDegree(lines)).map((entry) => [
    entry.institution,
    entry.studyType,
    entry.area,
    entry.endDate,
  ]);

const leeds = ['University of Leeds', 'BSc', 'Computer Science', '2013'];

describe("a certification, course or language test under Education is no provider's programme", () => {
  it.each([
    'ITIL Foundation certificate, 2019',
    'CCNA Security course, 2017',
    'TOEFL Preparation course, 2012',
    'IELTS Academic certificate — 2014',
    'HSK Chinese course, 2013',
    'SAP Basis training, 2016',
    'AWS Cloud Practitioner certificate, 2022',
    'IBM Data Science Professional Certificate, 2021',
  ])('"%s" makes no school', async (line) => {
    expect(await entries([line])).toEqual([leeds]);
  });

  it.each([
    'CCNA Training Program, 2019',
    'TOEFL Preparation Programme, 2012',
    'PRINCE2 Practitioner programme — 2018',
    'AWS Educate program, 2020',
    'IBM Apprenticeship Program — 2021',
  ])('"%s": an exam\'s or a known vendor\'s name before "program" makes no school', async (line) => {
    expect(await entries([line])).toEqual([leeds]);
  });

  it.each([
    ['KSE Data Science programme — 2021', 'KSE', 'Data Science programme'],
    ['MNQ Cloud Engineering Bootcamp, 2020', 'MNQ', 'Cloud Engineering Bootcamp'],
  ])(
    '"%s": a provider unknown to the catalogue before its programme is the school',
    async (line, school, area) => {
      expect(await entries([line])).toEqual([leeds, [school, undefined, area, line.slice(-4)]]);
    },
  );
});

describe('"UCE" and "CSEE" alone are no school-leaving certificates', () => {
  it('"UCE Birmingham" under a degree is the degree\'s school', async () => {
    const result = await extractText(
      [
        'Gareth Lowndes',
        '',
        'Education',
        '',
        'BSc (Hons) Software Engineering',
        'UCE Birmingham',
        '1999 - 2002',
        '',
        'Skills',
        'Java, SQL',
      ].join('\n'),
    );
    expect(
      schools(result).map((entry) => [entry.institution, entry.studyType, entry.area, entry.endDate]),
    ).toEqual([['UCE Birmingham', 'BSc (Hons)', 'Software Engineering', '2002']]);
  });

  it('"CSEE Department, University of Essex" under a degree leaves the degree its field and dates', async () => {
    const result = await extractText(
      [
        'Priyanka Nairobi-Shah',
        '',
        'Education',
        '',
        'MSc Artificial Intelligence, 2015 - 2016',
        'CSEE Department, University of Essex',
        '',
        'Skills',
        'Python',
      ].join('\n'),
    );
    expect(
      schools(result).map((entry) => [entry.institution, entry.studyType, entry.area, entry.endDate]),
    ).toEqual([['University of Essex', 'MSc', 'Artificial Intelligence', '2016']]);
  });

  it('"ACSEE" and "UACE" beside a school are still left out', async () => {
    expect(await entries(['Mzumbe Secondary School — ACSEE, 2009', 'Ntare School — UACE, 2008'])).toEqual([
      leeds,
    ]);
  });
});

describe("the International Baccalaureate's diploma, however it is written, is a school-leaving certificate", () => {
  it.each(['IB Diploma, 2012', 'International Baccalaureate Diploma, 2012'])(
    '"%s" names no degree',
    (text) => {
      expect(findDegree(text)).toBeNull();
    },
  );

  it.each([
    'IB Diploma, Aldermoor International School, 2009',
    'International Baccalaureate Diploma, Aldermoor International School, 2009',
  ])('"%s" under a university\'s degree is left out', async (line) => {
    expect(await entries([line])).toEqual([leeds]);
  });
});

describe('"Education — School" with no degree after the dash heads the lines under it, up to a blank line', () => {
  const cv = (lines: string[]) =>
    extractText(
      [
        'Ilse Varkonyi',
        '',
        'EXPERIENCE',
        '',
        'Software Engineer, Brackwater Labs, 2019 - 2022',
        'Built the billing service.',
        '',
        ...lines,
        '',
        'SKILLS',
        'Python',
      ].join('\n'),
    );
  const studies = (result: Awaited<ReturnType<typeof cv>>) =>
    schools(result).map((entry) => [entry.institution, entry.studyType, entry.area, entry.endDate]);

  it('"EDUCATION — SCHOOL, years" over the degree keeps the degree and its field', async () => {
    const result = await cv(['EDUCATION — STANFORD UNIVERSITY, 2015 – 2019', 'BS Computer Science']);
    expect(studies(result)).toEqual([['STANFORD UNIVERSITY', 'BS', 'Computer Science', '2019']]);
  });

  it('"Education – School, City" over "B.S. in …, years" is one entry and no job', async () => {
    const result = await cv([
      'Education – University of Michigan, Ann Arbor',
      'B.S. in Computer Science, 2015 – 2019',
    ]);
    expect(studies(result)).toEqual([
      ['University of Michigan, Ann Arbor', 'B.S.', 'Computer Science', '2019'],
    ]);
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Brackwater Labs', 'Software Engineer'],
    ]);
  });

  it('"Education — degree, School" stays a section of its own line: the job after it keeps its place', async () => {
    const result = await extractText(
      [
        'Ilse Varkonyi',
        'ilse@example.org',
        '',
        'Education — MSc Data Science, University of Tartu, 2016 – 2018',
        'Data Analyst, Northfen Insurance, 2018 - 2021',
        'Priced home policies.',
      ].join('\n'),
    );
    expect(studies(result)).toEqual([['University of Tartu', 'MSc', 'Data Science', '2018']]);
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Northfen Insurance', 'Data Analyst'],
    ]);
  });
});
