import { describe, expect, it } from 'vitest';
import { educationOf, extractText, resultRoleRows } from './extract-text.js';

/**
 * Session 24 (issue 10): kinds of engagement that are no position at an employer. Invented people, employers and
 * places; each case is a general convention of résumés, in several layouts.
 */

/** The names of a result's projects (work outside positions). */
function projectNames(result: Awaited<ReturnType<typeof extractText>>): (string | undefined)[] {
  return (result.resume.projects ?? []).map((project) => project.name);
}

describe('national service laid out as a job', () => {
  it.each([
    [
      '2016–2017    NYSC, Government Girls College, Gombe',
      'a year column and the scheme where the title goes',
    ],
    [
      'National Youth Service Corps — Ondo State Ministry of Works    Aug 2015 – Jul 2016',
      'the scheme spelled out',
    ],
    ['Zivildienst, Kreiskrankenhaus Uelzen    09/2008 – 05/2009', 'Germany’s civilian service'],
    ['Service civique — Mairie de Saint-Brieuc    2014 – 2015', 'France’s civic service'],
  ])('"%s" (%s) is no position', async (header) => {
    const result = await extractText(
      [
        'Tobiloba Adeyemi-Marsh',
        'tobi.am@example.org',
        '',
        'Experience',
        '2018 – 2022    Systems Engineer, Harbourline Bank, Lagos',
        'Linux and Ansible for the core banking hosts.',
        '',
        header,
        'Taught computer studies to senior classes.',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Harbourline Bank', 'Systems Engineer', '2018', '2022']]);
  });

  it('keeps a posting whose title names the scheme only in brackets', async () => {
    const result = await extractText(
      [
        'Kwesi Arthur-Mensah',
        '',
        'Experience',
        'IT Officer (National Service), Volta Water Board, Ho    Sep 2016 – Aug 2017',
        '- PHP reports for the billing office.',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Volta Water Board', 'IT Officer', '2016-09', '2017-08']]);
  });
});

describe('a university co-op programme written before the employer', () => {
  it.each([
    [
      'Kessler University Co-op: Orrin Valve Controls Inc.    Dayton, OH',
      'SOFTWARE CO-OP    Terms 2014 - 2016',
    ],
    [
      'Lakehead Institute of Technology Co-op Program — Brantwood Robotics Ltd.',
      'Firmware Co-op, Terms 2014 - 2016',
    ],
    ['Co-op Placement: Orrin Valve Controls Inc.', 'Software Co-op    2014 - 2016'],
  ])('"%s" places the student at the employer', async (programme, title) => {
    const result = await extractText(
      [
        'Dale Wiersma',
        'dale.w@example.org',
        '',
        'Experience',
        'Marrow Automotive    Detroit, MI',
        'EMBEDDED ENGINEER    Jun 2016 - Present',
        'AUTOSAR drivers in C for body controllers.',
        programme,
        title,
        'Test benches in LabVIEW.',
      ].join('\n'),
    );
    const employer = programme.includes('Brantwood')
      ? 'Brantwood Robotics Ltd.'
      : 'Orrin Valve Controls Inc.';
    const rows = resultRoleRows(result);
    expect(rows[0]).toEqual(['Marrow Automotive', 'EMBEDDED ENGINEER', '2016-06', 'present']);
    expect(rows[1]?.[0]).toBe(employer);
    expect(rows[1]?.slice(2)).toEqual(['2014', '2016']);
    expect(rows).toHaveLength(2);
  });
});

describe('freelance work that names no client', () => {
  it.each([
    ['Content Writer (Freelance) at Upwork, Remote', 'Content Writer'],
    ['Freelance Illustrator | Fiverr | 2015 – 2017', 'Freelance Illustrator'],
    ['Web Developer (freelance) via Toptal', 'Web Developer'],
  ])('"%s" is work through a marketplace: a project, no employer', async (header, name) => {
    const result = await extractText(
      [
        'Corazon Malabanan',
        'corazon.m@example.org',
        '',
        'Experience',
        'Technical Writer at Bayview Software, Cebu',
        'Jun 2019 — Present',
        'API guides in Markdown and Sphinx.',
        '',
        header,
        ...(/\d{4}/u.test(header) ? [] : ['Jun 2015 — Mar 2017']),
        'Blog posts and how-to guides for small companies, drafted in WordPress.',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Bayview Software', 'Technical Writer', '2019-06', 'present']]);
    expect(projectNames(result)).toContain(name);
  });

  it.each([
    [
      '2019 - 2022\tFreelance web developer, Luganville',
      'Sites and shops for about 30 clients, mostly resorts; WordPress and PHP.',
    ],
    ['Freelance Designer, Mbabane    2018 – 2020', 'Logos and brochures for various clients in Figma.'],
    [
      'Programista freelancer, Lubrin    2017 – 2019',
      'Sklepy internetowe dla kilkunastu klientów; PHP i WordPress.',
    ],
  ])('"%s" names a place, and many clients: a project, no employer', async (header, body) => {
    const result = await extractText(
      [
        'Rodrigue Kalsakau',
        '',
        'Experience',
        '2022 - now\tWeb Developer, Telecom Efate Limited, Luganville',
        '\t\tThe customer portal in Laravel.',
        '',
        header,
        `\t\t${body}`,
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Telecom Efate Limited', 'Web Developer', '2022', 'present']]);
    expect(projectNames(result)).toHaveLength(1);
  });

  it('keeps a freelance engagement at a named client as a position there', async () => {
    const result = await extractText(
      [
        'Rodrigue Kalsakau',
        '',
        'Experience',
        'Freelance Developer, Halcyon Resorts Ltd, Luganville    2019 – 2022',
        'Booking system in PHP.',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Halcyon Resorts Ltd', 'Freelance Developer', '2019', '2022']]);
  });

  it('reads a heading "Freelance (since 2022)" over a table of clients as no position of its own', async () => {
    const result = await extractText(
      [
        '# Dorinda Isenia',
        '',
        '## 💼 Freelance (since 2021)',
        '',
        'Independent consultant under my own name. Engagements:',
        '',
        '| Client | Role | When | What I did |',
        '| --- | --- | --- | --- |',
        '| Kralendijk Water N.V. | ERP consultant | Mar 2023 – Nov 2024 | Dynamics 365 Finance roll-out |',
        '| Bonaire Freight | Power Platform developer | Jun 2021 – Feb 2023 | Power Apps for the depot |',
        '',
        '## 🏢 Before that',
        '',
        '### Isla Retail — Kralendijk',
        '',
        '**Business Analyst** · Feb 2017 – May 2021',
        '',
        '- Requirements and SQL Server reports.',
      ].join('\n'),
      'cv.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Kralendijk Water N.V.', 'ERP consultant', '2023-03', '2024-11'],
      ['Bonaire Freight', 'Power Platform developer', '2021-06', '2023-02'],
      ['Isla Retail', 'Business Analyst', '2017-02', '2021-05'],
    ]);
  });
});

describe('a certification listed under Education', () => {
  it('is no school: neither the certificate nor its issuer', async () => {
    const entries = await educationOf(
      'Master of Science in Software Engineering, University of Vessmark, 2016 – 2018',
      '',
      '[ 2023 ]',
      'Microsoft Certified: Power BI Data Analyst Associate',
      'Microsoft',
      '',
      '2021',
      'AWS Certified Solutions Architect – Associate',
      'Amazon Web Services',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['University of Vessmark']);
  });
});

describe("a consultant's table of engagements", () => {
  it.each([
    [
      'Spanish',
      '| Cliente | Rol | Periodo | Qué hice |',
      '| Aguas de Kralendijk S.A. | Consultora ERP | 03/2023 – 11/2024 | Dynamics 365 Finance |',
      '| Fletes Bonaire | Desarrolladora Power Platform | 06/2021 – 02/2023 | Power Apps |',
    ],
    [
      'Polish',
      '| Klient | Rola | Okres | Zakres prac |',
      '| Aguas de Kralendijk S.A. | Consultora ERP | 03.2023 – 11.2024 | Migracja do Kafka |',
      '| Fletes Bonaire | Desarrolladora Power Platform | 06.2021 – 02.2023 | Spring Boot |',
    ],
    [
      'German',
      '| Auftraggeber | Rolle | Zeitraum | Aufgaben |',
      '| Aguas de Kralendijk S.A. | Consultora ERP | 03/2023 – 11/2024 | SAP-Migration |',
      '| Fletes Bonaire | Desarrolladora Power Platform | 06/2021 – 02/2023 | Power Apps |',
    ],
  ])('reads a %s table: a position at each client', async (_language, header, ...rows) => {
    const result = await extractText(
      ['# Dorinda Isenia', '', '## Freelance', '', header, '| --- | --- | --- | --- |', ...rows].join('\n'),
      'cv.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Aguas de Kralendijk S.A.', 'Consultora ERP', '2023-03', '2024-11'],
      ['Fletes Bonaire', 'Desarrolladora Power Platform', '2021-06', '2023-02'],
    ]);
  });
});
