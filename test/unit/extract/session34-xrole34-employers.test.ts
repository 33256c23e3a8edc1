import { describe, expect, it } from 'vitest';
import { EXPERIENCE_HEAD, position, positionsOf } from './extract-text.js';

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
      expect(await positionsOf(history(written))).toEqual([
        position('Sorano Foods, Inc.', 'Engineering Manager', '2022-06', 'present'),
        position('Sorano Foods, Inc.', 'Senior Engineer', '2019-05', '2022-05'),
        position(name, 'Engineer', '2015-04', '2019-04'),
        position(name, 'Associate Engineer', '2012-02', '2015-03'),
      ]);
    },
  );
});

describe('a headcount in brackets after a title', () => {
  it.each(['(12 members)', '(team of 5)', '(~30 engineers)', '(4 direct reports)'])(
    '"%s" names no employer',
    async (headcount) => {
      const rows = await positionsOf([
        ...EXPERIENCE_HEAD,
        `Lead Developer, Claims Squad ${headcount}`,
        'Halberd Insurance',
        'Mar 2020 – Present',
        '- Claims intake in Kotlin.',
      ]);
      expect(rows).toEqual([position('Halberd Insurance', 'Lead Developer', '2020-03', 'present')]);
    },
  );
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

describe("a portal's job as title, employer, area and town over its dates", () => {
  it("the dates four lines under the title are that job's: one position, not two", async () => {
    const rows = await positionsOf([
      ...EXPERIENCE_HEAD,
      'Analista de Datos Senior',
      'Banco Rioplatense',
      'Banca y Finanzas | Análisis de datos',
      'Rosario, Argentina',
      'mar. 2021 - Actualidad',
      'Modelos de riesgo en Python y tableros en Power BI.',
      '',
      'Analista de Datos Junior',
      'Mercado Pampeano',
      'Consumo Masivo | Análisis de datos',
      'Rosario, Argentina',
      'feb. 2018 - feb. 2021',
      'Reportes de ventas en SQL Server.',
    ]);
    expect(rows).toEqual([
      position('Banco Rioplatense', 'Analista de Datos Senior', '2021-03', 'present'),
      position('Mercado Pampeano', 'Analista de Datos Junior', '2018-02', '2021-02'),
    ]);
  });
});

describe('a profile\'s stacks of title, employer, "dates · length" and town', () => {
  const stack = (title: string, employer: string, dates: string, text: string) => [
    title,
    employer,
    dates,
    'Cork, Ireland',
    text,
    '',
  ];
  it.each(['Sous Chef', 'Pastry Chef', 'Head Brewer'])(
    'a title no word of the vocabulary knows ("%s") heads its stack as the others do',
    async (title) => {
      const rows = await positionsOf([
        ...EXPERIENCE_HEAD,
        ...stack(
          'Frontend Developer',
          'Lee Valley Tickets',
          'Apr 2021 - Today · 4 yrs 8 mos',
          'Ticketing pages.',
        ),
        ...stack(
          'Junior Developer',
          'Lee Valley Tickets',
          'Jan 2019 - Mar 2021 · 2 yrs 3 mos',
          'Admin screens.',
        ),
        ...stack(title, 'Shandon Kitchen', 'Feb 2014 - Dec 2018 · 4 yrs 11 mos', 'Ran the section.'),
      ]);
      expect(rows).toEqual([
        position('Lee Valley Tickets', 'Frontend Developer', '2021-04', 'present'),
        position('Lee Valley Tickets', 'Junior Developer', '2019-01', '2021-03'),
        position('Shandon Kitchen', title, '2014-02', '2018-12'),
      ]);
    },
  );
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
