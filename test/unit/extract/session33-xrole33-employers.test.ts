import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { EXPERIENCE_HEAD, position, positionsOf } from './extract-text.js';

/**
 * Session 33 (xrole33): employer and title families the development sets showed missed, each written here with
 * made-up people, employers and wording (other than the sets' own), so the answer is known.
 */

describe("a job's text hard-wrapped after a word no phrase ends with", () => {
  // A profile's company over its tenure, then two titles, each over its dates and place and its text.
  const profile = (firstLine: string) => [
    ...EXPERIENCE_HEAD,
    'Tarnwick Mutual',
    '4 years 1 month',
    'Lead Analyst',
    'May 2022 - Present (3 years 8 months)',
    'Leeds, England, United Kingdom',
    'Led the pricing squad through the move to a new rating engine.',
    'Pricing Analyst',
    'December 2021 - April 2022 (5 months)',
    'Leeds, England, United Kingdom',
    firstLine,
    'motor book; quarterly reviews with the underwriters.',
  ];

  it.each([
    'Rating Models in Python with Pandas, NumPy and Microsoft Excel for the',
    'Renewal Pricing Dashboards in Tableau on Amazon Redshift with SQL for a',
    'Claims Frequency Models in R and Python with Apache Spark and',
  ])('"%s" under the second title is its text: the employer above goes on', async (firstLine) => {
    expect(await positionsOf(profile(firstLine))).toEqual([
      position('Tarnwick Mutual', 'Lead Analyst', '2022-05', 'present'),
      position('Tarnwick Mutual', 'Pricing Analyst', '2021-12', '2022-04'),
    ]);
  });
});

describe('"Title, Employer" lines over "dates · Town" lines, one title no word the vocabulary knows', () => {
  const jobs = (separator: string, unknownTitle: string) => [
    ...EXPERIENCE_HEAD,
    `Payroll Analyst${separator}Heronsgate Council`,
    'Apr 2021 – Present · Swindon',
    'Monthly payroll runs for 2,400 staff.',
    '',
    `Accounts Assistant${separator}Pellworth Timber`,
    'Jan 2018 – Mar 2021 · Marlborough',
    'Purchase ledger and supplier payments.',
    '',
    `${unknownTitle}${separator}Quenby Orchards`,
    'Aug 2015 – Dec 2017 · Ledbury',
    'Picking, grading and the farm shop till.',
  ];

  it.each([
    [', ', 'Orchard Hand'],
    [' — ', 'Vineyard Hand'],
    [' | ', 'Orchard Hand'],
  ])('with "%s" between the parts, "%s" heads its own job', async (separator, unknownTitle) => {
    expect(await positionsOf(jobs(separator, unknownTitle))).toEqual([
      position('Heronsgate Council', 'Payroll Analyst', '2021-04', 'present'),
      position('Pellworth Timber', 'Accounts Assistant', '2018-01', '2021-03'),
      position('Quenby Orchards', unknownTitle, '2015-08', '2017-12'),
    ]);
  });
});

describe('Czech and Slovak titles with the role noun last', () => {
  it.each([
    'Senior PHP vývojár',
    'Junior Python vývojářka',
    'Medior .NET programátorka',
    'Stážistka',
    'SAP konzultantka',
  ])('"%s" is a title', (text) => {
    expect(titleScore(text)).toBeGreaterThan(0);
  });

  it.each(['Komerční banka', 'Tatra Mlyny', 'Kysuce Systems'])('"%s", an employer, is no title', (text) => {
    expect(titleScore(text)).toBe(0);
  });

  it('over "Employer, Town" and its dates, the title is the title and the line under it the employer', async () => {
    expect(
      await positionsOf([
        ...EXPERIENCE_HEAD,
        'Senior PHP vývojár',
        'Orava Digital, Trstená',
        '03/2021 – súčasnosť',
        '- e-shopy v PHP a Symfony',
        '',
        'Stážistka',
        'Hron Data, Zvolen',
        '07/2019 – 09/2019',
        '- testy v Pythone',
      ]),
    ).toEqual([
      position('Orava Digital', 'Senior PHP vývojár', '2021-03', 'present'),
      position('Hron Data', 'Stážistka', '2019-07', '2019-09'),
    ]);
  });
});
