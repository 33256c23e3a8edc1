import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions, schools } from './extract-text.js';

/** The session 16 audit's constructed English (and Québec) résumés: education read as before session 16 or better. */

const school = (
  institution: string,
  studyType?: string,
  area?: string,
  startDate?: string,
  endDate?: string,
) => ({
  institution,
  studyType,
  area,
  startDate,
  endDate,
});

/** The top of a résumé with one position, above its education section. */
const acmeEngineer = (name: string, mail: string) => [
  name,
  mail,
  '',
  'Experience',
  'Software Engineer, Acme Corp                     2019 - Present',
  '',
];

describe('a school named "School of …" or "Institute of/for …" after a dated degree', () => {
  it('opens the next entry rather than joining the school above as its unit', async () => {
    const result = await extractText(
      [
        'Ava Cole',
        'ava@example.com',
        '',
        'Experience',
        'Research Analyst, Institute for Health Metrics, Seattle, WA      2016 - Present',
        '- Analysis.',
        '',
        'Education',
        'Columbia University',
        'B.A. in Art History, 2010 - 2014',
        'School of the Art Institute of Chicago',
        'MFA in Painting, 2014 - 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      school('Columbia University', 'B.A.', 'Art History', '2010', '2014'),
      school('School of the Art Institute of Chicago', 'MFA', 'Painting', '2014', '2016'),
    ]);
  });

  it('opens the next entry after a degree with no dates', async () => {
    const result = await extractText(
      [
        ...acmeEngineer('Rita Roe', 'rita@example.com'),
        'Education',
        'Trinity College Dublin',
        'BA in Mathematics',
        'Institute of Technology Carlow',
        'BSc in Software Development',
        '2010 - 2014',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      school('Trinity College Dublin', 'BA', 'Mathematics'),
      school('Institute of Technology Carlow', 'BSc', 'Software Development', '2010', '2014'),
    ]);
  });

  it('keeps a school with a certificate and a fellowship at an institute, and a unit beside its university', async () => {
    const result = await extractText(
      [
        ...acmeEngineer('Lee Park', 'lee@example.com'),
        'Education',
        'Massachusetts Institute of Technology, Sloan School of Management',
        'MBA, 2017 - 2019',
        'Harvard University, School of Engineering and Applied Sciences, B.S. in Physics, 2011 - 2015',
        'Institute for Health Metrics',
        'Research Fellowship, 2015 - 2016',
        'University of Michigan',
        'Thesis: Institute of Neural Computation collaboration',
        'GPA: 3.9',
        '',
        'Columbia University',
        'B.A. in History',
        'School of Visual Arts',
        'Certificate in Photography',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      school('Massachusetts Institute of Technology', 'MBA', undefined, '2017', '2019'),
      school('Harvard University', 'B.S.', 'Physics', '2011', '2015'),
      school('Institute for Health Metrics', undefined, undefined, '2015', '2016'),
      school('University of Michigan'),
      school('Columbia University', 'B.A.', 'History'),
      school('School of Visual Arts'),
    ]);
  });
});

describe('a Québec university baccalaureate', () => {
  it('is a university degree, not a school-leaving diploma', async () => {
    const result = await extractText(
      [
        'Luc Tremblay',
        'luc@example.com',
        '',
        'Experience',
        'Software Developer, Ubisoft Montréal              2016 - Present',
        '',
        'Education',
        'Université de Montréal, Baccalauréat spécialisé en informatique, 2012 - 2015',
        'Université Laval, Baccalauréat (B.Sc.), Génie logiciel, 2009 - 2012',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      school('Université de Montréal', undefined, undefined, '2012', '2015'),
      school('Université Laval', 'B.Sc.', 'Génie logiciel', '2009', '2012'),
    ]);
  });

  it('under the university named on its own line, and a lycée baccalaureate left out', async () => {
    const result = await extractText(
      [
        'Luc Tremblay',
        '',
        'Experience',
        'Software Developer, Ubisoft Montréal              2016 - Present',
        '',
        'Education',
        'Université de Montréal',
        'Baccalauréat spécialisé en informatique, 2012 - 2015',
        'Baccalauréat série S, Lycée Champlain, 2009',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([school('Université de Montréal', undefined, undefined, '2012', '2015')]);
  });
});

describe('a summary that names a degree and a school', () => {
  it('tells no studies unless it says the person studied', async () => {
    const result = await extractText(
      [
        'Dana White',
        'dana@example.com',
        '',
        'Summary',
        'Engineering leader. I co-supervise PhD students at Carnegie Mellon University and recruit MBA interns from the Wharton School.',
        '',
        'Experience',
        'Engineering Manager, Acme Corp                   2018 - Present',
        '- Led 12 engineers.',
        'Software Engineer, Globex Inc                    2014 - 2018',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([]);
    expect(positions(result)).toEqual([
      position('Acme Corp', 'Engineering Manager', '2018', 'present'),
      position('Globex Inc', 'Software Engineer', '2014', '2018'),
    ]);
  });
});

describe('capitals that are no degree', () => {
  it.each([
    ['Quant Analyst, MSCI', null],
    ['Intern, MSCI Inc.  2019', null],
    ['Engineer, DUT LAB', 'DUT'],
    ['Member of BTS ARMY fan club', 'BTS'],
    ['MSCI IN PHYSICS, Imperial College, 2019', 'MSCI'],
    ['DUT GEII, IUT de Nantes', 'DUT GEII'],
  ])('reads %j as the degree %j', (text, degree) => {
    expect(findDegree(text)?.text ?? null).toBe(degree);
  });
});
