import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/** The education entries of a document, without their provenance. */
async function education(lines: string[], fileName = 'resume.txt') {
  const result = await extractText(lines.join('\n'), fileName);
  return (result.resume.education ?? []).map(({ source: _, ...rest }) => rest);
}

describe('degrees', () => {
  it("keeps a degree's own abbreviation after it, but not a gloss in words", () => {
    expect(findDegree('Master of Arts (M.A.) History')?.text).toBe('Master of Arts (M.A.)');
    expect(findDegree('Bachelor of Engineering - BE, Civil Engineering')?.text).toBe(
      'Bachelor of Engineering - BE',
    );
    expect(findDegree('Licenciatura (B.Sc.) en Física')?.text).toBe('Licenciatura (B.Sc.)');
    expect(findDegree("Diplôme d'ingénieur (Master's degree), Génie civil")?.text).toBe(
      "Diplôme d'ingénieur",
    );
    expect(findDegree('Bachelor of Arts (Economics), 2010')?.text).toBe('Bachelor of Arts');
  });

  it('reads a degree named after an acronym, the engineering degrees of science, and French national diplomas', () => {
    expect(findDegree('Master of IT, Networks')?.text).toBe('Master of IT');
    expect(findDegree('Bachelor of Science in Engineering: Mechanics')?.text).toBe(
      'Bachelor of Science in Engineering',
    );
    expect(findDegree('IUT de Lille - DUT Génie électrique')?.text).toBe('DUT');
    expect(findDegree('Lycée Pasteur - BTS Systèmes numériques')?.text).toBe('BTS');
  });
});

describe('education entries', () => {
  it('gives each degree under a school named once that school', async () => {
    expect(
      await education([
        'Education',
        'Aalto University of Technology, Espoo',
        'MSc, Machine Learning, 2016 - 2018',
        'BSc, Physics, 2013 - 2016',
      ]),
    ).toEqual([
      {
        institution: 'Aalto University of Technology',
        studyType: 'MSc',
        area: 'Machine Learning',
        startDate: '2016',
        endDate: '2018',
      },
      {
        institution: 'Aalto University of Technology',
        studyType: 'BSc',
        area: 'Physics',
        startDate: '2013',
        endDate: '2016',
      },
    ]);
  });

  it('records no school-leaving certificate', async () => {
    expect(
      await education([
        'EDUCATION',
        '',
        'University of Porto — Licenciatura in Biology, 2008 – 2011',
        'Escola Secundária Garcia de Orta — High School Diploma, 2008',
        'Goethe-Gymnasium Frankfurt — Abitur, 2005',
      ]),
    ).toEqual([
      {
        institution: 'University of Porto',
        studyType: 'Licenciatura',
        area: 'Biology',
        startDate: '2008',
        endDate: '2011',
      },
    ]);
  });

  it("skips a table's header row and keeps each cell whole", async () => {
    expect(
      await education([
        'Education',
        'Qualification | Institution | Board | Year | Percentage',
        'B.Tech (Mechanical) | National Institute of Technology, Warangal | NIT | 2014 | 81%',
        'Class XII | Delhi Public School, Pune | CBSE | 2010 | 90%',
      ]),
    ).toEqual([
      {
        institution: 'National Institute of Technology, Warangal',
        studyType: 'B.Tech',
        area: 'Mechanical',
        endDate: '2014',
      },
    ]);
  });

  it('keeps a city after a school out of its name, and the campus of a university system in it', async () => {
    expect(
      await education([
        'Education',
        'University of Wisconsin, Eau Claire, WI    2009 – 2013',
        'B.A. in Music',
        '',
        'Delft University of Technology, Delft    2013 – 2015',
        'M.Sc. in Aerospace Engineering',
        '',
        'University of Minnesota, Twin Cities    2015 – 2019',
        'Ph.D. in Mechanics',
      ]),
    ).toEqual([
      {
        institution: 'University of Wisconsin',
        studyType: 'B.A.',
        area: 'Music',
        startDate: '2009',
        endDate: '2013',
      },
      {
        institution: 'Delft University of Technology',
        studyType: 'M.Sc.',
        area: 'Aerospace Engineering',
        startDate: '2013',
        endDate: '2015',
      },
      {
        institution: 'University of Minnesota, Twin Cities',
        studyType: 'Ph.D.',
        area: 'Mechanics',
        startDate: '2015',
        endDate: '2019',
      },
    ]);
  });

  it('reads a degree line that goes on in sentences, and parts separated by semicolons', async () => {
    expect(
      await education([
        'Education',
        'McGill University, Montreal    2010 – 2015',
        'Ph.D. in Chemistry. Thesis: Catalysts for cheap hydrogen. Supervisor: R. Jones, with two papers.',
        '',
        '2006–2010',
        'B.Sc., Chemistry; University of Ottawa (Ottawa, ON)',
      ]),
    ).toEqual([
      {
        institution: 'McGill University',
        studyType: 'Ph.D.',
        area: 'Chemistry',
        startDate: '2010',
        endDate: '2015',
      },
      {
        institution: 'University of Ottawa',
        studyType: 'B.Sc.',
        area: 'Chemistry',
        startDate: '2006',
        endDate: '2010',
      },
    ]);
  });
});

describe('section names', () => {
  it('takes the words before a colon as the section a heading names', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        'Backend Engineer — Shopify, Ottawa        Jan 2021 – Present',
        '',
        'EARLIER CAREER: EDUCATION',
        'Mathematics Teacher — Glebe Collegiate Institute, Ottawa        Sep 2012 – Jun 2020',
        '',
        'EDUCATION',
        'Queen’s University — B.Ed., 2012',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Shopify',
        title: 'Backend Engineer',
        startDate: '2021-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Glebe Collegiate Institute',
        title: 'Mathematics Teacher',
        startDate: '2012-09',
        endDate: '2020-06',
        current: undefined,
      },
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Queen’s University']);
  });

  it('reads a section of its own named Training as courses, not degrees', async () => {
    expect(
      await education([
        'Education',
        'Bachelor of Commerce, University of Otago, 2008 – 2011',
        'Training',
        'Coursera Academy: Machine Learning (2019)',
      ]),
    ).toEqual([
      {
        institution: 'University of Otago',
        studyType: 'Bachelor of Commerce',
        startDate: '2008',
        endDate: '2011',
      },
    ]);
  });
});
