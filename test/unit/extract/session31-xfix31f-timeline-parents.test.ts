import { describe, expect, it } from 'vitest';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 31 (xfix31f): year headings read as a timeline only where they group the page's own entries (under the
 * page's name or a heading of experience), and typed items only directly under such a year. Invented people.
 */

describe('labels inside jobs on a page whose talks are grouped by year', () => {
  const page = [
    '# Odalys Brennecke',
    '',
    '## Experience',
    '',
    '### Tarnwick Analytics — Data Engineer',
    '2020 – 2023 (Contract)',
    '',
    '**Role:** Ran the ingestion team.',
    '',
    '**Project:** Moved the nightly loads to Airflow and Snowflake.',
    '',
    '### Corvale Shipping — Software Developer',
    'Feb 2017 – Nov 2019',
    '',
    '**Role:** Wrote the booking service in Java.',
    '',
    '**Project:** Replaced the cron jobs with Kubernetes CronJobs.',
    '',
    '## Talks',
    '',
    '### 2024',
    'Spoke at a regional data meetup about late-arriving rows.',
    '',
    '### 2021',
    'Ran a workshop on schema migrations.',
    '',
    '## Education',
    '',
    '### Hallmere University',
    'B.Sc. Mathematics, 2013 – 2016',
  ];

  it('leaves every line as written', () => {
    expect(readMarkdownSource(page)).toEqual(page);
  });

  it('keeps both jobs, each with its title and its own dates', async () => {
    const found = positions(await extractText(page.join('\n'), 'labels.md'));
    expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate])).toEqual([
      ['Tarnwick Analytics', 'Data Engineer', '2020', '2023'],
      ['Corvale Shipping', 'Software Developer', '2017-02', '2019-11'],
    ]);
  });

  it('still reads typed items directly under the page’s own years, and leaves the talks’ years', () => {
    const mixed = [
      '# Odalys Brennecke',
      '## 2022',
      '**Position** — **Data Engineer** at **Tarnwick Analytics**',
      '## 2019',
      '**Education:** B.Sc. Mathematics, Hallmere University',
      '## Talks',
      '### 2021',
      '**Talk:** Late-arriving rows',
    ];
    expect(readMarkdownSource(mixed)).toEqual([
      '# Odalys Brennecke',
      '## Experience',
      '**Data Engineer** at **Tarnwick Analytics**',
      '## Education',
      'B.Sc. Mathematics, Hallmere University',
      '## Talks',
      '### 2021',
      '**Talk:** Late-arriving rows',
    ]);
  });
});

describe('year headings under a section of unknown kind', () => {
  const page = [
    '# Ivo Marchetti-Laine',
    '',
    '## Experience',
    '',
    '### Platform Engineer · Sorrel Networks',
    '*Jan 2018 – Dec 2022*',
    '',
    '## Hackathons',
    '',
    '### 2023',
    '**Winner**, HarbourHack, Mar 2023 – Apr 2023',
    '',
    '### 2022',
    '**Finalist**, Open Transit Jam, Sep 2022 – Oct 2022',
  ];

  it('leaves them as written, not as headings of experience', () => {
    expect(readMarkdownSource(page)).toEqual(page);
  });

  it('makes no position employed by a prize', async () => {
    const found = positions(await extractText(page.join('\n'), 'hackathons.md'));
    expect(found.map((p) => p.company)).not.toContain('Winner');
    expect(found.map((p) => p.company)).not.toContain('Finalist');
    expect(found[0]).toMatchObject({
      company: 'Sorrel Networks',
      title: 'Platform Engineer',
      startDate: '2018-01',
    });
  });

  it('still reads years under the page’s name or under a heading of experience', () => {
    const underWork = [
      '# Ivo Marchetti-Laine',
      '## Work history',
      '### 2021',
      '**SRE** at **Sorrel Networks**, *Jan 2021 – Dec 2022*',
      '### 2019',
      '**Developer** at **Quillon Labs**, *Mar 2019 – Dec 2020*',
    ];
    const read = readMarkdownSource(underWork);
    expect([read[2], read[4]]).toEqual(['## Experience', '## Experience']);
  });
});
