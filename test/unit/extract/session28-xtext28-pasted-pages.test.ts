import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';
import { extractText, position, positions, positionsOf } from './extract-text.js';

describe('a profile page pasted as text', () => {
  const page = [
    'Lucía Benítez',
    'Lucía Benítez',
    'QA Engineer at Andes Retail',
    '',
    'Experience',
    'Andes Retail logo',
    'QA Engineer',
    'Andes Retail · Full-time',
    'Jun 2022 - Present · 4 yrs 7 mos',
    'Playwright suites for the checkout.',
    'Universidad Nacional de La Plata logo',
    'Ayudante diplomada',
    'Universidad Nacional de La Plata · Part-time',
    'Mar 2019 - May 2022 · 3 yrs 3 mos',
    'Lab classes of Programación I in Python.',
    '',
    'Education',
    'Universidad Nacional de La Plata logo',
    'Universidad Nacional de La Plata',
    'Licenciatura en Sistemas',
    '2015 - 2021',
  ];

  it('takes no image text ("… logo") for an entry, and a university role over "Employer · Part-time" as a position', async () => {
    const result = await extractText(page.join('\n'));
    expect(positions(result)).toEqual([
      position('Andes Retail', 'QA Engineer', '2022-06', 'present'),
      position('Universidad Nacional de La Plata', 'Ayudante diplomada', '2019-03', '2022-05'),
    ]);
    expect((result.resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'Universidad Nacional de La Plata',
    ]);
  });

  it('keeps a line ending in "logo" that names nothing below it', async () => {
    const result = await extractText(
      [
        'Nora Lindqvist',
        '',
        'Experience',
        'Brand Designer, Fika Studio',
        '2019 - 2023',
        'Redrew the coffee chain logo',
        'Shipped the app icon set.',
      ].join('\n'),
    );
    expect(JSON.stringify(result.resume.work)).toContain('Redrew the coffee chain logo');
  });
});

describe("pagedown's years written latest first from an ongoing end", () => {
  it('reads "present - 2022" as from 2022, ongoing', () => {
    expect(parseDateRange('present - 2022')).toEqual({ startDate: '2022', current: true });
    expect(parseDateRange('Present – Mar 2021')).toEqual({ startDate: '2021-03', current: true });
  });

  it('leaves a now-word before a range of its own alone', () => {
    expect(findDates('now - 2019 - 2020').map((date) => [date.kind, date.text])).toEqual([
      ['ongoing', 'now'],
      ['range', '2019 - 2020'],
    ]);
  });

  it('dates a pagedown entry from it', async () => {
    const found = await positionsOf(
      [
        'Main',
        '================',
        '',
        'Experience {data-icon=suitcase}',
        '--------------------------------',
        '',
        '### Data Analyst',
        '',
        'Banco del Sur',
        '',
        'Quito, Ecuador',
        '',
        'present - 2020',
        '',
        '### Statistician',
        '',
        'Instituto Nacional de Estadística',
        '',
        'Quito, Ecuador',
        '',
        '2020 - 2016',
      ],
      'resume.md',
    );
    expect(found).toEqual([
      position('Banco del Sur', 'Data Analyst', '2020', 'present'),
      position('Instituto Nacional de Estadística', 'Statistician', '2016', '2020'),
    ]);
  });
});

describe("a sentence's last wrapped line", () => {
  it('is no header, whatever name it holds', async () => {
    const found = await positionsOf(
      [
        '# Ari Laine',
        '',
        '## Work',
        '',
        '### Mobile Developer · Saimaa Apps · Jan 2019 – Dec 2021',
        '',
        '  Rewrote the wallet app from Objective-C to Swift, crashes tracked in Firebase',
        '  Crashlytics.',
        '',
        '### iOS Developer · Kuopio Labs · Mar 2016 – Dec 2018',
        '',
        '  Built the ticket app.',
      ],
      'resume.md',
    );
    expect(found).toEqual([
      position('Saimaa Apps', 'Mobile Developer', '2019-01', '2021-12'),
      position('Kuopio Labs', 'iOS Developer', '2016-03', '2018-12'),
    ]);
  });
});

describe('a line of components each wrapping one name', () => {
  it('reads as the list of their names under its heading', async () => {
    const result = await extractText(
      [
        '# Kai Nurmi',
        '',
        '## Tools',
        '',
        '<Tag>Rust</Tag> <Tag>Tokio</Tag> <Badge color="green">PostgreSQL</Badge>',
        '<Tag>Grafana</Tag> <Tag>Protomaps</Tag> <Tag>Kubernetes</Tag>',
      ].join('\n'),
      'resume.md',
    );
    expect((result.resume.skills ?? []).map((group) => [group.name, group.keywords])).toEqual([
      ['Tools', ['Rust', 'Tokio', 'PostgreSQL', 'Grafana', 'Protomaps', 'Kubernetes']],
    ]);
  });
});
