import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { EXPERIENCE_HEAD, extractText, position, positions, positionsOf } from './extract-text.js';

/** Each position's title and team, in document order. */
function titlesAndTeams(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((held) => ({ title: held.position, team: held.team })),
  );
}

/**
 * Session 34 (xrole34): employers over their titles, as the development sets showed them missed, each written here
 * with made-up people, employers and wording, so the answer is known.
 */

describe('"Month YYYY – Month YYYY: Employer" over a table of dated "Title, Unit" rows', () => {
  const history = (secondEmployer: string) => [
    ...EXPERIENCE_HEAD,
    'May 2019 – Present: Sorano Foods, Inc.',
    'Business: frozen food e-commerce / Employees: approx. 400',
    '',
    'Period    Duties',
    '',
    'June 2022 – Present    Engineering Manager, Storefront Group (7 members)',
    'Runs the storefront services in Go.',
    '',
    'May 2019 – May 2022    Senior Engineer, Storefront Group',
    'Built the search service in Go.',
    '',
    `February 2012 – April 2019: ${secondEmployer}`,
    'Business: logistics software / Employees: approx. 1,800',
    '',
    'Period    Duties',
    '',
    'April 2015 – April 2019    Engineer, Routing Group',
    'Route planning in Java.',
    '',
    'February 2012 – March 2015    Associate Engineer, Routing Group',
    'Batch jobs in Java.',
  ];

  it.each([
    ['Tsukimi Logistics Co., Ltd. (now Tsukimi Holdings, Inc.)', 'Tsukimi Logistics Co., Ltd.'],
    ['Tsukimi Logistics, Inc.', 'Tsukimi Logistics, Inc.'],
  ])(
    '"%s" heads an entry of its own: its rows are its positions, each group their team',
    async (written, name) => {
      const result = await extractText(history(written).join('\n'));
      expect(positions(result)).toEqual([
        position('Sorano Foods, Inc.', 'Engineering Manager', '2022-06', 'present'),
        position('Sorano Foods, Inc.', 'Senior Engineer', '2019-05', '2022-05'),
        position(name, 'Engineer', '2015-04', '2019-04'),
        position(name, 'Associate Engineer', '2012-02', '2015-03'),
      ]);
      expect(titlesAndTeams(result)).toEqual([
        { title: 'Engineering Manager', team: 'Storefront Group' },
        { title: 'Senior Engineer', team: 'Storefront Group' },
        { title: 'Engineer', team: 'Routing Group' },
        { title: 'Associate Engineer', team: 'Routing Group' },
      ]);
    },
  );
});

describe('a headcount in brackets after a title', () => {
  it('"(team of 5)" under the title names no team', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Lead Developer (team of 5)',
        'Halberd Insurance',
        'Mar 2020 – Present',
        '- Claims intake in Kotlin.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Halberd Insurance', 'Lead Developer', '2020-03', 'present'),
    ]);
    expect(titlesAndTeams(result)).toEqual([{ title: 'Lead Developer', team: undefined }]);
  });

  it('"(~30 engineers)" after the title on the dated line is no part of the title', async () => {
    expect(
      await positionsOf([
        ...EXPERIENCE_HEAD,
        'Halberd Insurance, Engineering Manager (~30 engineers)    Mar 2020 – Present',
        '- Claims intake in Kotlin.',
      ]),
    ).toEqual([position('Halberd Insurance', 'Engineering Manager', '2020-03', 'present')]);
  });
});

describe('numbered employer lines "(N) Employer   Month YYYY - Month YYYY" over grid tables of their titles', () => {
  const row = (period: string, rest: string, text: string) => [
    `| ${period.padEnd(15)} | ${rest.padEnd(40)} |`,
    `| ${''.padEnd(15)} | ${text.padEnd(40)} |`,
    `+-----------------+------------------------------------------+`,
  ];
  const table = (...rows: string[][]) => [
    '+-----------------+------------------------------------------+',
    `| ${'Period'.padEnd(15)} | ${'Role'.padEnd(40)} |`,
    '+-----------------+------------------------------------------+',
    ...rows.flat(),
  ];
  it('each numbered employer holds the rows under it', async () => {
    const rows = await positionsOf([
      ...EXPERIENCE_HEAD,
      '(1) Gangnam Cargo Co., Ltd.   April 2021 - Present',
      '    Business: freight brokerage',
      '',
      ...table(
        row('2023.02 - now', 'Staff Engineer, Pricing', '- Pricing engine in Kotlin'),
        row('2021.04 - 2023.01', 'Senior Engineer, Pricing', '- Quotes API in Kotlin'),
      ),
      '',
      '(2) Mokpo Webworks Inc.   May 2015 - March 2021',
      '    Business: web agency',
      '',
      ...table(row('2015.05 - 2021.03', 'Web Developer', '- Shop sites in PHP')),
    ]);
    expect(rows).toEqual([
      position('Gangnam Cargo Co., Ltd.', 'Staff Engineer', '2023-02', 'present'),
      position('Gangnam Cargo Co., Ltd.', 'Senior Engineer', '2021-04', '2023-01'),
      position('Mokpo Webworks Inc.', 'Web Developer', '2015-05', '2021-03'),
    ]);
  });
});

