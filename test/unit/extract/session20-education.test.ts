import { describe, expect, it } from 'vitest';
import { readEventEducation } from '../../../src/extract/event-rows.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { findDegree, STUDY_ENDED, STUDY_STARTED } from '../../../src/extract/vocabulary.js';
import { educationResume, extractText, schools } from './extract-text.js';

/**
 * Session 20: schools and degrees as résumés write them, by convention. Every input is built here (invented
 * people, schools and places); the expected answers are what a reader takes from it.
 */

/** The education entries of a résumé with one position and `lines` under "Education". */
async function educationOf(...lines: string[]) {
  return schools(await extractText(educationResume(...lines)));
}

/** The schools and degrees only. */
async function schoolsOf(...lines: string[]) {
  return (await educationOf(...lines)).map(({ institution, studyType }) => ({ institution, studyType }));
}

describe('studies told with a verb', () => {
  it.each([
    ['Studied at the University of Northvale (2010 – 2014)', 'University of Northvale', undefined],
    ['Studied Physics at the University of Northvale, 2010 – 2014', 'University of Northvale', 'Physics'],
    ['Attended Eastmark College, 2010 – 2014', 'Eastmark College', undefined],
    [
      'I studied computer science at Northvale Polytechnic Institute, 2010 – 2014.',
      'Northvale Polytechnic Institute',
      'computer science',
    ],
  ])('reads %j as the school %j (field %j)', async (line, institution, area) => {
    const [entry, more] = await educationOf(line);
    expect(more).toBeUndefined();
    expect(entry).toMatchObject({ institution, area, startDate: '2010', endDate: '2014' });
  });

  it('reads the school a sentence says was studied at, named without a school word', async () => {
    const [entry] = await educationOf('I studied mathematics at Quillon Tech from 2009 to 2013.');
    expect(entry).toMatchObject({
      institution: 'Quillon Tech',
      area: 'mathematics',
      startDate: '2009',
      endDate: '2013',
    });
  });

  it('keeps "studied at the" out of the field', async () => {
    const [entry] = await educationOf(
      'I studied at the University of Northvale in 2010 – 2014 and loved it.',
    );
    expect(entry).toMatchObject({ institution: 'University of Northvale', area: undefined });
  });

  it('takes the school before a degree named after it ("… with a BSc")', async () => {
    expect(await schoolsOf('Graduated from Eastmark University with a BSc in Physics, 2014')).toEqual([
      { institution: 'Eastmark University', studyType: 'BSc' },
    ]);
  });
});

describe('events of studies: one vocabulary for education sections and event histories', () => {
  it.each([
    ['Entered Hokuto University', 'start'],
    ['Enrolled in Hokuto University', 'start'],
    ['Enrolled at Hokuto University', 'start'],
    ['Admitted to Hokuto University', 'start'],
    ['Matriculated at Hokuto University', 'start'],
    ['Started at Hokuto University', 'start'],
    ['Graduated from Hokuto University', 'end'],
    ['Graduated Hokuto University', 'end'],
    ['Completed studies at Hokuto University', 'end'],
    ['Finished at Hokuto University', 'end'],
  ])('%j tells the %s of studies', (text, event) => {
    const started = STUDY_STARTED.exec(text);
    const ended = STUDY_ENDED.exec(text);
    expect(started !== null ? 'start' : ended !== null ? 'end' : null).toBe(event);
    expect(text.slice((started ?? ended)?.[0].length)).toBe('Hokuto University');
  });

  it('reads "Matriculated at" and "Completed studies at" in an education section as one entry', async () => {
    expect(
      await educationOf(
        'Matriculated at Sakuragawa University, Faculty of Science, April 2011',
        'Completed studies at Sakuragawa University, Faculty of Science, March 2015',
      ),
    ).toEqual([
      {
        institution: 'Sakuragawa University',
        studyType: undefined,
        area: 'Faculty of Science',
        startDate: '2011-04',
        endDate: '2015-03',
      },
    ]);
  });

  it('reads "Matriculated at" and "Completed studies at" in an event history as one school', () => {
    const lines = modelLines(
      [
        '2011  4  Matriculated at Sakuragawa University, Department of Physics',
        '2015  3  Completed studies at Sakuragawa University',
        '2015  4  Joined Minato Systems as Engineer',
      ].map((text) => ({ text })),
    );
    const [school, more] = readEventEducation(lines);
    expect(more).toBeUndefined();
    expect(school?.institution.value).toBe('Sakuragawa University');
    expect(school?.area?.value).toBe('Physics');
    expect(school?.start?.date).toEqual({ year: 2011, month: 4, day: null });
    expect(school?.end?.date).toEqual({ year: 2015, month: 3, day: null });
  });
});

