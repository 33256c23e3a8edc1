import { describe, expect, it } from 'vitest';
import { findDegree, sectionKind } from '../../../src/extract/vocabulary.js';
import { schoolIdentity } from '../../../src/resume/ids.js';
import { educationRowsUnder } from './extract-text.js';

/**
 * Session 26 (xedu26): education shapes the blind set unseen-17 missed, each written here with made-up people and
 * schools (other names, wording and order than unseen-17's), so the answer is known. Each entry is [school, degree,
 * start, end], as the golds read a document (`test/fixtures/documents/unseen/README.md`).
 */

const entries = educationRowsUnder([
  'Orla Penhallow',
  'orla@example.org',
  '',
  'Experience',
  'Analyst, Quillfeather Ltd, 2019 – present',
  '',
]);

describe('degrees the word list did not read', () => {
  it.each([
    ['Master’s Degree in Applied Physics', 'Master’s Degree'],
    ["Bachelor's Degree, Nursing", "Bachelor's Degree"],
    ['State Engineer Diploma in Civil Engineering', 'State Engineer Diploma'],
    ['NATIONAL ENGINEER DIPLOMA IN TELECOMMUNICATIONS', 'NATIONAL ENGINEER DIPLOMA'],
    ['S2 Ilmu Komputer', 'S2'],
    ['D3 - Teknik Elektro', 'D3'],
    ['Sarjana Teknik', 'Sarjana Teknik'],
    ['Graduate Certificate in Cyber Security', 'Graduate Certificate'],
    ['Postgraduate Certificate in Learning and Teaching', 'Postgraduate Certificate'],
    ['AA in Liberal Arts', 'AA'],
    ['A.S., Brookhollow College', 'A.S.'],
  ])('%s names the degree %s', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it.each([
    'Moved the archive to S3 and Glacier',
    'Certificate in Project Management',
    'Worked as in-house counsel, Nordvik AS',
    'Same as in 2019',
  ])('%s names no degree', (text) => {
    expect(findDegree(text)).toBeNull();
  });
});

describe('education headings', () => {
  it.each(['Study', 'Tertiary Education', 'Higher Education', 'Studier'])('%s heads education', (text) => {
    expect(sectionKind(text)).toBe('education');
  });

  it('a "Case Study" heading is no education', () => {
    expect(sectionKind('Case Study')).not.toBe('education');
  });
});

describe("a school's acronym after its name", () => {
  it('is left out where an elided article stands before a word it takes its initial from', () => {
    expect(schoolIdentity("Institut Supérieur d'Études Technologiques de Radès (ISET)")).toBe(
      "Institut Supérieur d'Études Technologiques de Radès",
    );
  });

  it("drops too where it abbreviates a unit's words, not the name's (session 30: one rule)", () => {
    expect(schoolIdentity('Instituto Tecnológico de Lerma (ESCOM)')).toBe('Instituto Tecnológico de Lerma');
  });
});

describe('education entries', () => {
  it('a school glued to its city before a state code is named without the city', async () => {
    expect(
      await entries([
        'Education:',
        'Wichita State University Wichita, KS US',
        "Bachelor's Degree 05/2013",
        'Major: Accounting',
        '',
        'Butler Community College El Dorado, KS US',
        "Associate's Degree 05/2011",
        'Major: Associate in Arts, Business',
      ]),
    ).toEqual([
      ['Wichita State University', "Bachelor's Degree", undefined, '2013-05'],
      ['Butler Community College', "Associate's Degree", undefined, '2011-05'],
    ]);
  });

  it('a school whose name ends with a place keeps it when no state follows', async () => {
    expect(await entries(['Education', 'Boston College, BA in History, 2011'])).toEqual([
      ['Boston College', 'BA', undefined, '2011'],
    ]);
  });

  it('a college under its university line before the dates is the university’s unit', async () => {
    expect(
      await entries([
        'Education',
        'Purdue University, BS in Industrial Engineering    West Lafayette, IN',
        'Krannert School of Management; minor in Economics    Aug 2010 – May 2014',
      ]),
    ).toEqual([['Purdue University', 'BS', '2010-08', '2014-05']]);
  });

  it('a school under an entry that has its dates opens the next entry', async () => {
    expect(
      await entries([
        'Education',
        'Rutgers University, BA in English, 2008 – 2012',
        'School of Visual Arts, MFA in Illustration, 2013 – 2015',
      ]),
    ).toEqual([
      ['Rutgers University', 'BA', '2008', '2012'],
      ['School of Visual Arts', 'MFA', '2013', '2015'],
    ]);
  });

  it('a Markdown table under a "Study" heading lists the studies', async () => {
    expect(
      await entries(
        [
          '## Study',
          '',
          '| Award | Institution | Year |',
          '|---|---|---|',
          '| Graduate Certificate in Analytics | Kelvingrove University | 2020 |',
        ],
        'resume.md',
      ),
    ).toEqual([['Kelvingrove University', 'Graduate Certificate', undefined, '2020']]);
  });
});
