import { describe, expect, it } from 'vitest';
import { isLocation } from '../../../src/extract/vocabulary.js';
import { EXPERIENCE_HEAD, extractText, position, positions } from './extract-text.js';

/**
 * Session 35 (xrole35): entry headers in text, Markdown and Word as the development sets showed them missed, each
 * written here with made-up people, employers and wording, so the answer is known.
 */

describe('a bracket after an employer', () => {
  const header = (employer: string) => [
    ...EXPERIENCE_HEAD,
    `Senior Backend Engineer at ${employer}`,
    '2021.03 ~ Present',
    ' * Payment services in Kotlin.',
    '',
    'Backend Engineer at Orvel Systems',
    '2018.01 ~ 2021.02',
    ' * Batch jobs in Java.',
  ];

  it.each([
    // A shorter name after the registered one: its brand or its group, written with it.
    ['Halden Freight Holdings Inc. (Haldy)', 'Halden Freight Holdings Inc. (Haldy)'],
    ['Norrvik Bank Corporation (Norrvik Bank)', 'Norrvik Bank Corporation (Norrvik Bank)'],
    // A longer name spells out what the name before stands for; capitals only are its short form.
    ['KTS (Kestrel Transport Systems)', 'KTS'],
    ['Kestrel Transport Systems (KTS)', 'Kestrel Transport Systems'],
    // A place, how the job was held, a sector, a remark: no name.
    ['Halden Freight Holdings Inc. (Remote)', 'Halden Freight Holdings Inc.'],
    ['Halden Freight Holdings Inc. (Contract)', 'Halden Freight Holdings Inc.'],
    ['Halden Freight Holdings Inc. (Logistics)', 'Halden Freight Holdings Inc.'],
    ['Halden Freight Holdings Inc. (Now part of Norrvik)', 'Halden Freight Holdings Inc.'],
    // One word after a name with no legal form is as likely a town.
    ['Halden Freight (Tromsø)', 'Halden Freight'],
    ['Halden Freight (Skarvik)', 'Halden Freight'],
  ])('"%s" is the employer "%s"', async (written, employer) => {
    expect(positions(await extractText(header(written).join('\n')))).toEqual([
      position(employer, 'Senior Backend Engineer', '2021-03', 'present'),
      position('Orvel Systems', 'Backend Engineer', '2018-01', '2021-02'),
    ]);
  });

  it('keeps the brand after an employer heading a Markdown entry', async () => {
    const text = [
      '# Ana Pereira',
      '',
      '## Experience',
      '',
      '### Senior Backend Engineer · Lumera Pagamentos S.A. (LumeraPay)',
      '',
      '**Mar 2021 → now** · Lisboa',
      '',
      '- Payment services in Kotlin.',
    ].join('\n');
    expect(positions(await extractText(text, 'resume.md'))).toEqual([
      position('Lumera Pagamentos S.A. (LumeraPay)', 'Senior Backend Engineer', '2021-03', 'present'),
    ]);
  });
});

describe('a bracket after a title that is no part of it', () => {
  it('reads a role taken on inside the job, with its own "since", as a remark: neither the title nor the dates', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Halden Freight AS — Tromsø',
      'Software Engineer (team lead since 2023)',
      'March 2021 – present',
      '- Services in Kotlin.',
      '',
      'Orvel Systems — Bergen',
      'Entwickler (Teamleiter seit 2019)',
      'June 2016 – February 2021',
      '- Java.',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Halden Freight AS', 'Software Engineer', '2021-03', 'present'),
      position('Orvel Systems', 'Entwickler', '2016-06', '2021-02'),
    ]);
  });

  it.each([
    ['Backend Developer (traineeship)', 'Backend Developer'],
    ['Data Analyst (graduate programme)', 'Data Analyst'],
    ['Auszubildender (Kaufmann für Büromanagement)', 'Auszubildender'],
    ['Apprentice Electrician (City & Guilds Level 3)', 'Apprentice Electrician'],
    // A specialty in brackets is the title's own, and so is a bracket after a title that names no apprentice.
    ['Software Engineer (Payments)', 'Software Engineer (Payments)'],
    ['Research Assistant (Data Science)', 'Research Assistant (Data Science)'],
  ])('"%s, Employer" holds the title "%s"', async (written, title) => {
    const text = [...EXPERIENCE_HEAD, `${written}, Orvel Systems GmbH`, '06/2016 – 02/2021', '- Java.'].join(
      '\n',
    );
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems GmbH', title, '2016-06', '2021-02'),
    ]);
  });
});

