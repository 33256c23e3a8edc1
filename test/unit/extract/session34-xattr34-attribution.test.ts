/**
 * Session 34 (xattr34): which position a technology belongs to. Every input is constructed here (invented people
 * and employers), never copied from a fixture set.
 */
import { describe, expect, it } from 'vitest';
import { extractText, technologiesByPosition } from './extract-text.js';

describe('a promotion told after the text of the entry it splits', () => {
  const entry = (title: string, promotion: string) =>
    [
      'Rosalía Fenwick-Amadi',
      'rosalia.fa@example.org',
      '',
      'EXPERIENCE',
      '',
      'Brightwell Freight',
      title,
      'April 2017 – Present',
      '- Route planning services in Go on Google Cloud',
      '- Dashboards in Grafana; alerts in Prometheus',
      promotion,
      '',
      'Kestrel Mapping',
      'Graduate Developer',
      'September 2014 – March 2017',
      '- Tile rendering in Python with PostGIS',
    ].join('\n');

  it.each([
    ['"X → Y" as the title', 'Platform Engineer → Staff Platform Engineer'],
    ['the earlier title alone', 'Platform Engineer'],
  ])('gives the entry’s text to the latest title (%s)', async (_, title) => {
    const result = await extractText(entry(title, 'Promoted to Staff Platform Engineer in 11/2021'));
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Brightwell Freight', title: 'Platform Engineer', technologies: [] },
      {
        company: 'Brightwell Freight',
        title: 'Staff Platform Engineer',
        technologies: ['Go', 'Google Cloud', 'Grafana', 'Prometheus'],
      },
      { company: 'Kestrel Mapping', title: 'Graduate Developer', technologies: ['Python', 'PostGIS'] },
    ]);
  });

  it.each([
    ['on one line', ['Promoted to Senior Platform Engineer (2019), then to Staff Platform Engineer (2022)']],
    [
      'on a line each',
      ['Promoted to Senior Platform Engineer in 2019', 'Promoted to Staff Platform Engineer in 2022'],
    ],
  ])('gives the text to the last of several promotions closing the entry (%s)', async (_, promotions) => {
    const result = await extractText(entry('Platform Engineer', promotions.join('\n')));
    expect(technologiesByPosition(result).slice(0, 3)).toEqual([
      { company: 'Brightwell Freight', title: 'Platform Engineer', technologies: [] },
      { company: 'Brightwell Freight', title: 'Senior Platform Engineer', technologies: [] },
      {
        company: 'Brightwell Freight',
        title: 'Staff Platform Engineer',
        technologies: ['Go', 'Google Cloud', 'Grafana', 'Prometheus'],
      },
    ]);
  });

  it('gives a client engagement dated in the earlier title’s years, and its technologies, to that title', async () => {
    const result = await extractText(
      [
        '# Oluwadamilare Kessington',
        '',
        '## Experience',
        '',
        '### Harrowgate Advisory Ltd — Leeds',
        '**Senior Consultant** (2016 – Present)',
        '',
        '**Client: Northern Rail Trust (2017 – 2019)**',
        'Role: Developer. Booking APIs in Java with PostgreSQL.',
        '',
        '**Client: Wexmoor Council (2021 – Present)**',
        'Role: Tech lead. Case management services in Kotlin on Azure.',
        '',
        'Promoted to Principal Consultant in 2020',
      ].join('\n'),
      'cv.md',
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [
          position.position,
          (position.projects ?? []).map((project) => project.name),
          position.technologies ?? [],
        ]),
      ),
    ).toEqual([
      ['Senior Consultant', ['Client: Northern Rail Trust (2017 – 2019)'], ['Java', 'PostgreSQL']],
      ['Principal Consultant', ['Client: Wexmoor Council (2021 – Present)'], ['Kotlin', 'Azure']],
    ]);
  });

  it('leaves each title its own text when the promotion line has text under it', async () => {
    const text = entry('Platform Engineer', 'Promoted to Staff Platform Engineer in 11/2021').replace(
      '\n\nKestrel Mapping',
      '\n- Led the move to Kubernetes\n\nKestrel Mapping',
    );
    expect(technologiesByPosition(await extractText(text)).slice(0, 2)).toEqual([
      {
        company: 'Brightwell Freight',
        title: 'Platform Engineer',
        technologies: ['Go', 'Google Cloud', 'Grafana', 'Prometheus'],
      },
      { company: 'Brightwell Freight', title: 'Staff Platform Engineer', technologies: ['Kubernetes'] },
    ]);
  });
});
