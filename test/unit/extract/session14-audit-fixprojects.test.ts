import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 14 audit: a services company's projects section names the client or the role in shapes other
 * than "Client:" ("Client Name:", "Client - …", "Designation:", "Team size - 9"); the project is still work
 * done in the position whose dates hold it.
 */

function servicesResume(field: string): string {
  return [
    'Arjun Mehta',
    '',
    'Experience',
    'Infosys, Jan 2018 – Dec 2022',
    'Senior Software Engineer',
    '',
    'Projects',
    'Project #1: Claims Portal',
    field,
    'Duration: Jul 2019 – Mar 2021',
    'Environment: Java, Spring, Oracle',
  ].join('\n');
}

function projectsByPosition(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) =>
      (position.projects ?? []).map((project) => ({
        name: project.name,
        technologies: project.technologies,
      })),
    ),
  );
}

describe('a client project whose field names the client or role in a shape other than "Client:"', () => {
  it.each([
    'Client Name: Aviva plc',
    'Customer Name: Aviva plc',
    'Client - Aviva plc',
    'Designation: Module Lead',
    'Team size - 9',
    'Project Role – Module Lead',
  ])('attaches to the position holding its dates with "%s"', async (field) => {
    const result = await extractText(servicesResume(field));
    expect(positions(result)).toEqual([
      {
        company: 'Infosys',
        title: 'Senior Software Engineer',
        startDate: '2018-01',
        endDate: '2022-12',
        current: undefined,
      },
    ]);
    expect(projectsByPosition(result)).toEqual([
      [{ name: 'Claims Portal', technologies: ['Java', 'Spring', 'Oracle'] }],
    ]);
    expect(result.resume.projects).toBeUndefined();
  });

  it('keeps a side project whose bullets start with "Customer …:", "Client-side" or "Team of two -" top-level', async () => {
    const result = await extractText(
      [
        'Lena Ortiz',
        '',
        'EXPERIENCE',
        'Frontend Engineer, Shopify    Jan 2021 – Present',
        '• Built checkout pages in React.',
        '',
        'PROJECTS',
        'Tallybook    Mar 2023 – Jun 2023',
        '• Customer dashboard: sales charts for small shops, in Svelte.',
        '• Client-side rendering only; data stays in the browser.',
        '• Team of two - built with a friend.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Shopify',
        title: 'Frontend Engineer',
        startDate: '2021-01',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(projectsByPosition(result)).toEqual([[]]);
    expect(
      result.resume.projects?.map((project) => [
        project.name,
        project.startDate,
        project.endDate,
        project.technologies,
      ]),
    ).toEqual([['Tallybook', '2023-03', '2023-06', ['Svelte']]]);
  });
});