describe('a labelled line listing the titles held at one employer', () => {
  it.each([
    ['Roles', '03/2015 – 05/2017', '06/2017 – 06/2019'],
    ['Cargos', '03/2015 a 05/2017', '06/2017 a 06/2019'],
    ['Positionen', '03/2015 – 05/2017', '06/2017 – 06/2019'],
    ['Ruoli', '03/2015 – 05/2017', '06/2017 – 06/2019'],
  ])(
    '"%s: Title (dates); Title (dates)" is a position for each title, the label no employer',
    async (label, first, second) => {
      const text = [
        ...EXPERIENCE_HEAD,
        'Orvel Systems GmbH – 03/2015 – 06/2019',
        `${label}: Junior Developer (${first}); Developer (${second})`,
        '- Java services.',
      ].join('\n');
      expect(positions(await extractText(text))).toEqual([
        position('Orvel Systems GmbH', 'Junior Developer', '2015-03', '2017-05'),
        position('Orvel Systems GmbH', 'Developer', '2017-06', '2019-06'),
      ]);
    },
  );

  it('leaves a labelled line whose label names no title as it was', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Junior Developer, Orvel Systems GmbH',
      '03/2015 – 06/2019',
      'Projects: Billing (2015 – 2016); Routing (2017 – 2019)',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems GmbH', 'Junior Developer', '2015-03', '2019-06'),
    ]);
  });
});

describe('Markdown headings "### Title · Employer" over their dates', () => {
  const page = (last: string) =>
    [
      '# Anna Visser',
      '',
      '## Work',
      '',
      '### Backend Developer · Halden Freight',
      '',
      '**Jun 2023 → now** · Utrecht',
      '',
      '- Kotlin services.',
      '',
      '### Junior Developer · Orvel',
      '',
      '**Sep 2021 → May 2023** · Vianen',
      '',
      '- Java services.',
      '',
      last,
      '',
      '**Aug 2014 → Dec 2020** · Tiel',
      '',
      '- Eight years there.',
    ].join('\n');

  it.each([
    // Words no vocabulary knows as a title, beside a name with no evidence: the heading still opens an entry.
    ['### Verpleegkundige · Ziekenhuis Noordwaard', 'Ziekenhuis Noordwaard', 'Verpleegkundige'],
    // A school's name read as an employer's line over its dates: the layout of the other headings puts the title first.
    ['### Docent biologie · Stedelijk Gymnasium Tiel', 'Stedelijk Gymnasium Tiel', 'Docent biologie'],
  ])('"%s" among them is a position at "%s" titled "%s"', async (heading, employer, title) => {
    expect(positions(await extractText(page(heading), 'resume.md'))).toEqual([
      position('Halden Freight', 'Backend Developer', '2023-06', 'present'),
      position('Orvel', 'Junior Developer', '2021-09', '2023-05'),
      position(employer, title, '2014-08', '2020-12'),
    ]);
  });
});

describe('Markdown "### Employer" over "**Title**" over "*dates · Town*"', () => {
  it('reads each title under the heading as a position there, the town after the dates as where', async () => {
    const text = [
      '# Lucía Pardo',
      '',
      '## Experiencia',
      '',
      '### Banco Andino S.A.',
      '',
      '**Ingeniera de Datos Senior** — Tribu de Pagos',
      '*Febrero de 2024 – Actualidad · Medellín*',
      '',
      '- Pipelines en PySpark.',
      '',
      '**Ingeniera de Datos**',
      '*Julio de 2021 – Enero de 2024 · Medellín, remoto*',
      '',
      '- Modelos en dbt.',
      '',
      '### Orvel Consulting',
      '',
      '**Data Engineer** (proyecto para un cliente del sector retail en EE. UU.)',
      '*Marzo de 2020 – Junio de 2021 · Bogotá*',
      '',
      '- Kafka hacia BigQuery.',
    ].join('\n');
    const result = await extractText(text, 'resume.md');
    expect(positions(result)).toEqual([
      position('Banco Andino S.A.', 'Ingeniera de Datos Senior', '2024-02', 'present'),
      position('Banco Andino S.A.', 'Ingeniera de Datos', '2021-07', '2024-01'),
      position('Orvel Consulting', 'Data Engineer', '2020-03', '2021-06'),
    ]);
    expect(
      (result.resume.work ?? []).flatMap((work) => (work.positions ?? []).map((held) => held.team ?? null)),
    ).toEqual(['Tribu de Pagos', null, null]);
  });
});

