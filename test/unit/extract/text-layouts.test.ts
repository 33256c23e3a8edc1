import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { readTextColumns } from '../../../src/extract/text-columns.js';
import { extractText, positions } from './extract-text.js';

/** Layouts plain text takes when engineers save or paste a résumé, with made-up names so the answer is known. */
const lines = (...text: string[]) => text.map((line) => ({ text: line }));

describe('two columns laid out with spaces (pdftotext -layout)', () => {
  const sidebarLeft = [
    'ANA PEREIRA',
    '',
    'CONTACT                        EXPERIENCE',
    'ana@example.com',
    'Porto, Portugal                Lumen Analytics                         Mar 2021 – Present',
    '                               Data Engineer',
    'SKILLS                         • Streaming jobs in Kafka for billing',
    'Python                         • Warehouse models in dbt',
    'Scala',
    'SQL                            Corvo Labs                              Jun 2017 – Feb 2021',
    'Airflow                        Junior Developer',
    '                               • Batch jobs in Scala',
  ];

  it('reads the sidebar, then the experience beside it, each character in its column', () => {
    expect(readTextColumns(lines(...sidebarLeft)).map((line) => line.text)).toEqual([
      'ANA PEREIRA',
      '',
      'CONTACT',
      'ana@example.com',
      'Porto, Portugal',
      '',
      'SKILLS',
      'Python',
      'Scala',
      'SQL',
      'Airflow',
      '',
      '',
      '                               EXPERIENCE',
      '                               Lumen Analytics                         Mar 2021 – Present',
      '                               Data Engineer',
      '                               • Streaming jobs in Kafka for billing',
      '                               • Warehouse models in dbt',
      '                               Corvo Labs                              Jun 2017 – Feb 2021',
      '                               Junior Developer',
      '                               • Batch jobs in Scala',
    ]);
  });

  it('keeps the sidebar’s words out of the positions', async () => {
    expect(positions(await extractText(sidebarLeft.join('\n')))).toEqual([
      {
        company: 'Lumen Analytics',
        title: 'Data Engineer',
        startDate: '2021-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Corvo Labs',
        title: 'Junior Developer',
        startDate: '2017-06',
        endDate: '2021-02',
        current: undefined,
      },
    ]);
  });

  it('leaves one column alone: a date column, dates pushed right, labels before their values', () => {
    const oneColumn = lines(
      '2022 – now       Senior Engineer, Lumen Analytics',
      '                 Streaming jobs in Kafka.',
      '2019 – 2022      Data Engineer, Corvo Labs',
      '2017 – 2019      Analyst, Banco Azul',
      'Corvo Labs, Porto                                   Jun 2017 – Feb 2021',
      'Banco Azul, Lisbon                                  Jan 2015 – May 2017',
      'Languages:       Python, Scala',
      'Databases:       PostgreSQL, Redis',
      'Cloud:           AWS, GCP',
      'Tools:           Airflow, dbt',
    );
    expect(readTextColumns(oneColumn)).toEqual(oneColumn);
  });
});

describe('a profile copied from LinkedIn', () => {
  it('reads titles under one employer, "Company · Full-time" and durations as no names', async () => {
    const result = await extractText(
      [
        'Experience',
        'Northwind',
        'Full-time · 5 yrs 2 mos',
        'Oslo, Norway',
        'Staff Engineer',
        'Jan 2022 - Present · 2 yrs 11 mos',
        'Oslo, Norway · Hybrid',
        'Led the storage migration.',
        'Senior Engineer',
        'Sep 2019 - Dec 2021 · 2 yrs 4 mos',
        'Built the event pipeline.',
        'Software Engineer',
        'Bramble · Internship',
        'Aug 2018 - Aug 2019 · 1 yr 1 mo',
        'Bergen',
        'Test tooling.',
        'Platform Engineer',
        'Full-time',
        'Jun 2017 - Jul 2018 · 1 yr 2 mos',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Northwind',
        title: 'Staff Engineer',
        startDate: '2022-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Northwind',
        title: 'Senior Engineer',
        startDate: '2019-09',
        endDate: '2021-12',
        current: undefined,
      },
      {
        company: 'Bramble',
        title: 'Software Engineer',
        startDate: '2018-08',
        endDate: '2019-08',
        current: undefined,
      },
      {
        company: 'Bramble',
        title: 'Platform Engineer',
        startDate: '2017-06',
        endDate: '2018-07',
        current: undefined,
      },
    ]);
  });
});