describe('"Title in Employer" where the employer opens with a digit', () => {
  it.each(['7Dunes Digital', '99Bricks'])(
    '"Software Engineer in %s, Lahore" names the employer',
    async (employer) => {
      const rows = await positionsOf([
        ...EXPERIENCE_HEAD,
        `Software Engineer in ${employer}, Lahore`,
        'January 2020 – Till Date',
        '• Booking APIs in Node.js.',
        '',
        'Intern in Ravi Softworks, Lahore',
        'June 2019 – August 2019',
        '• Test scripts in Python.',
      ]);
      expect(rows).toEqual([
        position(employer, 'Software Engineer', '2020-01', 'present'),
        position('Ravi Softworks', 'Intern', '2019-06', '2019-08'),
      ]);
    },
  );

  it('"Engineer in 2019" names a year, no employer', async () => {
    const rows = await positionsOf([
      ...EXPERIENCE_HEAD,
      'Senior Engineer',
      'Kestrel Freight',
      'March 2017 – Present',
      '- Became Senior Engineer in 2019 after two years as an engineer.',
    ]);
    expect(rows).toEqual([position('Kestrel Freight', 'Senior Engineer', '2017-03', 'present')]);
  });
});

describe('an employer in sentence case with its legal form, under a dated title', () => {
  it('each "Employer, a.s., City" line names its own employer', async () => {
    const rows = await positionsOf([
      ...EXPERIENCE_HEAD,
      '03/2021 – súčasnosť    Vedúci tímu',
      'Liptovská energetika, a.s., Ružomberok',
      'Náplň práce:',
      'vedenie tímu, návrh služieb v Jave',
      '',
      '01/2016 – 02/2021    Java vývojár',
      'Oravské stavby, s.r.o., Dolný Kubín',
      'Náplň práce:',
      'vývoj rozpočtového systému v Jave',
    ]);
    expect(rows).toEqual([
      position('Liptovská energetika, a.s.', 'Vedúci tímu', '2021-03', 'present'),
      position('Oravské stavby, s.r.o.', 'Java vývojár', '2016-01', '2021-02'),
    ]);
  });
});

describe('a heading led by one year among headings led by ranges', () => {
  it('"### 2016 · Employer" over a title in bold heads a job of its own', async () => {
    const rows = await positionsOf(
      [
        '# Ines Okafor',
        '',
        '## Experience',
        '',
        '### 2019 – present · Lough Derg Software, Nenagh',
        '',
        '**Backend Engineer**',
        '',
        '- Billing services in Go.',
        '',
        '### 2018 · Shannon Mapping',
        '',
        '**Software Intern**',
        '',
        '- Tile rendering in Python.',
      ],
      'resume.md',
    );
    expect(rows).toEqual([
      position('Lough Derg Software', 'Backend Engineer', '2019', 'present'),
      position('Shannon Mapping', 'Software Intern', '2018', '2018'),
    ]);
  });
});

describe('what a bracket beside the dates says of the job', () => {
  it('"Freelance - 2016 to 2018 (alongside school)" names no employer', async () => {
    const rows = await positionsOf([
      ...EXPERIENCE_HEAD,
      'Ardmore Credit Union - Dungarvan',
      'IT Support Officer                  Sept 2018 - Aug 2019',
      '  - Desktop support and the branch network.',
      '',
      'Freelance - 2016 to 2018 (alongside school and a weekend job)',
      '  - Websites for two local clubs in WordPress.',
    ]);
    expect(rows).toEqual([position('Ardmore Credit Union', 'IT Support Officer', '2018-09', '2019-08')]);
  });
});

describe('parental leave as Czech and Slovak CVs write it', () => {
  it.each(['Materská a rodičovská dovolenka', 'Mateřská dovolená', 'Rodičovská dovolenka'])(
    '"%s" over its dates adds no position',
    async (leave) => {
      const rows = await positionsOf([
        ...EXPERIENCE_HEAD,
        '09/2021 – súčasnosť    Senior Java vývojárka',
        'Hronská banka, a.s., Banská Bystrica',
        '',
        `05/2019 – 08/2021    ${leave}`,
        '',
        '03/2014 – 04/2019    Java vývojárka',
        'Hronská banka, a.s., Banská Bystrica',
      ]);
      expect(rows).toEqual([
        position('Hronská banka, a.s.', 'Senior Java vývojárka', '2021-09', 'present'),
        position('Hronská banka, a.s.', 'Java vývojárka', '2014-03', '2019-04'),
      ]);
    },
  );
});