describe('a retraining period in the experience', () => {
  it.each([
    [['Retraining - data analysis', '09/2015 - 06/2016']],
    [['Umschulung zum Kaufmann für IT-Systemmanagement', 'IHK Kestrel, 09/2015 – 06/2016']],
    [['Omscholing', 'Techschool Noord · 09/2015 - 06/2016']],
    [['Reconversión profesional', '09/2015 - 06/2016']],
  ])('%j between two jobs is no position', async (period) => {
    const text = [
      ...EXPERIENCE_HEAD,
      'QA Engineer at Orvel Systems',
      '07/2016 - 02/2021',
      '- Test automation in Java.',
      '',
      ...period,
      '- Six months full time.',
      '',
      'Warehouse Supervisor at Halden Freight',
      '04/2012 - 08/2015',
      '- Night shifts.',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems', 'QA Engineer', '2016-07', '2021-02'),
      position('Halden Freight', 'Warehouse Supervisor', '2012-04', '2015-08'),
    ]);
  });

  it('keeps a job whose title only mentions training', async () => {
    const text = [...EXPERIENCE_HEAD, 'Training Coordinator at Orvel Systems', '07/2016 - 02/2021'].join(
      '\n',
    );
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems', 'Training Coordinator', '2016-07', '2021-02'),
    ]);
  });
});

describe('a title with its field after a comma, as a country code writes it', () => {
  it('reads "Word, IT" over "Employer · Town" over the dates as the title', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Systemutvecklare',
      'Orvel Systems AB · Umeå',
      'september 2018 - juli 2021',
      'Fastighetssystem i Java.',
      '',
      'Studentassistent, IT',
      'Halden Högskola · Göteborg',
      'september 2015 - juni 2017',
      'Support och skript.',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Systems AB', 'Systemutvecklare', '2018-09', '2021-07'),
      position('Halden Högskola', 'Studentassistent, IT', '2015-09', '2017-06'),
    ]);
  });

  it.each([
    ['Studentassistent, IT', false],
    ['Assistentin, HR', false],
    ['Verona, IT', true],
    ['Zagreb, HR', true],
    ['Austin, TX', true],
  ])('isLocation("%s") is %s', (text, expected) => {
    expect(isLocation(text)).toBe(expected);
  });
});

describe("a research grant's holder", () => {
  it('reads "Borsista di ricerca" under a university and its department as a post there, after the job above', async () => {
    const text = [
      ...EXPERIENCE_HEAD,
      'Orvel Consulting S.r.l. — Torino',
      'Consultant',
      'Settembre 2015 – Dicembre 2019',
      'Sviluppo di API in Java.',
      'Università di Kestrel — Dipartimento di Fisica — Kestrel',
      'Borsista di ricerca',
      'Marzo 2014 – Agosto 2015',
      'Analisi di dati in Python.',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Orvel Consulting S.r.l.', 'Consultant', '2015-09', '2019-12'),
      position('Università di Kestrel', 'Borsista di ricerca', '2014-03', '2015-08'),
    ]);
  });
});

describe('a title no vocabulary knows, followed by how the job was held', () => {
  it.each([
    ['Staplerfahrer (befristet), Halden Logistik GmbH, Bremen', 'Staplerfahrer'],
    ['Staplerfahrerin (Teilzeit), Halden Logistik GmbH, Bremen', 'Staplerfahrerin'],
  ])('"%s" holds the title "%s" before the employer named by its legal form', async (header, title) => {
    const text = [...EXPERIENCE_HEAD, header, '06/2011 – 08/2015', '- Wareneingang.'].join('\n');
    expect(positions(await extractText(text))).toEqual([
      position('Halden Logistik GmbH', title, '2011-06', '2015-08'),
    ]);
  });
});