describe('entries as people lay them out in text', () => {
  it('reads a hard-wrapped list item’s next line as the item’s text, not as the next employer', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        '   Cloud Engineer                           Oct 2020 – Present',
        '   Lumen Analytics, Porto',
        '     • Cut the monthly bill 22% with Savings Plans and',
        '       Karpenter on EKS',
        '',
        '   Systems Administrator                    Jan 2017 – Sep 2020',
        '   Corvo Labs, Braga',
        '     • Windows Server hosts',
      ].join('\n'),
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Lumen Analytics', 'Cloud Engineer'],
      ['Corvo Labs', 'Systems Administrator'],
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toContain('Karpenter');
  });

  it('gives the dates that close an entry, after its bullets, to that entry', async () => {
    const result = await extractText(
      [
        'Experience',
        '----------',
        '',
        '**Firmware Engineer — Lumen Devices**',
        '',
        '- Power-management firmware in C',
        '',
        '*09/2019 – present, Gdańsk*',
        '',
        '**Embedded Developer — Corvo Avionics**',
        '',
        '- Display drivers in C++',
        '',
        '*02/2016 – 08/2019, Kraków*',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lumen Devices',
        title: 'Firmware Engineer',
        startDate: '2019-09',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Corvo Avionics',
        title: 'Embedded Developer',
        startDate: '2016-02',
        endDate: '2019-08',
        current: undefined,
      },
    ]);
  });

  it('reads a heading in two languages and "present" in the writer’s own language', async () => {
    const result = await extractText(
      [
        '# Ola Nowak',
        '',
        '## Doświadczenie / Experience',
        '',
        '**Lumen sp. z o.o.** | Senior QA Engineer | 2022 – obecnie (present)',
        '**Corvo S.A.** | QA Engineer | 2019 – 2022',
        '',
        '## Edukacja / Education',
        '',
        'Politechnika Poznańska — inżynier, Informatyka, 2013 – 2017',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lumen sp. z o.o.',
        title: 'Senior QA Engineer',
        startDate: '2022',
        endDate: undefined,
        current: true,
      },
      { company: 'Corvo S.A.', title: 'QA Engineer', startDate: '2019', endDate: '2022', current: undefined },
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Politechnika Poznańska']);
  });
});

describe('"present" as European CVs write it in English', () => {
  it.each([
    '2019 – heden',
    '2019 – obecnie',
    '2019 – atualmente',
    '2019 – actualmente',
    '2019 – oggi',
    '2019 – idag',
    '2019 – nå',
  ])('%s is a range that runs on', (text) => {
    expect(findDates(text).map((date) => [date.kind, date.from?.year, date.to, date.ongoing])).toEqual([
      ['range', 2019, null, true],
    ]);
  });
});

