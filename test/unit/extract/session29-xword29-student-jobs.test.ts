import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { rolesUnderHead } from './extract-text.js';

/**
 * Session 29: the shop, restaurant, pool and student-assistant jobs résumés list in German, French, Spanish,
 * Portuguese, Italian and English are titles, whatever stands beside them.
 */

describe('titleScore of student and side jobs', () => {
  it.each([
    'Studentische Hilfskraft',
    'Wissenschaftliche Hilfskraft',
    'Duale Studentin',
    'Aushilfe',
    'Verkaufsaushilfe',
    'Verkäuferin',
    'Kellnerin',
    'Kassiererin',
    'Rettungsschwimmerin',
    'Lagerhelfer',
    'Vendeuse',
    'Employé polyvalent',
    'Équipier polyvalent',
    'Préparatrice en pharmacie',
    'Dependienta',
    'Camarero',
    'Socorrista',
    'Empregada de mesa',
    'Nadadora-salvadora',
    'Cameriere',
    'Addetta alle vendite',
    'Lifeguard',
    'Kitchen Dishwasher',
  ])('"%s" reads as a title', (title) => {
    expect(titleScore(title)).toBe(2);
  });

  it.each([
    'Kellner',
    'Schwimmer',
    'Helfer',
    'Employee Benefits',
    'Monitor Deloitte',
    'Studentische Projekte',
  ])('"%s" (a surname, an English phrase, a firm) does not', (text) => {
    expect(titleScore(text)).toBe(0);
  });
});

describe('a student job alone on its line before an institution', () => {
  it('keeps its title, the institution the employer', async () => {
    expect(
      await rolesUnderHead('Studentische Hilfskraft – Universität Mannheim    Jan 2020 – Dec 2020'),
    ).toEqual([['Universität Mannheim', 'Studentische Hilfskraft', '2020-01', '2020-12']]);
  });

  it('reads a side job before a shop as title and employer', async () => {
    expect(await rolesUnderHead('Dependienta – El Corte Inglés, Madrid    Jan 2019 – Dec 2019')).toEqual([
      ['El Corte Inglés', 'Dependienta', '2019-01', '2019-12'],
    ]);
  });
});
