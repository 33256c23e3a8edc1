import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/** Session 17: a consultant's titles at one firm over "Client: X (years)" engagements. */

describe("a consultant's ladder of titles over dated client engagements", () => {
  it('gives each engagement, and the technologies it names, to the title whose span holds its start', async () => {
    const result = await extractText(
      [
        '# Amara Lewis',
        '',
        '## Experience',
        '',
        '### Kainos Group plc — Belfast',
        '**Principal Consultant** (2020 – Present)',
        '**Senior Consultant** (2016 – 2020)',
        '',
        '**Client: Department for Education (2021 – Present)**',
        'Role: Tech lead. Case management services in Kotlin on Azure.',
        '',
        '**Client: NHS Digital (2017 – 2020)**',
        'Role: Developer. Booking APIs in Java with PostgreSQL.',
      ].join('\n'),
      'cv.md',
    );
    const positions = (result.resume.work ?? []).flatMap((work) =>
      (work.positions ?? []).map((position) => ({
        company: work.name,
        title: position.position,
        projects: (position.projects ?? []).map((project) => project.name),
        technologies: position.technologies ?? [],
      })),
    );
    expect(positions).toEqual([
      {
        company: 'Kainos Group plc',
        title: 'Principal Consultant',
        projects: ['Client: Department for Education (2021 – Present)'],
        technologies: ['Kotlin', 'Azure'],
      },
      {
        company: 'Kainos Group plc',
        title: 'Senior Consultant',
        projects: ['Client: NHS Digital (2017 – 2020)'],
        technologies: ['Java', 'PostgreSQL'],
      },
    ]);
  });
});
