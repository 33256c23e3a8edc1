import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { schoolIdentity } from '../../../src/resume/ids.js';
import { educationRowsUnder } from './extract-text.js';

/**
 * Session 28 (xedu28): education shapes the set unseen-19 missed, each written here with made-up people and schools
 * (other names, wording and order than unseen-19's), so the answer is known. Each entry is [school, degree, start,
 * end], as the golds read a document (`test/fixtures/documents/unseen/README.md`).
 */

const entries = educationRowsUnder([
  'Teodora Vasquez-Lind',
  'teodora@example.org',
  '',
  'Experience',
  'Analyst, Brightwater Freight Ltd, 2019 – present',
  '',
]);

describe('school-leaving certificates of more countries are no entries', () => {
  it.each([
    ['Westridge Girls High School — Grade 12 (National Senior Certificate), 2010'],
    ['Highest Grade Passed: Grade 12 with Bachelor pass, 2010 – Westridge Girls High School'],
    ['Ananda Vidyalaya, Kandy — G.C.E. Advanced Level (Commerce), 2011'],
    ['Ananda Vidyalaya, Kandy — A/L (Commerce), 2011'],
    ['+2 Management | Kalika Secondary Academy | NEB | 2011'],
    ['10+2 (Commerce) | Ramnarain Ruia Junior College | HSC Board | 2011'],
    ['SLC | Shree Janata Vidya Mandir | SLC Board | 2009'],
    ['Petőfi Sándor Gimnázium, Pécs (érettségi), 2007 – 2011'],
    ['Colegio San Bartolomé, Bogotá — Bachiller académico, 2010'],
    ["Raffles Institution — GCE 'A' Levels, 2011"],
    ['SMK Bukit Jalil — SPM, 2010'],
    ['Lessing-Schule, Bochum — Allgemeine Hochschulreife, 2011'],
    ['Ressu Upper Secondary School — Ylioppilastutkinto, 2011'],
    ['Liceo Scientifico Galileo Galilei, Pescara, 2006 – 2011'],
    ['Kantonsschule Wettingen, 2007 – 2011'],
  ])('"%s"', async (line) => {
    expect(
      await entries(['Education', 'Northvale University — BSc in Economics, 2012 – 2015', '', line]),
    ).toEqual([['Northvale University', 'BSc', '2012', '2015']]);
  });

  it('a school that teaches no higher studies is no entry, though it names no certificate', async () => {
    expect(
      await entries([
        'Education',
        '2013 – 2018   MSc in Physics, Charles University',
        '2009 – 2013   Gymnázium Ladislava Nováka, Kladno',
        '2008 – 2012   Lakeside High School, Tacoma',
      ]),
    ).toEqual([['Charles University', 'MSc', '2013', '2018']]);
  });

  it('a lycée with no certificate is an entry (its preparatory classes)', async () => {
    expect(await entries(['Education', 'Classes préparatoires MPSI, Lycée Kléber, 2012 – 2014'])).toEqual([
      ['Lycée Kléber', undefined, '2012', '2014'],
    ]);
  });

  it('a Colegio Mayor is a university, a bachiller at a Universidad a degree', async () => {
    expect(
      await entries([
        'Education',
        'Colegio Mayor de San Ildefonso — Ingeniería de Sistemas, 2011 – 2016',
        'Universidad de Piura — Bachiller en Economía, 2006 – 2010',
      ]),
    ).toEqual([
      ['Colegio Mayor de San Ildefonso', 'Ingeniería de Sistemas', '2011', '2016'],
      ['Universidad de Piura', 'Bachiller', '2006', '2010'],
    ]);
  });
});

describe('labelled education records', () => {
  it('a record of a school-leaving certificate is no entry', async () => {
    expect(
      await entries([
        'Education',
        'Highest Grade Passed: Grade 12',
        'School: Hoërskool Menlopark',
        'Year: 2008',
        '',
        'Qualification: BSc Informatics',
        'Institution: North-West University',
        'Year: 2012',
        '',
        'School: Trinity College, Kandy',
        'Qualification: G.C.E. (O/L)',
        'Year: 2004',
      ]),
    ).toEqual([['North-West University', 'BSc', undefined, '2012']]);
  });
});

describe('French years of higher studies', () => {
  it('"Bac+2" is no school-leaving certificate', async () => {
    expect(await entries(['Education', 'BTS SIO (Bac+2), Lycée Jean Monnet, 2013 – 2015'])).toEqual([
      ['Lycée Jean Monnet', 'BTS SIO', '2013', '2015'],
    ]);
  });
});