describe('degree names', () => {
  it.each([
    // Latin America's engineering degree named by its branch, with no "en", is kept whole.
    ['Ingeniería de Sistemas', 'Ingeniería de Sistemas'],
    ['Universidad del Valle Alto, Ingeniería Informática, 2011', 'Ingeniería Informática'],
    ['Ingeniería de Sistemas y Computación, 2010', 'Ingeniería de Sistemas y Computación'],
    // With "en", the branch is the field.
    ['Ingeniería en Sistemas', 'Ingeniería'],
    // The bachelor's of laws.
    ['LLB Law and Business', 'LLB'],
    ['LL.B. (Hons), Law', 'LL.B. (Hons)'],
    ['LL.M. in International Tax', 'LL.M.'],
    // A degree of informatics is named after its field, as one of computer science is.
    ['BACHELOR OF INFORMATICS', 'BACHELOR OF INFORMATICS'],
    ['Bachelor of Informatics, 2015', 'Bachelor of Informatics'],
    // A national degree's abbreviation glossed with its English name, or the reverse.
    [
      'S.Kom. (Bachelor of Computer Science), Universitas Nusa Timur',
      'S.Kom. (Bachelor of Computer Science)',
    ],
    ['Inginer (Dipl.-Ing.) in Automation', 'Inginer (Dipl.-Ing.)'],
    // Honours after the words naming the degree, then its field after "in": the degree as written.
    ['B.Sc. Engineering (Hons) in Computer Science and Engineering', 'B.Sc. Engineering (Hons)'],
    ['BSc Computer Science (Hons), Eastmark', 'BSc (Hons)'],
  ])('reads %j as the degree %j', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it.each([
    ['Facultad de Ingeniería Eléctrica'],
    ['Gerente de Ingeniería de Plataforma'],
    ['LLM fine-tuning for support tickets'],
  ])('finds no degree in %j', (text) => {
    expect(findDegree(text)).toBeNull();
  });

  it('keeps a degree abbreviation that a narrow column put on the next line', async () => {
    expect(
      await educationOf(
        'University of Eastmark Studies, Quillon',
        'Bachelor of Computer Science',
        '(B.C.Sc.)',
        '2012 – 2016',
      ),
    ).toEqual([
      {
        institution: 'University of Eastmark Studies, Quillon',
        studyType: 'Bachelor of Computer Science (B.C.Sc.)',
        area: undefined,
        startDate: '2012',
        endDate: '2016',
      },
    ]);
  });

  it('reads a bracketed field after the degree, and the school named by its acronym after it', async () => {
    expect(await educationOf('B.Tech (Computer Science and Engineering), NVU Eastpur, 2014 – 71%')).toEqual([
      {
        institution: 'NVU Eastpur',
        studyType: 'B.Tech',
        area: 'Computer Science and Engineering',
        startDate: undefined,
        endDate: '2014',
      },
    ]);
  });

  it('reads the year and the score of "2014 – 71%" as the year alone', async () => {
    const [entry] = await educationOf('B.Tech, Eastpur University, 2014 – 71%');
    expect(entry).toMatchObject({ institution: 'Eastpur University', startDate: undefined, endDate: '2014' });
  });
});

describe('school names', () => {
  it('keeps the campus of a university system before a column gap and its place', async () => {
    const [entry] = await educationOf(
      'University of Westmarch, Northfield\tNorthfield, CA',
      'BSc in Physics\t2010 – 2014',
    );
    expect(entry?.institution).toBe('University of Westmarch, Northfield');
  });

  it('keeps the country that tells apart a school named in generic words only', async () => {
    expect(
      await schoolsOf(
        'University of Technology, Portugal',
        'BSc Physics, 2010 – 2014',
        '',
        'University of Westmarch, Canada',
        'MSc Physics, 2014 – 2016',
      ),
    ).toEqual([
      { institution: 'University of Technology, Portugal', studyType: 'BSc' },
      { institution: 'University of Westmarch', studyType: 'MSc' },
    ]);
  });

  it('reads a college named with its university as the university', async () => {
    expect(
      await educationOf('Quillon Bay College, University of Eastmark\t2013 – 2017', 'BSc (Hons) Mathematics'),
    ).toEqual([
      {
        institution: 'University of Eastmark',
        studyType: 'BSc (Hons)',
        area: 'Mathematics',
        startDate: '2013',
        endDate: '2017',
      },
    ]);
    // With a town of its own between them, the college is the university's too (the golds' convention since session 32).
    expect(await schoolsOf('B.E. Physics — College of Science, Quillon, Eastmark University — 2016')).toEqual(
      [{ institution: 'Eastmark University', studyType: 'B.E.' }],
    );
  });

  it('keeps a name whose abbreviation has a period before the rest of it', async () => {
    const [entry] = await educationOf(
      "Master's degree in Computer Science, Politechnika Eastmarska im. Jana Quilla. Thesis: Graph layouts, 2012 – 2014",
    );
    expect(entry?.institution).toBe('Politechnika Eastmarska im. Jana Quilla');
  });

  it('reads a German-speaking university named by its short kind', async () => {
    expect(
      await educationOf('TU Eastburg    Vienna', '2012 – 2015', 'Dipl.-Ing. in Software Engineering'),
    ).toEqual([
      {
        institution: 'TU Eastburg',
        studyType: 'Dipl.-Ing.',
        area: 'Software Engineering',
        startDate: '2012',
        endDate: '2015',
      },
    ]);
  });

  it('reads the school before a degree on one line with no separator between them', async () => {
    expect(
      await educationOf("Universidad Nacional del Norte Bachelor's in Systems Engineering", '2013 – 2018'),
    ).toEqual([
      {
        institution: 'Universidad Nacional del Norte',
        studyType: "Bachelor's",
        area: 'Systems Engineering',
        startDate: '2013',
        endDate: '2018',
      },
    ]);
  });

  it('cuts the school where its sentence ends, on a line that opens with dates and a degree', async () => {
    const result = await extractText(
      [
        '# Rina Halvorsen',
        '',
        '## Education',
        '',
        '- **2015–2020** PhD in Physics, Northvale University. Thesis: *Cold atoms in lattices*. Advisor: Prof. A. Quill.',
        '- **2013–2015** MSc in Physics, Eastmark Institute of Technology',
      ].join('\n'),
      'resume.md',
    );
    expect(schools(result).map(({ institution, studyType }) => ({ institution, studyType }))).toEqual([
      { institution: 'Northvale University', studyType: 'PhD' },
      { institution: 'Eastmark Institute of Technology', studyType: 'MSc' },
    ]);
  });

  it.each([
    [
      [
        'Code Forge Lisbon — Web Development Bootcamp, 2021',
        'Northvale University — Bachelor of Arts in History, 2012',
      ],
    ],
    [
      [
        'Northvale University — Bachelor of Arts in History, 2012',
        'Code Forge Lisbon — Web Development Bootcamp, 2021',
      ],
    ],
  ])('reads a dated line naming a school without a school word as its own entry: %j', async (lines) => {
    const found = await schoolsOf(...lines);
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ institution: 'Code Forge Lisbon', studyType: undefined });
    expect(found).toContainEqual({ institution: 'Northvale University', studyType: 'Bachelor of Arts' });
  });

  it('opens no school at a dated note or a line in capitals', async () => {
    expect(
      await schoolsOf(
        'Northvale University — Bachelor of Arts in History, 2012',
        "Dean's List, 2011",
        "First Class Honours; Dean's List 2010",
        'Quillon Scholarship (2010); Eastmark Coding Cup, silver medal (2011)',
        'Courses    Containers for Developers, online course (2021)',
        'Harbour Lights: Second Tide (2020) - Quill Games Eastmark',
        'SPEAKER, QUILLCONF EUROPE    Apr. 2023',
      ),
    ).toEqual([{ institution: 'Northvale University', studyType: 'Bachelor of Arts' }]);
  });

  it('reads a school named by its short name, leaving out its parent in brackets', async () => {
    expect(
      await schoolsOf(
        "2015 – 2018    Diplôme d'ingénieur, ENSQUILL (Eastmark INP) — informatique, en apprentissage",
      ),
    ).toEqual([{ institution: 'ENSQUILL', studyType: "Diplôme d'ingénieur" }]);
    // A field written in capitals is no short name.
    expect(await educationOf('MSc, PHYSICS, Eastpur University, 2018')).toEqual([
      {
        institution: 'Eastpur University',
        studyType: 'MSc',
        area: 'PHYSICS',
        startDate: undefined,
        endDate: '2018',
      },
    ]);
  });

  it('keeps the short name a school writes before its name', async () => {
    expect(
      await schoolsOf('Maestría en Ciencia de Datos — QUILO, Universidad Jesuita de Eastmark (2018 – 2020)'),
    ).toEqual([{ institution: 'QUILO, Universidad Jesuita de Eastmark', studyType: 'Maestría' }]);
  });

  it('opens no school at a labelled list that follows the education under a heading of its own', async () => {
    expect(
      await schoolsOf(
        'Bachelor of Information Technology, Eastmark University, 2011',
        '',
        'Things I reach for',
        '',
        'Cloud: AWS, Terraform, Kubernetes, Helm',
        'Observability: Datadog, Prometheus, Grafana',
      ),
    ).toEqual([{ institution: 'Eastmark University', studyType: 'Bachelor of Information Technology' }]);
  });
});

describe('education headings', () => {
  it('reads "SCHOOL" alone as the education heading', async () => {
    const result = await extractText(
      [
        'RINA HALVORSEN - Engineer',
        '',
        'WHERE I HAVE WORKED',
        '  * Vantor Logistics -- Software Engineer, 2019-2022',
        '',
        'SCHOOL',
        '  * UC Eastmark -- B.A. History, 2012',
      ].join('\n'),
    );
    expect(schools(result).map(({ institution, studyType }) => ({ institution, studyType }))).toEqual([
      { institution: 'UC Eastmark', studyType: 'B.A.' },
    ]);
  });
});
