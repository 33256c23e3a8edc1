import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { educationOf, extractText, schools } from './extract-text.js';

/**
 * Session 32 (xedu32): degrees the set unseen-23 missed, each written here with made-up schools and wording (other
 * than unseen-23's and dev-s32-xedu32's), so the answer is known.
 */

describe("a job portal's level beside the degree as written", () => {
  it.each([
    ["Bachelor's Degree · BS Nursing", 'BS'],
    ["Master's Degree · MBA", 'MBA'],
    ["Bachelor's Degree | B.Sc. Marine Biology", 'B.Sc.'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('the level alone, or before its field after a comma, is the degree', () => {
    expect(findDegree("Bachelor's Degree · Marine Biology")?.text).toBe("Bachelor's Degree");
    expect(findDegree("Master's degree, Public Health")?.text).toBe("Master's degree");
  });

  it('an entry under a school takes the written degree and the field after it', async () => {
    const entries = await educationOf(
      '',
      'Calder University',
      "Bachelor's Degree · BS Nursing",
      '2011 - 2015',
    );
    expect(entries.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Calder University', 'BS', 'Nursing'],
    ]);
  });
});

describe('a certificate before its field after a comma', () => {
  it('LinkedIn\'s "Certificate, Field · (YYYY - YYYY)" under a polytechnic is the degree and its field', async () => {
    const entries = await educationOf(
      '',
      'Northgate Polytechnic',
      'Certificate, Supply Chain Management · (2016 - 2017)',
    );
    expect(entries.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Northgate Polytechnic', 'Certificate', 'Supply Chain Management'],
    ]);
  });
});

describe('a programme marked as a bootcamp in brackets, then its provider', () => {
  it('a long programme name marked "(bootcamp)" is an entry at the provider, with no degree', async () => {
    const result = await extractText(
      [
        '# Rosa Quenta',
        '',
        '## Experiencia',
        '',
        '### Analista en Banco Andino',
        '**ene. 2021 – actualidad** · La Paz',
        '- Reportes en SQL.',
        '',
        '## Formación',
        '',
        '- **Licenciatura en Economía**, Universidad Mayor de San Andrés, 2012 – 2017',
        '- **Ingeniería de Software Full Stack Nocturno** (bootcamp online), Codigo Andino, 2020',
        '',
        '## Habilidades',
        '',
        '- Lenguajes: SQL',
      ].join('\n'),
      'cv.md',
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType, entry.endDate])).toEqual([
      ['Universidad Mayor de San Andrés', 'Licenciatura', '2017'],
      ['Codigo Andino', undefined, '2020'],
    ]);
  });

  it('a long line with no programme word in brackets stays with the entry above', async () => {
    const entries = await educationOf(
      '',
      '- **Licenciatura en Economía**, Universidad Mayor de San Andrés, 2012 – 2017',
      '- Tesis sobre el mercado laboral de las mujeres en El Alto y su acceso al crédito',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Universidad Mayor de San Andrés']);
  });
});

describe("a school's one-word name, a dash, then its name spelled out", () => {
  it('the one-word name a school is known by, a dash and its spelled-out name are one school', async () => {
    const entries = await educationOf(
      '',
      'EPFL – École Polytechnique Fédérale de Lausanne',
      'MSc, Robotics',
      '2014 – 2016',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'EPFL – École Polytechnique Fédérale de Lausanne',
    ]);
  });

  it("a unit's or campus's acronym before the dash is no part of the name", async () => {
    const campus = await educationOf(
      '',
      'CUTONALA – Universidad de Tonalá',
      'Licenciatura, Diseño',
      '2014 – 2018',
    );
    expect(campus.map((entry) => entry.institution)).toEqual(['Universidad de Tonalá']);
  });

  it('a dash before a place or a unit of the school leaves the school its own name', async () => {
    const place = await educationOf(
      '',
      'Eastmark Institute of Technology – Haifa',
      'MSc, Robotics',
      '2014 – 2016',
    );
    expect(place.map((entry) => entry.institution)).toEqual(['Eastmark Institute of Technology']);
    const unit = await educationOf(
      '',
      'Northvale University – Faculty of Engineering',
      'MSc, Robotics',
      '2014 – 2016',
    );
    expect(unit.map((entry) => entry.institution)).toEqual(['Northvale University']);
  });
});