describe('degrees of more countries written out', () => {
  it.each([
    ['Bakalavr, Software Engineering', 'Bakalavr'],
    ['Magistr in Applied Mathematics', 'Magistr'],
    ['Bakalář, Informatika', 'Bakalář'],
    ['Högskoleingenjör, Datateknik', 'Högskoleingenjör'],
    ['Mastère Spécialisé Cybersécurité', 'Mastère Spécialisé'],
    ['BBA in Marketing', 'BBA'],
    ['B.Com in Accounting', 'B.Com'],
    ['BCom (Hons) Information Systems', 'BCom (Hons)'],
    ['MCom Finance', 'MCom'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('"Magistrate" names none', () => {
    expect(findDegree('Clerk to the Magistrate, 2014')).toBeNull();
  });
});

describe("a school's acronym in its own language", () => {
  it.each([
    ['Czech University of Life Sciences (ČZU)', 'Czech University of Life Sciences'],
    ['Brno University of Technology (VUT)', 'Brno University of Technology'],
    ['Czech Technical University (ČVUT)', 'Czech Technical University'],
  ])('"%s" is the school "%s"', (written, identity) => {
    expect(schoolIdentity(written)).toBe(identity);
  });

  it("stays where it adds a campus's letters; an acronym of other words drops (session 30: one rule)", () => {
    expect(
      [
        'University of California (UCSB)',
        'Indian Institute of Technology (IITK)',
        'Eastmark University (ZHAW)',
      ].map(schoolIdentity),
    ).toEqual([
      'University of California (UCSB)',
      'Indian Institute of Technology (IITK)',
      'Eastmark University',
    ]);
  });
});

describe("the Netherlands' degrees named with their kind of school", () => {
  it.each([
    ['HBO Bachelor Bedrijfskundige Informatica', 'HBO Bachelor'],
    ['HBO-bachelor Communicatie', 'HBO-bachelor'],
    ['WO Master Data Science', 'WO Master'],
    ['MBO niveau 3 Medewerker ICT', 'MBO niveau 3'],
    ['MBO-4 Applicatieontwikkelaar', 'MBO-4'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('"MBO 12" and "HBO Max" name none', () => {
    expect(findDegree('MBO 12 weken')).toBeNull();
    expect(findDegree('Series on HBO Max')).toBeNull();
  });

  it('a vocational college named "ROC …" is the school of its level', async () => {
    expect(
      await entries([
        'Opleidingen',
        '2006 – 2009',
        'MBO niveau 4 Netwerkbeheerder',
        'ROC van Flevoland, Almere',
      ]),
    ).toEqual([['ROC van Flevoland', 'MBO niveau 4', '2006', '2009']]);
  });
});

describe('a school the layout names', () => {
  it('a school line that goes on in sentences under a degree is that degree’s school', async () => {
    expect(
      await entries([
        'Education',
        '2011 – 2015',
        'HBO Bachelor Communicatie',
        'Hogeschool Windesheim, Zwolle — diploma behaald. Stage bij een reclamebureau.',
        '',
        '2008 – 2011',
        'BSc in Geography',
        'Eastmark University, Leeds. Thesis on river deltas.',
      ]),
    ).toEqual([
      ['Hogeschool Windesheim', 'HBO Bachelor', '2011', '2015'],
      ['Eastmark University', 'BSc', '2008', '2011'],
    ]);
  });

  it('a name with its place flush right over a programme and its dates is the programme’s school', async () => {
    expect(
      await entries([
        'Education',
        'Codeplank    Vilnius, Lithuania',
        'Full-stack programme (self-paced, peer-reviewed)    Oct 2020 – Jun 2021',
        'Vilnius University    Vilnius, Lithuania',
        'BA in Philosophy    Sep 2014 – Jun 2018',
      ]),
    ).toEqual([
      ['Codeplank', undefined, '2020-10', '2021-06'],
      ['Vilnius University', 'BA', '2014-09', '2018-06'],
    ]);
  });

  it('the same layout over a school-leaving certificate is no entry', async () => {
    expect(
      await entries([
        'Education',
        'Roskilde University    Roskilde, Denmark',
        'BSc in Computer Science    Sep 2012 – Jun 2015',
        'Odense Katedralskole    Odense, Denmark',
        'Studentereksamen    Aug 2009 – Jun 2012',
      ]),
    ).toEqual([['Roskilde University', 'BSc', '2012-09', '2015-06']]);
  });

  it('a place beside a line with no dates under it names no school', async () => {
    expect(
      await entries([
        'Education',
        'Eastmark University    Leeds, United Kingdom',
        'BSc in Geography, 2008 – 2011',
        'Volunteering    Leeds, United Kingdom',
        'Weekend tutor for refugees',
      ]),
    ).toEqual([['Eastmark University', 'BSc', '2008', '2011']]);
  });
});
