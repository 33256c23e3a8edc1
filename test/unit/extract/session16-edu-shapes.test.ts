import { describe, expect, it } from 'vitest';
import { type EducationRow, educationRowsUnder, extractText, schools } from './extract-text.js';

/**
 * Session 16: education sections in shapes and languages the development sets lack, each written here with
 * made-up schools so the answer is known. Each entry is [school, degree, start, end]; the conventions are
 * those of the golds: a bootcamp is an entry with no degree, a certification and a school-leaving
 * certificate are none, a single date is the end, the faculty of a university is not its name.
 */

const HEAD = [
  'Mira Testova',
  'mira@example.org',
  '',
  'Experience',
  'Backend Developer, Larkspur Labs, 2018 – present',
  '',
];

const entries = educationRowsUnder(HEAD);

const SHAPES: [string, string[], EducationRow[]][] = [
  [
    'German: a date column, the school with its acronym, the degree under it',
    [
      'Ausbildung',
      '10/2008 – 09/2013    Karlsruher Institut für Technologie (KIT)',
      '                     Diplom-Informatiker, Schwerpunkt Robotik',
    ],
    [['Karlsruher Institut für Technologie (KIT)', 'Diplom-Informatiker', '2008-10', '2013-09']],
  ],
  [
    'Italian: degree — school, years, on one line',
    ['Formazione', '', 'Laurea Magistrale in Ingegneria Informatica — Politecnico di Torino, 2016 – 2018'],
    [['Politecnico di Torino', 'Laurea Magistrale', '2016', '2018']],
  ],
  [
    'Spanish: Máster en …, school, years in brackets',
    ['Formación académica', '', 'Máster en Ingeniería del Software, Universidad de Valderrama (2015 – 2016)'],
    [['Universidad de Valderrama', 'Máster', '2015', '2016']],
  ],
  [
    'French: years in a left column, the diploma then the school',
    ['Formation', '', "2012 – 2015    Diplôme d'ingénieur, École Centrale de Rivemont"],
    [['École Centrale de Rivemont', "Diplôme d'ingénieur", '2012', '2015']],
  ],
  [
    'Portuguese: the degree over "school | years"',
    [
      'Formação Académica',
      '',
      'Mestrado Integrado em Engenharia Informática',
      'Universidade de Vilarinho | 2010 – 2015',
    ],
    [['Universidade de Vilarinho', 'Mestrado Integrado', '2010', '2015']],
  ],
  [
    'Dutch: school — degree (years)',
    [
      'Opleiding',
      '',
      'Technische Universiteit Veldhoven — MSc Computer Science and Engineering (2014 – 2016)',
    ],
    [['Technische Universiteit Veldhoven', 'MSc', '2014', '2016']],
  ],
  [
    'Swedish: Civilingenjör, field — school, years',
    ['Utbildning', '', 'Civilingenjör, Datateknik — Norrviks tekniska högskola, 2008 – 2013'],
    [['Norrviks tekniska högskola', 'Civilingenjör', '2008', '2013']],
  ],
  [
    'one line: "BSc CS, Univ. of X, 2012"',
    ['Education', '', 'BSc Computer Science, Univ. of Northport, 2012'],
    [['Univ. of Northport', 'BSc', undefined, '2012']],
  ],
  [
    'two degrees at one school, named once above them',
    ['Education', '', 'Lakemont University', 'PhD in Physics, 2016 – 2020', 'MSc in Physics, 2014 – 2016'],
    [
      ['Lakemont University', 'PhD', '2016', '2020'],
      ['Lakemont University', 'MSc', '2014', '2016'],
    ],
  ],
  [
    'a school with no dates',
    ['Education', '', 'Northfield College', 'BA in Economics', '', 'Skills', 'Go, SQL'],
    [['Northfield College', 'BA', undefined, undefined]],
  ],
  [
    '"Education & Certifications": the degree is an entry, the certification is not',
    [
      'Education & Certifications',
      '',
      'MSc Data Science, University of Southport, 2019',
      'AWS Certified Solutions Architect – Associate (2021)',
    ],
    [['University of Southport', 'MSc', undefined, '2019']],
  ],
  [
    'an MBA and a bootcamp',
    [
      'Education',
      '',
      'Executive MBA, Harborview Business School, 2019',
      'Full-Stack Web Development Bootcamp — Codeworks Academy, 2015',
    ],
    [
      ['Harborview Business School', 'Executive MBA', undefined, '2019'],
      ['Codeworks Academy', undefined, undefined, '2015'],
    ],
  ],
  [
    'school-leaving certificates beside a degree',
    [
      'Education',
      '',
      'B.Sc. Informatik, Universität Talheim, 2012 – 2015',
      'Abitur, Goethe-Gymnasium Talheim, 2012',
      'A-levels: Mathematics, Physics — Kingsbridge School, 2009',
    ],
    [['Universität Talheim', 'B.Sc.', '2012', '2015']],
  ],
  [
    'the dates first, then the school, then the degree',
    ['Education', '', '2009 – 2013', 'University of Westport', 'BEng Mechanical Engineering'],
    [['University of Westport', 'BEng', '2009', '2013']],
  ],
  [
    'a GPA and honours line under the degree',
    [
      'Education',
      '',
      'University of Eastwood',
      'B.S. in Computer Science, May 2014',
      'GPA: 3.8/4.0, magna cum laude',
      'Honors: Dean’s List (six semesters), Institute of Electrical Engineers student award',
    ],
    [['University of Eastwood', 'B.S.', undefined, '2014-05']],
  ],
  [
    'a Markdown list of schools in bold with the degree after a dash',
    [
      '## Education',
      '',
      '- **Universidad Nacional de Montealto** – Licenciatura en Ciencias de la Computación (2008 – 2013)',
      '- **Instituto Tecnológico de Costa Azul** – Maestría en Ciencia de Datos (2014 – 2016)',
    ],
    [
      ['Universidad Nacional de Montealto', 'Licenciatura', '2008', '2013'],
      ['Instituto Tecnológico de Costa Azul', 'Maestría', '2014', '2016'],
    ],
  ],
  [
    'a doctorate in German form',
    ['Ausbildung', '', 'Dr. rer. nat. in Informatik, Universität Bergheim, 2011 – 2015'],
    [['Universität Bergheim', 'Dr. rer. nat.', '2011', '2015']],
  ],
  [
    'a faculty first, its university after, in a table row',
    ['Education', '', 'Faculty of Engineering, University of Lowmoor | MEng Civil Engineering | 2007 – 2012'],
    [['University of Lowmoor', 'MEng', '2007', '2012']],
  ],
  [
    'the school with its dates set right by a tab, the degree under it',
    ['Education', '', 'University of Eastport\t2010 – 2014', 'Bachelor of Arts in History'],
    [['University of Eastport', 'Bachelor of Arts', '2010', '2014']],
  ],
  [
    'degree, school and months on three lines',
    [
      'Education',
      '',
      'Master of Science in Robotics',
      'Southbay Institute of Technology',
      'Sep 2016 – Jun 2018',
    ],
    [['Southbay Institute of Technology', 'Master of Science', '2016-09', '2018-06']],
  ],
  [
    'a table with a header row of column labels',
    [
      'Education',
      '',
      'Degree | Institution | Year | Score',
      'M.Tech | Ravindra Institute of Technology | 2016 | 8.4 CGPA',
      'B.E. | Sunrise College of Engineering | 2014 | 78%',
    ],
    [
      ['Ravindra Institute of Technology', 'M.Tech', undefined, '2016'],
      ['Sunrise College of Engineering', 'B.E.', undefined, '2014'],
    ],
  ],
  [
    'Norwegian: Master i …, Universitetet i …',
    ['Utdanning', '', 'Master i informatikk, Universitetet i Nordvik, 2012 – 2014'],
    [['Universitetet i Nordvik', 'Master', '2012', '2014']],
  ],
  [
    'Finnish: Diplomi-insinööri, field, school',
    ['Koulutus', '', 'Diplomi-insinööri, tietotekniikka, Järvelä-yliopisto, 2010 – 2015'],
    [['Järvelä-yliopisto', 'Diplomi-insinööri', '2010', '2015']],
  ],
  [
    'Turkish: Yüksek Lisans and Lisans at an Üniversitesi',
    [
      'Eğitim',
      '',
      'Yüksek Lisans, Bilgisayar Mühendisliği — Karadere Teknik Üniversitesi, 2014 – 2016',
      'Lisans, Bilgisayar Mühendisliği — Karadere Teknik Üniversitesi, 2010 – 2014',
    ],
    [
      ['Karadere Teknik Üniversitesi', 'Yüksek Lisans', '2014', '2016'],
      ['Karadere Teknik Üniversitesi', 'Lisans', '2010', '2014'],
    ],
  ],
  [
    'a US school with its city and state after it',
    ['Education', '', 'Pinecrest University, Pinecrest, CA — B.S. Computer Science, 2012'],
    [['Pinecrest University', 'B.S.', undefined, '2012']],
  ],
  [
    'a certificate programme at a school is an entry with no degree',
    ['Education', '', 'Professional Certificate in Data Science, Northgate Extension School, 2020'],
    [['Northgate Extension School', undefined, undefined, '2020']],
  ],
];

