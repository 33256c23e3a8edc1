import { describe, expect, it } from 'vitest';
import { opensWithBreak } from '../../../src/extract/experience.js';
import { extractText, positions } from './extract-text.js';

describe('career breaks in the languages CVs are written in (session 30)', () => {
  it('reads leave, military service and a bridging programme as breaks in Spanish, Italian, Romanian and Nordic CVs', () => {
    for (const text of [
      'Licencia por paternidad: Marzo 2020 - Julio 2020',
      'Permiso de maternidad',
      'Congedo parentale, 2019 – 2020',
      'Concediu de creștere a copilului',
      'Äitiysloma (2018–2019)',
      'Föräldraledighet',
      'Foreldrepermisjon',
      'Asepalvelus, Kaartin jääkärirykmentti',
      'Ajateenistus',
      'Værnepligt, Den Kongelige Livgarde',
      'Stagiu militar',
      "Newcomers' bridging programme, Calgary",
    ])
      expect(opensWithBreak(text), text).toBe(true);
  });

  it('leaves titles and employers that only share a word with a break alone', () => {
    for (const text of [
      'Licencia de software: gestión de contratos',
      'Bridging Finance Ltd, Leeds',
      'Military service software for the logistics command',
      'Congedo Software S.r.l.',
    ])
      expect(opensWithBreak(text), text).toBe(false);
  });

  it('ends a dated break at the blank line: the employer after it heads the titles under it', async () => {
    const result = await extractText(
      [
        'Ervaring',
        '',
        'Mollie — Amsterdam',
        'Backend Engineer',
        'April 2022 – present',
        'Payment routing in Go.',
        '',
        'Licencia por maternidad',
        'June 2021 – March 2022',
        '',
        'Adyen — Amsterdam',
        'Senior Java Developer     January 2019 – May 2021',
        'Java Developer            March 2016 – December 2018',
        'Settlement services in Java on PostgreSQL.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Mollie',
        title: 'Backend Engineer',
        startDate: '2022-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Adyen',
        title: 'Senior Java Developer',
        startDate: '2019-01',
        endDate: '2021-05',
        current: undefined,
      },
      {
        company: 'Adyen',
        title: 'Java Developer',
        startDate: '2016-03',
        endDate: '2018-12',
        current: undefined,
      },
    ]);
  });
});