describe('a narrative', () => {
  it('reads "started out in 2012 as a … at X", and ends a past position where the next one starts', async () => {
    const result = await extractText(
      [
        'Kari Dale',
        '',
        'About me',
        '',
        'I started out in 2012 as a graduate developer at Lumen Analytics, writing reports.',
        'In 2015 I joined Corvo Labs as a software engineer on the billing system.',
        '',
        'Since 2019 I have been a senior engineer at Banco Azul.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lumen Analytics',
        title: 'graduate developer',
        startDate: '2012',
        endDate: '2015',
        current: undefined,
      },
      {
        company: 'Corvo Labs',
        title: 'software engineer',
        startDate: '2015',
        endDate: '2019',
        current: undefined,
      },
      {
        company: 'Banco Azul',
        title: 'senior engineer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('a narrative told in order', () => {
  it('starts "After that I spent three years at X" where the position before ended', async () => {
    const result = await extractText(
      [
        'Kari Dale',
        '',
        'Profile',
        '',
        'From 2014 to 2018 I worked at Lumen Analytics as a software engineer.',
        'After that I spent three years at Corvo Labs as a senior engineer.',
        'Since 2021 I have been a staff engineer at Banco Azul.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lumen Analytics',
        title: 'software engineer',
        startDate: '2014',
        endDate: '2018',
        current: undefined,
      },
      {
        company: 'Corvo Labs',
        title: 'senior engineer',
        startDate: '2018',
        endDate: '2021',
        current: undefined,
      },
      {
        company: 'Banco Azul',
        title: 'staff engineer',
        startDate: '2021',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('a personal page told in the first person, with no sections', () => {
  it('reads its sentences as positions: "Since … I have been", "I became", "I left in the autumn of"', async () => {
    const result = await extractText(
      [
        '# Hi, I am Kari',
        '',
        '## How I got here',
        '',
        'In 2016 I joined **Corvo Labs** as a backend engineer when the team fitted in one',
        'room. I wrote the payments API in Java, and in 2018 I became tech lead of the platform',
        'team, which moved everything onto Azure. I left in the autumn of 2020.',
        '',
        'Since February 2021 I have been a principal engineer at **Lumen**, a',
        'smart-energy company, writing Go services.',
        '',
        '## Things I reach for',
        '',
        '- Rust, Kubernetes',
      ].join('\n'),
      'about.md',
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [
          work.name,
          position.position,
          position.startDate,
          position.endDate ?? (position.current ? 'present' : undefined),
          position.technologies,
        ]),
      ),
    ).toEqual([
      ['Corvo Labs', 'backend engineer', '2016', '2018', ['Java']],
      ['Corvo Labs', 'tech lead', '2018', '2020', ['Azure']],
      ['Lumen', 'principal engineer', '2021-02', 'present', ['Go']],
    ]);
  });
});

describe('a position named in one sentence and dated in the next', () => {
  it('reads "ended up at X" then "From 2013 to 2016 I worked there as a developer"', async () => {
    const result = await extractText(
      [
        'About me',
        '',
        'My thesis was on power grids, which is how I ended up at **Gridco**, the operator.',
        'From 2013 to 2016 I worked there as a developer, writing C# services.',
      ].join('\n'),
      'about.md',
    );
    expect(positions(result)).toEqual([
      { company: 'Gridco', title: 'developer', startDate: '2013', endDate: '2016', current: undefined },
    ]);
  });
});

describe('a remark in brackets after the employer', () => {
  it('is no part of the employer’s name', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '**iOS Developer, Lumen Apps (my studio)** — Vancouver — *2013 – 2016*',
        '**Android Developer, Corvo (now part of Banco Azul)** — Toronto — *2011 – 2013*',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Lumen Apps', 'iOS Developer'],
      ['Corvo', 'Android Developer'],
    ]);
  });
});

describe('dates as the first item of an entry’s list', () => {
  it('are the dates of the header above the list', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '### Senior Engineer, Lumen',
        '- Jan 2020 – Present',
        '- Built ingestion services in Go',
        '',
        '### Software Engineer, Corvo',
        '- 03/16 – 12/19',
        '- Owned the order API in Java',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      { company: 'Lumen', title: 'Senior Engineer', startDate: '2020-01', endDate: undefined, current: true },
      {
        company: 'Corvo',
        title: 'Software Engineer',
        startDate: '2016-03',
        endDate: '2019-12',
        current: undefined,
      },
    ]);
  });
});

describe('a skills table', () => {
  it('reads the rows under a Markdown table’s header row, not the header’s column names', async () => {
    const result = await extractText(
      [
        '# Kari Dale',
        '',
        '## Skills',
        '',
        '| Area | Tools |',
        '| --- | --- |',
        '| Languages | Go, Rust |',
      ].join('\n'),
      'cv.md',
    );
    expect(result.resume.skills).toEqual([
      { name: 'Languages', keywords: ['Go', 'Rust'], source: { lines: '7', confidence: 0.9 } },
    ]);
  });
});

describe('a table of positions with a paragraph per employer below it', () => {
  it('gives a paragraph led by the employer’s name in bold to every position there', async () => {
    const result = await extractText(
      [
        '# Kari Dale',
        '',
        '## Experience',
        '',
        '| Company | Role | Dates |',
        '| --- | --- | --- |',
        '| Lumen | Senior Android Engineer | Jan 2021 – Present |',
        '| Lumen | Android Engineer | May 2019 – Dec 2020 |',
        '| Corvo | Software Developer | Aug 2017 – Apr 2019 |',
        '',
        '**Lumen.** Built the merchant app in Kotlin.',
        '',
        '**Corvo.** Wrote services in Java.',
      ].join('\n'),
      'cv.md',
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position, position.technologies]),
      ),
    ).toEqual([
      ['Lumen', 'Senior Android Engineer', ['Android', 'Kotlin']],
      ['Lumen', 'Android Engineer', ['Android', 'Kotlin']],
      ['Corvo', 'Software Developer', ['Java']],
    ]);
  });
});
