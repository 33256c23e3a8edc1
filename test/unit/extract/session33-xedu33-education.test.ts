import { describe, expect, it } from 'vitest';
import { findDegree, sectionKind } from '../../../src/extract/vocabulary.js';
import { educationOf } from './extract-text.js';

/**
 * Session 33 (xedu33): education families several development sets missed, each written here with made-up schools,
 * people and wording (other than the sets' documents), so the answer is known.
 */

const rows = (entries: Awaited<ReturnType<typeof educationOf>>) =>
  entries.map((entry) => [entry.institution, entry.studyType, entry.area, entry.startDate, entry.endDate]);

describe('secondary schooling in national forms', () => {
  it('"Diploma behaald" notes no degree, and a gymnasium with its diploma and "profiel" is no entry', async () => {
    const entries = await educationOf(
      '',
      'Master Bedrijfskunde, Erasmus Universiteit Rotterdam',
      '2014 – 2016',
      'Diploma behaald.',
      '',
      'Gymnasium, Coornhert Gymnasium, Gouda',
      '2008 – 2014',
      'Diploma behaald, profiel Economie en Maatschappij.',
    );
    expect(rows(entries)).toEqual([
      ['Erasmus Universiteit Rotterdam', 'Master', 'Bedrijfskunde', '2014', '2016'],
    ]);
  });

  it('"Diploma obtained." under a degree leaves that degree as written', async () => {
    const entries = await educationOf(
      '',
      'BSc Physics, Tallinn University',
      '2009 – 2012',
      'Diploma obtained.',
    );
    expect(rows(entries)).toEqual([['Tallinn University', 'BSc', 'Physics', '2009', '2012']]);
  });

  it('a Swedish "… gymnasiet" (the definite form) is a secondary-only school', async () => {
    const entries = await educationOf(
      '',
      'Civilingenjör, Teknisk fysik — Uppsala universitet, 2010 – 2015',
      'Naturvetenskapsprogrammet — Katedralskolans gymnasiet, 2007 – 2010',
    );
    expect(rows(entries)).toEqual([
      ['Uppsala universitet', 'Civilingenjör', 'Teknisk fysik', '2010', '2015'],
    ]);
  });
});

describe("a job portal's level and state beside the years", () => {
  it('"Universitario - Graduado · years" under degree and school is no school: the years are the entry\'s', async () => {
    const entries = await educationOf(
      '',
      'Licenciatura en Ciencias de la Computación',
      'Universidad Nacional del Sur',
      'Universitario - Graduado · 2009 - 2014',
      '',
      'Bachiller en Ciencias Sociales',
      'Colegio Nacional de Bahía Blanca',
      'Secundario - Graduado · 2003 - 2008',
    );
    expect(rows(entries)).toEqual([
      ['Universidad Nacional del Sur', 'Licenciatura', 'Ciencias de la Computación', '2009', '2014'],
    ]);
  });

  it('a level with a school word "en curso" (studies going on) is no school either: its years are the entry\'s', async () => {
    const entries = await educationOf(
      '',
      'Licenciatura en Economía',
      'Universidad Nacional de Cuyo',
      'Universitario - En curso · 2022 - 2025',
    );
    expect(rows(entries)).toEqual([
      ['Universidad Nacional de Cuyo', 'Licenciatura', 'Economía', '2022', '2025'],
    ]);
  });
});

describe('a unit of a university is the university', () => {
  it('a Slovak or Czech "Fakulta …" under its university joins that entry, and "odbor" is no part of the field', async () => {
    const entries = await educationOf(
      '',
      '2012 – 2017    Univerzita Komenského v Bratislave',
      'Fakulta matematiky, fyziky a informatiky',
      'Mgr., odbor Aplikovaná informatika',
      '',
      '2009 – 2012    Masarykova univerzita',
      'Fakulta informatiky',
      'Bc., obor Programovatelné systémy',
    );
    expect(rows(entries)).toEqual([
      ['Univerzita Komenského v Bratislave', 'Mgr.', 'Aplikovaná informatika', '2012', '2017'],
      ['Masarykova univerzita', 'Bc.', 'Programovatelné systémy', '2009', '2012'],
    ]);
  });

  it('"College, Town, University": a college named with its town before its university is that university', async () => {
    const entries = await educationOf(
      '',
      'B.Tech. Mechanical Engineering — Kakatiya Institute College, Warangal, Osmania University — 2011',
      'M.Sc. Statistics, Loyola College, Chennai, University of Madras, 2013',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Osmania University', 'University of Madras']);
  });

  it('a college with a town and no university after it stands as named', async () => {
    const entries = await educationOf(
      '',
      'B.E. Civil Engineering, Thiagarajar College of Engineering, Madurai, 2010',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Thiagarajar College of Engineering']);
  });
});

describe('a coding school named without a school word, over its course', () => {
  it('"CODE::FLARE" over "Mobile development course" over its dates is an entry of its own, its dates its own', async () => {
    const entries = await educationOf(
      '',
      'CODE::FLARE',
      'Mobile development course',
      'Apr 2020 - Jul 2020',
      '',
      'Hokkaido University',
      'Bachelor of Engineering, Civil Engineering',
      '2012 - 2016',
    );
    expect(rows(entries)).toEqual([
      ['CODE::FLARE', undefined, undefined, '2020-04', '2020-07'],
      ['Hokkaido University', 'Bachelor of Engineering', 'Civil Engineering', '2012', '2016'],
    ]);
  });
});

describe('headings that end the education section', () => {
  it.each([
    ['SEMINARS AND TRAININGS', 'other'],
    ['Trainings and Seminars', 'other'],
    ['Specialties & Skills', 'skills'],
  ])(
    '"%s" heads a section of its own (%s): its organisers and technologies are no schools',
    (heading, kind) => {
      expect(sectionKind(heading)).toBe(kind);
    },
  );
});

describe('degrees in their own languages', () => {
  it('the professional title before the university that grants it is the degree as written', async () => {
    const entries = await educationOf(
      '',
      'Ingeniera Industrial: Universidad Nacional de Colombia, 2014',
      'Ingeniero Electrónico, Pontificia Universidad Javeriana, 2019',
    );
    expect(entries.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Universidad Nacional de Colombia', 'Ingeniera Industrial'],
      ['Pontificia Universidad Javeriana', 'Ingeniero Electrónico'],
    ]);
  });

  it('"Ingeniero de Sistemas" before an employer stays no degree', () => {
    expect(findDegree('Ingeniero de Sistemas, Grupo Aval, 2016 – 2019')).toBeNull();
  });

  it('Romania\'s "Licență, Field" names the degree and its field', async () => {
    const entries = await educationOf(
      '',
      'Licență, Automatică — Universitatea Politehnica Timișoara, 2011 – 2015',
    );
    expect(rows(entries)).toEqual([
      ['Universitatea Politehnica Timișoara', 'Licență', 'Automatică', '2011', '2015'],
    ]);
  });
});

describe('a college of a university under the university', () => {
  it('a named college ("Kessler College of Business") under a dated university line is the university\'s', async () => {
    const entries = await educationOf(
      '',
      'Redfield State University, BA in Economics    Dayton, OH    Aug 2010 – May 2014',
      'Kessler College of Business; minor in Statistics',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Redfield State University']);
  });
});
