import { describe, expect, it } from 'vitest';
import { universityInUnit } from '../../../src/extract/school-names.js';
import { findDegree, isInstitution } from '../../../src/extract/vocabulary.js';
import { schoolIdentity } from '../../../src/resume/ids.js';
import { educationRowsUnder, extractText } from './extract-text.js';

/**
 * Session 29 (xedu29): education shapes the set unseen-20 missed, each written here with made-up people and schools
 * (other names, wording and order than unseen-20's), so the answer is known. Each entry is [school, degree, start,
 * end], as the golds read a document (`test/fixtures/documents/unseen/README.md`).
 */

const HEAD = [
  'Oskar Brandvold',
  'oskar@example.org',
  '',
  'Experience',
  'Analyst, Tidewell Freight Ltd, 2019 – present',
  '',
];

const entries = educationRowsUnder(HEAD);

describe('a bracket joining two acronyms by a hyphen after the school', () => {
  it.each([
    [
      'Eastvale University of Science and Technology (FOSTER-EUST)',
      'Eastvale University of Science and Technology',
    ],
  ])('"%s" is the school "%s"', (written, identity) => {
    expect(schoolIdentity(written)).toBe(identity);
  });

  it('stays where its last piece of three capitals or more does not abbreviate the name', () => {
    expect(
      [
        'Indian Institute of Technology (IIT-K)',
        'University of Westmarch (UW-LA)',
        'Eastmark University (ZHAW-SoE)',
        'Marlow Institute of Computing and Design (MICD-SOE)',
      ].map(schoolIdentity),
    ).toEqual([
      'Indian Institute of Technology (IIT-K)',
      'University of Westmarch (UW-LA)',
      'Eastmark University (ZHAW-SoE)',
      'Marlow Institute of Computing and Design (MICD-SOE)',
    ]);
  });
});

describe("a school's acronym spelled by its words' first letters, more than one of a word", () => {
  it.each([
    ['Universidade Estadual do Tarvik (UETA)', 'Universidade Estadual do Tarvik'],
    ['Universidad de Kelmor (UdeK)', 'Universidad de Kelmor'],
    ['Kelmor Polytechnic (KePo)', 'Kelmor Polytechnic'],
    ['Tarvik University (TUNI)', 'Tarvik University'],
  ])('"%s" is the school "%s"', (written, identity) => {
    expect(schoolIdentity(written)).toBe(identity);
  });

  it("stays where the name's initials open it and a campus's letters follow; drops otherwise (session 30)", () => {
    expect(
      ['University of Tarvik (UTVK)', 'Kelmor State University (KSUX)', 'Tarvik University (TAVU)'].map(
        schoolIdentity,
      ),
    ).toEqual(['University of Tarvik (UTVK)', 'Kelmor State University (KSUX)', 'Tarvik University']);
  });
});

describe('degree shapes', () => {
  it.each([
    ['BS(SE)    Tarvik University', 'BS(SE)'],
    ['MS(CS), Tarvik University', 'MS(CS)'],
    ['BSIT, Tarvik University, 2012', 'BSIT'],
    ['BSEE from Tarvik University', 'BSEE'],
    ['Diploma of Business Analytics (Data), Tarvik TAFE', 'Diploma of Business Analytics'],
    ['Advanced Diploma of Software Development, Tarvik TAFE', 'Advanced Diploma of Software Development'],
    ['Certificate IV in Information Technology, Tarvik TAFE', 'Certificate IV'],
    ['Certificate II in Kitchen Operations', 'Certificate II'],
    ['Interaction Design, BA', 'BA'],
    ['Applied Mathematics, MS', 'MS'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it.each([
    ['Diploma of Graphic Design\tMarch 2020', 'Diploma of Graphic Design'],
    ['Diploma of Graphic Design May 2020', 'Diploma of Graphic Design'],
    ['Certificate\tIV', null],
  ])('"%s" names the degree %j, no month or tab in it', (text, degree) => {
    expect(findDegree(text)?.text ?? null).toBe(degree);
  });

  it.each([
    ['Diploma in Nursing', 'Diploma'],
    ['BS (CS)', 'BS'],
  ])('"%s" names the degree "%s" alone, its field after it', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('names none in a town and its state, or a company and its state', () => {
    expect(
      ['Springfield, MA', 'Tarvik Technology, MA', 'Jackson, MS, 2019', 'a certificate of thanks'].map(
        findDegree,
      ),
    ).toEqual([null, null, null, null]);
  });

  it('reads "Field, MSc" over the school and years as the degree in that field', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'Education',
        '',
        'Information Design, MA',
        'FH KELMOR',
        '2014 – 2016',
        '',
        'Computer Science, BSc',
        'Tarvik University',
        '2010 – 2014',
      ].join('\n'),
    );
    expect(
      (result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType, entry.area]),
    ).toEqual([
      ['FH KELMOR', 'MA', 'Information Design'],
      ['Tarvik University', 'BSc', 'Computer Science'],
    ]);
  });
});