describe('education sections in constructed shapes', () => {
  it.each(SHAPES)('%s', async (_name, lines, expected) => {
    expect(await entries(lines)).toEqual(expected);
  });
});

describe('studies told in a summary', () => {
  it('reads the school and degree a sentence names when the résumé has positions and no education section', async () => {
    const result = await extractText(
      [
        'Oskar Lindahl',
        '',
        'About',
        'I studied mathematics at the University of Northbay, where I graduated with',
        'an MSc in 2011. Since then I have built trading systems.',
        '',
        'Experience',
        'Quant Developer, Fjordline Capital, 2011 – present',
      ].join('\n'),
    );
    expect((result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['University of Northbay', 'MSc'],
    ]);
  });
});

describe('graduations in an event table', () => {
  it('reads the degree written after the school and a comma', async () => {
    const result = await extractText(
      [
        '# Lin Mei-Hua',
        '',
        'Embedded Engineer · lin.meihua@example.org',
        '',
        '## History',
        '',
        '| Year | Month | Event |',
        '|------|-------|-------|',
        '| 2011 | 6 | Graduated from Eastlake National University, B.S. in Physics |',
        '| 2013 | 6 | Graduated from Westlake Tech University, M.S. in Photonics |',
        '| 2013 | 8 | Joined Harbor Devices Inc. as Firmware Engineer |',
        '| | | Present |',
      ].join('\n'),
      'resume.md',
    );
    expect(
      (result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType, entry.endDate]),
    ).toEqual([
      ['Eastlake National University', 'B.S.', '2011-06'],
      ['Westlake Tech University', 'M.S.', '2013-06'],
    ]);
  });
});

