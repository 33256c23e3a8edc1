import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

describe('experience entries', () => {
  it('reads a double hyphen between employer and title as a dash', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Spotify -- Data Engineer',
        'Mar 2019 - Jun 2022, Stockholm',
        '  - Scio pipelines',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Spotify',
        title: 'Data Engineer',
        startDate: '2019-03',
        endDate: '2022-06',
        current: undefined,
      },
    ]);
  });

  it('records no position for a sabbatical, a career break, leave or national service', async () => {
    const result = await extractText(
      [
        'Military service:    Completed (Finnish Navy, 2008 – 2009)',
        '',
        'Experience',
        '',
        'Wolt -- Backend Engineer',
        'Jan 2021 - present, Helsinki',
        '  - Courier dispatch in Python',
        '',
        'Parental leave',
        'Feb 2020 - Dec 2020',
        '  Looked after our daughter.',
        '',
        'Sabbatical — Jun 2019 - Jan 2020',
        '  Cycled across South America.',
        '',
        'Supercell -- Server Developer',
        'Aug 2015 - May 2019, Helsinki',
        '  - Game servers in Java',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      { company: 'Wolt', title: 'Backend Engineer', startDate: '2021-01', endDate: undefined, current: true },
      {
        company: 'Supercell',
        title: 'Server Developer',
        startDate: '2015-08',
        endDate: '2019-05',
        current: undefined,
      },
    ]);
  });

  it('reads a place named down to its country as one location, and a page number as no text', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Indeed',
        '',
        'Principal Engineer',
        'March 2020 - Present (5 years)',
        'Austin, Texas, United States',
        'Job search on Elasticsearch.',
        '',
        'Page 1 of 2',
        '',
        'Senior Engineer',
        'May 2016 - March 2020 (3 years 10 months)',
        'Austin, Texas, United States',
        'Employer pages in React.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Indeed',
        title: 'Principal Engineer',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Indeed',
        title: 'Senior Engineer',
        startDate: '2016-05',
        endDate: '2020-03',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.[0]?.positions?.map((position) => position.location)).toEqual([
      'Austin, Texas, United States',
      'Austin, Texas, United States',
    ]);
  });

  it("keeps a section's name set under a job's heading, more quietly, inside that job", async () => {
    const result = await extractText(
      [
        '# Experience',
        '## Platform Engineer',
        'Department of Transport, Perth',
        'March 2019 – current',
        '**Key responsibilities**',
        '- Ticketing APIs in Kotlin',
        '**Achievements**',
        '- Moved fares to Kafka',
        '## Data Analyst',
        'Western Australian Bureau of Meteorology, Perth',
        'January 2016 – February 2019',
        '**Achievements**',
        '- Forecast dashboards in Tableau',
        '# Education',
        'Curtin University — B.Sc. Computing, 2015',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Department of Transport',
        title: 'Platform Engineer',
        startDate: '2019-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Western Australian Bureau of Meteorology',
        title: 'Data Analyst',
        startDate: '2016-01',
        endDate: '2019-02',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.map((work) => work.positions?.[0]?.technologies)).toEqual([
      ['Kotlin', 'Kafka'],
      ['Tableau'],
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Curtin University']);
  });

  it("reads a freelancer's assignments: brand names in lower case, engagement brackets, availability", async () => {
    const result = await extractText(
      [
        'ANNA BERG',
        'Freelance Frontend Engineer',
        'anna@berg.dev | Available from 1 March 2026, 4 days a week',
        '',
        'ASSIGNMENTS',
        '',
        'Zalando, Berlin',
        'Frontend Engineer (contract via Malt) | Jan 2024 - present',
        '- Checkout in React',
        '',
        'trivago, Düsseldorf',
        'UI Engineer (end-of-studies internship) | Mar 2019 - Aug 2019',
        '- Hotel search filters in Vue',
        '',
        'mobile.de, Berlin',
        'Software Engineer (Frontend) | 2020 - 2023',
        '- Listing pages in TypeScript',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Zalando',
        title: 'Frontend Engineer',
        startDate: '2024-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'trivago',
        title: 'UI Engineer',
        startDate: '2019-03',
        endDate: '2019-08',
        current: undefined,
      },
      {
        company: 'mobile.de',
        title: 'Software Engineer (Frontend)',
        startDate: '2020',
        endDate: '2023',
        current: undefined,
      },
    ]);
  });

  it("gives the lines under a heading that repeats a table row's employer to that row's position", async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '| When | Where | Role |',
        '| --- | --- | --- |',
        '| Jan 2021 – now | Klarna, Stockholm | Staff Engineer |',
        '| Jun 2017 – Dec 2020 | Spotify, Stockholm | Backend Engineer |',
        '',
        '### Klarna',
        '- Checkout risk service in **Kotlin** on **AWS**',
        '',
        '### Spotify',
        '- Playlist APIs in **Java** and **Cassandra**',
      ].join('\n'),
      'resume.md',
    );
    expect(
      result.resume.work?.map((work) => [
        work.name,
        work.positions?.map((position) => position.technologies),
      ]),
    ).toEqual([
      ['Klarna', [['Kotlin', 'AWS']]],
      ['Spotify', [['Java', 'Cassandra']]],
    ]);
  });

  it("keeps an indented assignment dated within its position's dates inside that position", async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        'Capgemini - Lyon                                        2015 - 2020',
        'Software Engineer',
        '  Assignment for Renault (2017 - 2020): dealer portal',
        '  - Java, Spring Boot',
        '  Assignment for SNCF (2015 - 2017): ticketing back office',
        '  - PHP, Symfony',
        '',
        'Michelin - Clermont-Ferrand                             2013 - 2015',
        'Developer',
        '  - Python tooling',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Capgemini',
        title: 'Software Engineer',
        startDate: '2015',
        endDate: '2020',
        current: undefined,
      },
      { company: 'Michelin', title: 'Developer', startDate: '2013', endDate: '2015', current: undefined },
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toEqual([
      'Java',
      'Spring Boot',
      'PHP',
      'Symfony',
    ]);
  });

  it('reads no field from an engagement bracket between the title and the employer', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Research Engineer · Mistral, Paris',
        'Sep 2023 – now',
        'Inference kernels in CUDA',
        '',
        'Student developer (part-time) · Criteo, Paris',
        'Oct 2021 – Jun 2023',
        'Ten hours a week: bidding service fixes in Scala',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Mistral',
        title: 'Research Engineer',
        startDate: '2023-09',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Criteo',
        title: 'Student developer',
        startDate: '2021-10',
        endDate: '2023-06',
        current: undefined,
      },
    ]);
  });
});
