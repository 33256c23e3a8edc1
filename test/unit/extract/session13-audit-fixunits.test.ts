import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText } from './extract-text.js';

/** Each position with the fields a unit or client changes: employer, title, team, place, dates, technologies. */
function roles(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      team: position.team,
      location: position.location,
      startDate: position.startDate,
      endDate: position.endDate,
      current: position.current,
      technologies: position.technologies ?? [],
    })),
  );
}

/** Two clients' roles, each dated, as a freelancer lists them. */
const CLIENT_ROLES = [
  'Backend Developer, Fooble (Jan 2018 – Dec 2019)',
  '• Payment APIs in Python.',
  'Backend Developer, Quuxly (Jan 2020 – Present)',
  '• Services in Node.js.',
];

/** The two roles of CLIENT_ROLES as the document states them, each at its client, done at `location`. */
function clientRoles(location: { city: string } | undefined) {
  return [
    {
      company: 'Fooble',
      title: 'Backend Developer',
      team: undefined,
      location,
      startDate: '2018-01',
      endDate: '2019-12',
      current: undefined,
      technologies: ['Python'],
    },
    {
      company: 'Quuxly',
      title: 'Backend Developer',
      team: undefined,
      location,
      startDate: '2020-01',
      endDate: undefined,
      current: true,
      technologies: ['Node.js'],
    },
  ];
}

describe('fixunits: every title under a dated employer line', () => {
  it("reads the name after each title's comma as its unit at the employer, not only under the first title", async () => {
    const result = await extractText(
      [
        'Nino Beridze',
        '',
        'EXPERIENCE',
        'TBC Bank — Tbilisi   Sep 2020 – Present',
        'Senior Data Analyst, Retail Analytics (Mar 2022 – Present)',
        '• Churn models in Python.',
        'Data Analyst, Risk Reporting (Sep 2020 – Feb 2022)',
        '• Dashboards in Tableau.',
        '',
        'Bank of Georgia — Tbilisi   Jan 2017 – Aug 2020',
        'Reporting Analyst',
        '• Reports in SQL.',
      ].join('\n'),
    );
    expect(roles(result)).toEqual([
      {
        company: 'TBC Bank',
        title: 'Senior Data Analyst',
        team: 'Retail Analytics',
        location: { city: 'Tbilisi' },
        startDate: '2022-03',
        endDate: undefined,
        current: true,
        technologies: ['Python'],
      },
      {
        company: 'TBC Bank',
        title: 'Data Analyst',
        team: 'Risk Reporting',
        location: { city: 'Tbilisi' },
        startDate: '2020-09',
        endDate: '2022-02',
        current: undefined,
        technologies: ['Tableau'],
      },
      {
        company: 'Bank of Georgia',
        title: 'Reporting Analyst',
        team: undefined,
        location: { city: 'Tbilisi' },
        startDate: '2017-01',
        endDate: '2020-08',
        current: undefined,
        technologies: ['SQL'],
      },
    ]);
  });

  it('keeps the names under a "Freelance — <place>" line as clients, each its own employer, and the place as theirs', async () => {
    const result = await extractText(
      ['Max Braun', '', 'EXPERIENCE', 'Freelance — Berlin   Jan 2018 – Present', ...CLIENT_ROLES].join('\n'),
    );
    expect(roles(result)).toEqual(clientRoles({ city: 'Berlin' }));
  });

  it('reads no unit under a dated line that names a place, not an employer', async () => {
    const result = await extractText(
      ['Max Braun', '', 'EXPERIENCE', 'London, UK   Jan 2018 – Present', ...CLIENT_ROLES].join('\n'),
    );
    expect(roles(result)).toEqual(clientRoles(undefined));
  });
});
