import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { EXPERIENCE_HEAD, position, positionsOf } from './extract-text.js';

/**
 * Session 33 (xfix33b): the audit's findings on session 33's employer and title rules, each with made-up employers and
 * titles, so the answer is known.
 */

describe("a header's title or employer hard-wrapped after a word no phrase ends with, before the header's dates", () => {
  it('an employer wrapped after "the" keeps its title and dates', async () => {
    const found = await positionsOf([
      ...EXPERIENCE_HEAD,
      'Senior Data Scientist',
      'National Institute for Health and Care Research, Department of the',
      'Environment and Social Care',
      'Jan 2020 – Present',
      '- Models in R.',
      '',
      'Data Analyst',
      'Globex Inc',
      'Mar 2016 – Dec 2019',
      '- Reports.',
    ]);
    expect(found).toHaveLength(2);
    expect(found[0]?.company).toMatch(/^National Institute for Health and Care Research\b/u);
    expect(found[0]).toMatchObject({ title: 'Senior Data Scientist', startDate: '2020-01', current: true });
    expect(found[1]).toMatchObject({ company: 'Globex Inc', title: 'Data Analyst', startDate: '2016-03' });
  });

  it.each([
    ['Principal Engineer, Payments Platform and Developer Experience for the', 'Retail Bank'],
    ['Senior Manager, Strategy and Operations for the Northern Europe Region and the', undefined],
  ])(
    'a title wrapped as "%s" under the employer keeps the employer, the title and the dates',
    async (title, wrapped) => {
      const found = await positionsOf([
        ...EXPERIENCE_HEAD,
        'Acme Ltd',
        title,
        ...(wrapped === undefined ? [] : [wrapped]),
        'Jan 2020 – Present',
        '- Built APIs.',
        '',
        'Globex Inc',
        'Software Engineer',
        'Mar 2016 – Dec 2019',
        '- Maintained the billing system.',
      ]);
      expect(found).toHaveLength(2);
      expect(found[0]).toMatchObject({ company: 'Acme Ltd', startDate: '2020-01', current: true });
      expect(found[0]?.title).toMatch(/^(?:Principal Engineer|Senior Manager)\b/u);
      expect(found[1]).toMatchObject({
        company: 'Globex Inc',
        title: 'Software Engineer',
        startDate: '2016-03',
      });
    },
  );
});

describe('a Czech or Slovak role noun closing a title', () => {
  it.each(['Eurofins Analytik', 'Instrumentelle Analytik', 'Daten Analytik', 'Studio Specialista'])(
    '"%s", a word other languages spell alike for what is no role, closes no title',
    (text) => {
      expect(titleScore(text)).toBe(0);
    },
  );

  it.each(['Senior QA testerka', 'IT ředitel', 'Junior Python vývojář', 'SAP konzultant'])(
    '"%s" is a title',
    (text) => {
      expect(titleScore(text)).toBeGreaterThan(0);
    },
  );
});

describe('"Title, Employer" lines over dates and a place a gazetteer knows, written with its country', () => {
  it('each line heads its job, one title no word the vocabulary knows', async () => {
    expect(
      await positionsOf([
        ...EXPERIENCE_HEAD,
        'Payroll Analyst, Heronsgate Council',
        'Apr 2021 – Present · Swindon, UK',
        'Monthly payroll runs for 2,400 staff.',
        '',
        'Accounts Assistant, Pellworth Timber',
        'Jan 2018 – Mar 2021 · Bristol, UK',
        'Purchase ledger and supplier payments.',
        '',
        'Orchard Hand, Quenby Orchards',
        'Aug 2015 – Dec 2017 · Hereford, UK',
        'Picking, grading and the farm shop till.',
      ]),
    ).toEqual([
      position('Heronsgate Council', 'Payroll Analyst', '2021-04', 'present'),
      position('Pellworth Timber', 'Accounts Assistant', '2018-01', '2021-03'),
      position('Quenby Orchards', 'Orchard Hand', '2015-08', '2017-12'),
    ]);
  });
});
