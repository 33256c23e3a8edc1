import { describe, expect, it } from 'vitest';
import { schoolIdentity } from '../../../src/resume/ids.js';
import { extractText, schools } from './extract-text.js';

/** Session 17: schools and degrees in shapes the development sets wrote once or not at all. */

const header = [
  'Ana Lima',
  'ana.lima@example.com',
  '',
  'Experience',
  '',
  'Engineer, Acme Corp — 2017 – 2020',
  '',
];

describe('a school written with its acronym in brackets', () => {
  it.each([
    ['Berner Fachhochschule (BFH)', 'Berner Fachhochschule'],
    ['Fachhochschule Westwald (FH)', 'Fachhochschule Westwald'],
    ['Pädagogische Hochschule Ostmark (PHO)', 'Pädagogische Hochschule Ostmark'],
    ['Technische Universität Nordheim (TUN)', 'Technische Universität Nordheim'],
  ])('"%s" is the school "%s"', (written, identity) => {
    expect(schoolIdentity(written)).toBe(identity);
  });

  it("keeps a campus's acronym and a bracket of words; drops an acronym of other words (session 30: one rule)", () => {
    expect(
      [
        'University of California (UCLA)',
        'Berner Fachhochschule (ZHAW)',
        'Kunstschule Nordheim (Online)',
      ].map(schoolIdentity),
    ).toEqual(['University of California (UCLA)', 'Berner Fachhochschule', 'Kunstschule Nordheim (Online)']);
  });
});

describe('a degree in its own language before a comma and its field', () => {
  it('reads "Bacharelado, Ciência da Computação" as the degree and its field', async () => {
    const result = await extractText(
      [
        ...header,
        'Formação',
        'Bacharelado, Ciência da Computação — Universidade Federal de Itaverde, 2012 – 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidade Federal de Itaverde',
        studyType: 'Bacharelado',
        area: 'Ciência da Computação',
        startDate: '2012',
        endDate: '2016',
      },
    ]);
  });

  it('reads "Ingeniería, Computación" after the school the same way', async () => {
    const result = await extractText(
      [...header, 'Educación', 'Universidad de Montalbo — Ingeniería, Computación (2012 – 2017)'].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidad de Montalbo',
        studyType: 'Ingeniería',
        area: 'Computación',
        startDate: '2012',
        endDate: '2017',
      },
    ]);
  });

  it('takes no job title before a comma for a degree', async () => {
    const result = await extractText(
      [
        'Ana Lima',
        '',
        'Experiencia',
        '',
        'Ingeniero, Telefónica — 2015 – 2019',
        '',
        'Educación',
        'Universidad de Montalbo, 2014',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidad de Montalbo',
        studyType: undefined,
        area: undefined,
        startDate: undefined,
        endDate: '2014',
      },
    ]);
  });
});
