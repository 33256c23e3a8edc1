import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

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