describe('a school named in capitals after the short form of its kind', () => {
  it.each(['FH KELMOR', 'HTW TARVIK', 'FH ST. KELMOR'])('"%s" names a school', (text) => {
    expect(isInstitution(text)).toBe(true);
  });
});

describe('lines and parts that are no school', () => {
  it('joins a range wrapped after its dash to the line under it, the grade there no school', async () => {
    expect(
      await entries([
        'Education',
        'BSCS    Tarvik Institute of Computing (TIC), Kelmor · 2013 -',
        '2017 · CGPA 3.40/4.00',
      ]),
    ).toEqual([['Tarvik Institute of Computing (TIC)', 'BSCS', '2013', '2017']]);
  });

  it('passes over how the studies were followed before the school named without a school word', async () => {
    expect(
      await entries([
        'Formation',
        "2015 – 2018    Diplôme d'ingénieur en réseaux, en alternance – ESTK Kelmor, Tarvik",
        '2013 – 2015    DUT Réseaux et Télécoms, Part-time – IUT de Tarvik',
      ]),
    ).toEqual([
      ['ESTK Kelmor', "Diplôme d'ingénieur", '2015', '2018'],
      ['IUT de Tarvik', 'DUT', '2013', '2015'],
    ]);
  });

  it('reads a degree or programme with its date flush right over the school with its place flush right', async () => {
    expect(
      await entries([
        'EDUCATION',
        'Data Analytics Bootcamp    March 2021',
        'Kelmor Code Works    Denver, CO',
        'Bachelor of Science, Nutrition    May 2016',
        'Tarvik State University    Boulder, CO',
      ]),
    ).toEqual([
      ['Kelmor Code Works', undefined, undefined, '2021-03'],
      ['Tarvik State University', 'Bachelor of Science', undefined, '2016-05'],
    ]);
  });

  it('keeps a school with its place over its programme and dates (the school first)', async () => {
    expect(
      await entries([
        'Education',
        'Kelmor Code Works    Denver, CO',
        'Web development programme    Sep 2019 – May 2020',
        'Tarvik State University    Boulder, CO',
        'Bachelor of Science, Nutrition    2012 – 2016',
      ]),
    ).toEqual([
      ['Kelmor Code Works', undefined, '2019-09', '2020-05'],
      ['Tarvik State University', 'Bachelor of Science', '2012', '2016'],
    ]);
  });
});

describe('a faculty named after its university is the university', () => {
  it.each([
    ['Faculdade de Letras da Universidade de Tarvik', 'Universidade de Tarvik', 'Faculdade de Letras'],
    [
      'Faculty of Mechanical Engineering of the Kelmor University of Technology',
      'Kelmor University of Technology',
      'Faculty of Mechanical Engineering',
    ],
    [
      'Facultad de Informática de la Universidad Politécnica de Tarvik',
      'Universidad Politécnica de Tarvik',
      'Facultad de Informática',
    ],
  ])('"%s" names "%s" after "%s"', (text, university, unit) => {
    const found = universityInUnit(text);
    expect(found && [text.slice(found.start), text.slice(0, found.unitEnd)]).toEqual([university, unit]);
  });

  it('finds none in a faculty named by its field alone', () => {
    expect(universityInUnit('Faculty of Engineering and Applied Sciences')).toBeNull();
  });

  it('reads the university as the school, the faculty and its acronym no part of it', async () => {
    expect(
      await entries([
        'Educação',
        'Mestrado em Engenharia Civil, Faculdade de Engenharia da Universidade de Tarvik (FEUT), 2012 – 2017',
        'Ing. in Cybernetics, Faculty of Electrical Engineering of the Kelmor Technical University, 2009 – 2012',
      ]),
    ).toEqual([
      ['Universidade de Tarvik', 'Mestrado', '2012', '2017'],
      ['Kelmor Technical University', 'Ing.', '2009', '2012'],
    ]);
  });
});
