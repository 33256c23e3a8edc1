import { describe, expect, it } from 'vitest';
import { roleRows } from './extract-text.js';

/** Session 17: a Lebenslauf's date column with a title and its translation, an employer in lower case. */

describe('a Lebenslauf written in English, a date column and "heute"', () => {
  it('drops a title\'s translation in brackets and reads "name ag, City" in lower case as the employer', async () => {
    expect(
      await roleRows(
        [
          'Lebenslauf',
          '',
          'Katrin Seidel',
          'katrin.seidel@example.de',
          '',
          'BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE',
          '',
          '01/2020 - heute      Teamleiterin (Team Lead)',
          '                     Sparkassen Informatik GmbH, Frankfurt',
          '                     Payment services in Java.',
          '',
          '05/2016 - 12/2019    Anwendungsentwicklerin (Application Developer)',
          '                     adesso data ag, Dortmund',
          '                     Insurance portals in Angular.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Sparkassen Informatik GmbH', 'Teamleiterin', '2020-01', 'present'],
      ['adesso data ag', 'Anwendungsentwicklerin', '2016-05', '2019-12'],
    ]);
  });

  it('keeps a bracket that qualifies the title without being one ("Software Engineer (Frontend)")', async () => {
    expect(
      await roleRows(
        [
          'Paul Weber',
          '',
          'Experience',
          '',
          '03/2021 - heute      Software Engineer (Frontend)',
          '                     Hausmann Digital GmbH, Köln',
        ].join('\n'),
      ),
    ).toEqual([['Hausmann Digital GmbH', 'Software Engineer (Frontend)', '2021-03', 'present']]);
  });
});
