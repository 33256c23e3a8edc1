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
