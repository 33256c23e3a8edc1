import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, positions } from './extract-text.js';

/** Layouts of résumés in the wild (session 9), each on constructed input whose answer is known. */

/** Each position's title with the technologies the extractor gave it, in document order. */
function technologiesByTitle(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      title: position.position,
      technologies: position.technologies ?? [],
    })),
  );
}

describe('a promotion ladder: titles at one employer over one shared block', () => {
  it('gives a shared block of bullets to the latest title', async () => {
    const text = [
      'Ingrid Solberg',
      'ingrid@solberg.example',
      '',
      'EXPERIENCE',
      '',
      'Northwind Freight, Bergen',
      '  Engineering Manager                 Mar 2021 - Present',
      '  Senior Software Engineer            Jan 2018 - Feb 2021',
      '  Software Engineer                   Aug 2015 - Dec 2017',
      '    - Moved the routing services from Java to Kotlin on PostgreSQL.',
      '    - Set up deployments with Docker.',
      '',
      'Fjord Labs, Oslo',
      '  Junior Developer                    Jun 2013 - Jul 2015',
      '    - Maintained a Ruby on Rails storefront.',
    ].join('\n');
    expect(technologiesByTitle(await extractText(text))).toEqual([
      { title: 'Engineering Manager', technologies: ['Java', 'Kotlin', 'PostgreSQL', 'Docker'] },
      { title: 'Senior Software Engineer', technologies: [] },
      { title: 'Software Engineer', technologies: [] },
      { title: 'Junior Developer', technologies: ['Ruby on Rails'] },
    ]);
  });

  it('gives a shared paragraph under a Markdown list of titles to the latest title', async () => {
    const text = [
      '# Ingrid Solberg',
      'Platform engineer · Bergen, Norway',
      'ingrid@solberg.example · +47 912 34 567',
      '',
      '## Experience',
      '',
      '### Northwind Freight GmbH, Bergen',
      '- **Staff Engineer** (2019 - present)',
      '- **Backend Engineer** (2016 - 2019)',
      '',
      'Built the tracking platform in Go with Kafka and Redis.',
      '',
      '### Fjord Labs AS, Oslo',
      '- **Developer** (2013 - 2016)',
      '',
      'Wrote the booking site in Python.',
    ].join('\n');
    expect(technologiesByTitle(await extractText(text, 'resume.md'))).toEqual([
      { title: 'Staff Engineer', technologies: ['Go', 'Kafka', 'Redis'] },
      { title: 'Backend Engineer', technologies: [] },
      { title: 'Developer', technologies: ['Python'] },
    ]);
  });

  it('leaves each title its own bullets when each has some', async () => {
    const text = [
      'Ingrid Solberg',
      '',
      'EXPERIENCE',
      '',
      'Northwind Freight, Bergen',
      '  Engineering Manager                 Mar 2021 - Present',
      '    - Ran the team that rebuilt billing on Kotlin.',
      '  Software Engineer                   Aug 2015 - Feb 2021',
      '    - Wrote the routing services in Java.',
    ].join('\n');
    expect(technologiesByTitle(await extractText(text))).toEqual([
      { title: 'Engineering Manager', technologies: ['Kotlin'] },
      { title: 'Software Engineer', technologies: ['Java'] },
    ]);
  });
});

describe('a table of positions, then a section per row headed "Employer — Title"', () => {
  const text = [
    '# Ingrid Solberg',
    'Platform engineer · Bergen, Norway',
    'ingrid@solberg.example · +47 912 34 567',
    '',
    '## Experience',
    '',
    '| Period | Company | Role |',
    '| --- | --- | --- |',
    '| Apr 2021 – Present | Northwind Freight | Staff Engineer |',
    '| Sep 2017 – Mar 2021 | Fjord Labs | Backend Engineer |',
    '| Aug 2015 – Aug 2017 | Fjord Labs | Developer |',
    '',
    '### Northwind Freight — Staff Engineer',
    '',
    '- Built the tracking platform in Go with Kafka.',
    '',
    '### Fjord Labs — Backend Engineer',
    '',
    '- Payment services in Java on PostgreSQL.',
    '',
    '### Fjord Labs — Developer',
    '',
    '- The booking site in Python.',
  ].join('\n');

  it('reads each section as the details of its row, not as a position of its own', async () => {
    const result = await extractText(text, 'resume.md');
    expect(positions(result)).toEqual([
      {
        company: 'Northwind Freight',
        title: 'Staff Engineer',
        startDate: '2021-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Fjord Labs',
        title: 'Backend Engineer',
        startDate: '2017-09',
        endDate: '2021-03',
        current: undefined,
      },
      {
        company: 'Fjord Labs',
        title: 'Developer',
        startDate: '2015-08',
        endDate: '2017-08',
        current: undefined,
      },
    ]);
    // The heading names the title too: the section is that row's alone, not every row at the employer.
    expect(technologiesByTitle(result)).toEqual([
      { title: 'Staff Engineer', technologies: ['Go', 'Kafka'] },
      { title: 'Backend Engineer', technologies: ['Java', 'PostgreSQL'] },
      { title: 'Developer', technologies: ['Python'] },
    ]);
  });
});

describe('how a job was held, in brackets after the title', () => {
  it.each([['Working Student'], ['Werkstudent'], ['Co-op'], ['Apprenticeship'], ['Industrial Placement']])(
    'leaves "(%s)" out of the title and out of the employer',
    async (engagement) => {
      const text = [
        'Ingrid Solberg',
        'ingrid@solberg.example',
        '',
        'EXPERIENCE',
        '',
        'Platform Engineer — Northwind Freight, Bergen',
        'May 2020 – Present',
        '  – Services in Go.',
        '',
        `Junior Developer (${engagement}) — Fjord Labs, Oslo`,
        'Apr 2017 – Dec 2018',
        '  – Tools in Python.',
      ].join('\n');
      expect(positions(await extractText(text))).toEqual([
        {
          company: 'Northwind Freight',
          title: 'Platform Engineer',
          startDate: '2020-05',
          endDate: undefined,
          current: true,
        },
        {
          company: 'Fjord Labs',
          title: 'Junior Developer',
          startDate: '2017-04',
          endDate: '2018-12',
          current: undefined,
        },
      ]);
    },
  );
});