/**
 * Session 16: a school or degree cut where a narrow column (a sidebar) wrapped it, the first line ending on
 * the word that joins it to the rest ("Technical University of" over "Eastmark"). The name is read whole and
 * its provenance spans both lines.
 */
describe('names wrapped over two lines', () => {
  it('joins a school cut after "of" and reads the degree under it', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EDUCATION',
        'Technical University of',
        'Eastmark',
        'MSc Computer Science',
        '2014 – 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Technical University of Eastmark',
        studyType: 'MSc',
        area: 'Computer Science',
        startDate: '2014',
        endDate: '2016',
      },
    ]);
    // Lines 8 and 9 of the document: the name starts on one and ends on the other.
    const fact = result.facts.find((found) => found.path === 'education[0].institution');
    expect(fact && [fact.line, fact.endLine, fact.column, fact.endColumn]).toEqual([8, 9, 0, 8]);
  });

  it('joins a degree cut after "in" or "of", the field on the next line', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EDUCATION',
        'Bachelor of Science in',
        'Computer Engineering',
        'Harlow University',
        '2010 – 2014',
        '',
        'Westmarch University — Master of',
        'Science in Data Science',
        '2014 – 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Harlow University',
        studyType: 'Bachelor of Science',
        area: 'Computer Engineering',
        startDate: '2010',
        endDate: '2014',
      },
      {
        institution: 'Westmarch University',
        studyType: 'Master of Science',
        area: 'Data Science',
        startDate: '2014',
        endDate: '2016',
      },
    ]);
  });

  it('does not join a line ending on a joining word to a line of dates', async () => {
    const result = await extractText(
      [...HEAD, 'EDUCATION', 'MSc in', '2014 – 2016 Eastmark University'].join('\n'),
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Eastmark University']);
  });
});
