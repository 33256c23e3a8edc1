import { describe, expect, it } from 'vitest';
import { findDegree, sectionKind } from '../../../src/extract/vocabulary.js';
import { schoolIdentity } from '../../../src/resume/ids.js';
import { educationOf, educationRowsUnder } from './extract-text.js';

/**
 * Session 30 (xedu30): education shapes the set unseen-21 missed, each written here with made-up people and schools
 * (other names, wording and order than unseen-21's), so the answer is known. Each entry is [school, degree, start,
 * end], as the golds read a document (`test/fixtures/documents/unseen/README.md`).
 */

const entries = educationRowsUnder([
  'Maren Castellanos',
  'maren@example.org',
  '',
  'Experience',
  'Analyst, Quarrybend Freight Ltd, 2019 – present',
  '',
]);

describe('degrees named before their field in Argentina and Romania', () => {
  it.each([
    ['Tecnicatura Superior en Redes y Telecomunicaciones', 'Tecnicatura Superior'],
    ['Tecnicatura Universitaria en Software Libre', 'Tecnicatura Universitaria'],
    ['Técnico Universitario en Mecatrónica', 'Técnico Universitario'],
    ['Analista Universitaria de Sistemas de Información', 'Analista Universitaria'],
    ['Profesorado en Historia', 'Profesorado'],
    ['Licență în Matematică', 'Licență'],
    ['Doctorat în Fizică', 'Doctorat'],
    ['Técnico Superior Universitario en Mantenimiento Industrial', 'Técnico Superior Universitario'],
    ['Analista Programador Universitario - Universidad del Sur', 'Analista Programador Universitario'],
    ['Ciclo Formativo de Grado Superior en Administración de Sistemas', 'Ciclo Formativo de Grado Superior'],
    ['Bacharel em Sistemas de Informação', 'Bacharel'],
    ['DEC en Techniques de l’informatique', 'DEC'],
    ['AEC en programmation Web', 'AEC'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('a school named after the degree ("Instituto Superior del Profesorado") and an analyst\'s job name none', () => {
    expect(findDegree('Instituto Superior del Profesorado Sur')).toBeNull();
    expect(findDegree('Analista de datos en Banco Sur')).toBeNull();
    expect(findDegree('Tecnicatura')).toBeNull();
    expect(findDegree('Bacharel, Banco Nortefino')).toBeNull();
    expect(findDegree('DEC Alpha workstations')).toBeNull();
  });

  it('the field after "în" or "de" leaves the word out', async () => {
    const [romanian, argentine] = await educationOf(
      'Licență în Informatică Economică\t2012 – 2015',
      'Universitatea din Arvena, Facultatea de Științe',
      '',
      'Analista Universitario de Sistemas',
      'Universidad Nacional de Valdoria · 2016 - 2019',
    );
    expect([romanian?.studyType, romanian?.area]).toEqual(['Licență', 'Informatică Economică']);
    expect([argentine?.studyType, argentine?.area]).toEqual(['Analista Universitario', 'Sistemas']);
  });

  it('a school word inside the degree\'s name ("Universitaria") leaves the degree over its school one entry', async () => {
    expect(
      await entries([
        'Educación',
        'Tecnicatura Universitaria en Software Libre',
        'Universidad Nacional de Valdoria - Facultad de Ingeniería (UNV FI)',
        '2015 - 2018',
      ]),
    ).toEqual([['Universidad Nacional de Valdoria', 'Tecnicatura Universitaria', '2015', '2018']]);
  });
});

describe("Spain's vocational school by its short kind before its patron's name", () => {
  it('is the school of the cycle over it', async () => {
    expect(
      await entries([
        'Formación',
        'Ciclo Formativo de Grado Superior en Desarrollo de Aplicaciones Multiplataforma',
        'IES Rosalía Montenegro, Vigo, 2014 - 2016',
        '',
        'Grado en Ingeniería Informática',
        'Universidad de Valdoria, 2016 - 2020',
      ]),
    ).toEqual([
      ['IES Rosalía Montenegro', 'Ciclo Formativo de Grado Superior', '2014', '2016'],
      ['Universidad de Valdoria', 'Grado', '2016', '2020'],
    ]);
  });
});

describe('a school named after its patron in quotes keeps the quoted name', () => {
  it.each([
    ['Instituto de Formación Docente "Clara J. Arriola"'],
    ['Instituto Superior de Profesorado N° 7 “Dr. Mateo B. Ferrán”'],
  ])('%s', async (school) => {
    expect(await entries(['Education', school, 'Profesorado en Química, 2005 - 2009'])).toEqual([
      [school, 'Profesorado', '2005', '2009'],
    ]);
  });
});

describe("a school's other name in brackets", () => {
  it('is part of the name as written, and of its identity; an acronym is dropped from the identity only', async () => {
    const school = 'Westbrook University of Technology (Northfield Polytechnic)';
    expect(
      await entries(['Education', `- **B.Eng. in Civil Engineering**, ${school}, 2011 – 2015`], 'resume.md'),
    ).toEqual([[school, 'B.Eng.', '2011', '2015']]);
    expect(schoolIdentity(school)).toBe(school);
    expect(schoolIdentity('Westbrook University of Technology (WUT)')).toBe(
      'Westbrook University of Technology',
    );
  });

  it('a field or a study mode in brackets is no other name', async () => {
    const [entry] = await educationOf('BSc, Westbrook University (Computer Science), 2011 – 2015');
    expect(entry?.institution).toBe('Westbrook University');
  });
});

describe("hh.ru's level of studies over the school and its faculty", () => {
  it('"Higher education (Master)" heads an entry, not the section', () => {
    expect(sectionKind('Higher education (Master)')).toBeNull();
    expect(sectionKind("Higher education (Bachelor's)")).toBeNull();
    expect(sectionKind('Higher education')).toBe('education');
    expect(sectionKind('Berufserfahrung (Work experience)')).toBe('experience');
  });

  it('each level is the degree of the school under it, the faculty a unit of that school', async () => {
    expect(
      await entries([
        'Education',
        '',
        'Higher education (Master)',
        '2015    Volgoretsk State University, Volgoretsk',
        'Faculty of Applied Mathematics, Information Systems',
        '',
        'Higher education (Bachelor)',
        '2013    Volgoretsk State University, Volgoretsk',
        'Faculty of Applied Mathematics, Information Systems',
      ]),
    ).toEqual([
      ['Volgoretsk State University', 'Master', undefined, '2015'],
      ['Volgoretsk State University', 'Bachelor', undefined, '2013'],
    ]);
  });

  it('"School of …" under a dated school is the next school, as before', async () => {
    expect(
      await entries([
        'Education',
        'B.A., Harrowgate University, 2010 - 2014',
        'School of the Art Institute of Lakemoor',
        'MFA, 2015 - 2017',
      ]),
    ).toEqual([
      ['Harrowgate University', 'B.A.', '2010', '2014'],
      ['School of the Art Institute of Lakemoor', 'MFA', '2015', '2017'],
    ]);
  });
});

describe('"Degree: field" over "School – City, ST | year"', () => {
  it('reads the Master of Arts in Teaching whole, and a state code after the city as no degree', async () => {
    expect(
      await entries([
        'Education',
        'Master of Arts in Teaching: Mathematics',
        'Eastfield University – Springfield, MA | 2014',
        'Bachelor of Arts: History',
        'Mill River College – Jackson, MS | 2012',
      ]),
    ).toEqual([
      ['Eastfield University', 'Master of Arts in Teaching', undefined, '2014'],
      ['Mill River College', 'Bachelor of Arts', undefined, '2012'],
    ]);
  });

  it('a field before ", MA" still names the degree (XING\'s way)', () => {
    expect(findDegree('Computer Science, MA | 2014')?.text).toBe('MA');
  });
});

describe('a course with no degree under a degree and its school', () => {
  it('is an entry of its own at its provider', async () => {
    expect(
      await entries([
        'Education',
        'BSc in Physics',
        'Northgate University, 2010 - 2013',
        'Data Engineering course',
        'Pipeline Forge, online (10 weeks)',
      ]),
    ).toEqual([
      ['Northgate University', 'BSc', '2010', '2013'],
      ['Pipeline Forge', undefined, undefined, undefined],
    ]);
  });

  it('a label over training ("Job Related Training:") opens no entry', async () => {
    expect(
      await entries([
        'Education:',
        'Northgate University',
        "Bachelor's Degree 05/2012",
        'Job Related Training:',
        'PRINCE2 Foundation, 2019',
      ]),
    ).toEqual([['Northgate University', "Bachelor's Degree", undefined, '2012-05']]);
  });
});

describe("one rule for a school's bracket (schoolIdentity)", () => {
  it.each([
    ['Royal Institute of Technology (KTH)', 'Royal Institute of Technology'],
    ['University of Vellinge (DIKV)', 'University of Vellinge'],
    ['Instituto Politécnico del Norte (ESFIM)', 'Instituto Politécnico del Norte'],
  ])("drops an acronym of the school's own words or of a unit's: %s", (written, identity) => {
    expect(schoolIdentity(written)).toBe(identity);
  });

  it.each([
    ['University of Westmarch (UWLA)'],
    ['Indian Institute of Technology (IITR)'],
    ['Westbrook University of Technology (Northfield Polytechnic)'],
    ['Kunstschule Vellinge (Online)'],
  ])("keeps a campus's acronym after the name's initials, and a bracket of words: %s", (written) => {
    expect(schoolIdentity(written)).toBe(written);
  });
});

describe('a school named twice', () => {
  it('in two languages joined by " / " is one name as written', async () => {
    const school = 'Universidad de Valdoria del Norte / Valdoriako Iparraldeko Unibertsitatea';
    expect(await entries(['Formación', 'Grado en Historia', `${school} · 2012 - 2016`])).toEqual([
      [school, 'Grado', '2012', '2016'],
    ]);
  });

  it('a unit after " / " is no second name', async () => {
    expect(
      await entries([
        'Education',
        'BSc in Physics, Eastmark University of Science and Technology / Faculty of Natural Sciences, 2010 - 2013',
      ]),
    ).toEqual([['Eastmark University of Science and Technology', 'BSc', '2010', '2013']]);
  });

  it('its acronym before a dash is left out of its identity, as after it in brackets', () => {
    expect(schoolIdentity('WUST — Westbrook University of Science and Technology')).toBe(
      'Westbrook University of Science and Technology',
    );
    expect(schoolIdentity('ETH - Swiss Federal Institute of Technology')).toBe(
      'ETH - Swiss Federal Institute of Technology',
    );
  });
});
