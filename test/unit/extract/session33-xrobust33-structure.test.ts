import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { headingText } from '../../../src/extract/sections.js';
import { joinsWorkWithProjects, sectionKind } from '../../../src/extract/vocabulary.js';
import { EXPERIENCE_HEAD, extractText, positions, roleRows } from './extract-text.js';

/**
 * Session 33 (xrobust33): structure and hostile input. A heading joining the jobs with projects holds the positions;
 * lines of thousands of brackets, a megabyte on one line, tens of thousands of lines, deep lists and wide tables are
 * read to the end (no stack overflow, no throw) with the entries around them intact.
 */

describe('a heading joining the jobs with projects', () => {
  it.each([
    'WORK EXPERIENCE & PROJECTS',
    'Experience / Projects',
    'Professional Experience and Projects',
    'Projects & Work Experience',
    'Employment + Projects',
  ])('"%s" heads the experience', (heading) => {
    expect(joinsWorkWithProjects(heading)).toBe(true);
    expect(sectionKind(heading)).toBe('experience');
  });

  it.each([
    'Project Experience',
    'Work Projects',
    'Volunteer Work & Projects',
    'Research & Projects',
    'Personal Projects',
  ])('"%s" (no side naming paid work alone) heads projects', (heading) => {
    expect(joinsWorkWithProjects(heading)).toBe(false);
    expect(sectionKind(heading)).toBe('projects');
  });

  it('reads the jobs under it as positions', async () => {
    const rows = await roleRows(
      [
        'Aurelio Braganza-Holt',
        'aurelio.bh@example.org',
        '',
        'Experience & Projects',
        '',
        'Platform Engineer, Quillmarsh Robotics, Porto',
        'May 2020 – Present',
        '- Fleet telemetry in Go and TimescaleDB',
        '',
        'Software Engineer, Tessaline Games, Braga',
        'Jan 2017 – Apr 2020',
        '- Game servers in C++',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Quillmarsh Robotics', 'Platform Engineer', '2020-05', 'present'],
      ['Tessaline Games', 'Software Engineer', '2017-01', '2020-04'],
    ]);
  });
});

describe('a header split at a run of blanks', () => {
  it('splits at tabs and wide gaps however long the run', async () => {
    const header = (gap: string) =>
      roleRows([...EXPERIENCE_HEAD, `Senior Engineer${gap}Harrowgate Freight${gap}2019 – 2022`].join('\n'));
    const expected = [['Harrowgate Freight', 'Senior Engineer', '2019', '2022']];
    expect(await header(' \t ')).toEqual(expected);
    expect(await header('    ')).toEqual(expected);
    expect(await header(' \t'.repeat(10_000))).toEqual(expected);
  });
});

describe('projects under a heading joining the jobs with projects', () => {
  const projects = async (lines: string[]) => {
    const result = await extractText(lines.join('\n'));
    return {
      work: positions(result).map((position) => [position.company, position.title]),
      projects: (result.resume.projects ?? []).map((project) => [
        project.name,
        project.startDate,
        project.endDate,
      ]),
      unplaced: result.warnings.filter((warning) => warning.code === 'UNPLACED_TEXT').length,
    };
  };

  it('keeps dated projects projects, not positions with no title', async () => {
    expect(
      await projects([
        'Marisol Quenby-Vath',
        'marisol.qv@example.org',
        '',
        'Experience & Projects',
        '',
        'Software Engineer, Larchmont Systems, Denver',
        'Jun 2021 – Present',
        '- Billing services in Go',
        '',
        'Route Planner (capstone project), University of Colorado, 2020 – 2021',
        '- Shortest paths over transit data',
        '',
        'Open-source: Tiller CLI',
        '2019 – 2020',
        '- A command-line tool in Rust',
      ]),
    ).toEqual({
      work: [['Larchmont Systems', 'Software Engineer']],
      projects: [
        ['Route Planner (capstone project), University of Colorado', '2020', '2021'],
        ['Open-source: Tiller CLI', '2019', '2020'],
      ],
      unplaced: 0,
    });
  });

  it('reads an undated project once: a project, not also text left unplaced', async () => {
    expect(
      await projects([
        'Odalys Prentiss',
        'odalys.p@example.org',
        '',
        'Projects & Experience',
        '',
        'Weather Dashboard',
        '- A React app over a public weather API',
        '',
        'Frontend Developer, Mossgate Labs, Austin',
        'Mar 2020 – Jan 2023',
        '- Dashboards in TypeScript',
      ]),
    ).toEqual({
      work: [['Mossgate Labs', 'Frontend Developer']],
      projects: [['Weather Dashboard', undefined, undefined]],
      unplaced: 0,
    });
  });

  it("reads a marketplace's client jobs once, as projects", async () => {
    expect(
      await projects([
        'Caspian Threlkeld',
        'caspian.t@example.org',
        '',
        'Work & Projects',
        '',
        'Backend Engineer, Ostrava Freightworks, Brno',
        'Jun 2021 – Present',
        '- Billing APIs in Go',
        '',
        'Port a storefront to Shopify',
        '★★★★☆ 4.60   Jan 2024 - Mar 2024',
        '"Clear and on time."',
        '$1,800   Fixed-price',
        '',
        'Label printing script',
        '4.8 out of 5 · Apr 2023 - May 2023',
        'No feedback given',
      ]),
    ).toMatchObject({
      work: [['Ostrava Freightworks', 'Backend Engineer']],
      projects: [
        ['Port a storefront to Shopify', '2024-01', '2024-03'],
        ['Label printing script', '2023-04', '2023-05'],
      ],
    });
  });
});

describe('headingText: a heading between rules', () => {
  const line = (text: string) => modelLines([{ text }])[0] as ReturnType<typeof modelLines>[number];

  it('drops the rules either side', () => {
    expect(headingText(line('------ EDUCATION ------'))).toBe('EDUCATION');
    expect(headingText(line('=== Work History ==='))).toBe('Work History');
  });

  it('keeps a line with no rule, or a rule on one side only, whole', () => {
    expect(headingText(line('Work History'))).toBe('Work History');
    expect(headingText(line('=== Skills'))).toBe('=== Skills');
    expect(headingText(line('== Skills =='))).toBe('== Skills ==');
    expect(headingText(line('======'))).toBe('======');
  });
});

/** A résumé of one job (Kestrel Analytics) and then `hostile` under the experience heading. */
function withHostile(hostile: string): string {
  return [
    ...EXPERIENCE_HEAD,
    'Data Engineer, Kestrel Analytics, Dundee',
    'Feb 2019 – Mar 2022',
    '- Pipelines in Python',
    '',
    hostile,
  ].join('\n');
}

const KESTREL = {
  company: 'Kestrel Analytics',
  title: 'Data Engineer',
  startDate: '2019-02',
  endDate: '2022-03',
  current: undefined,
};

// The bracket cases overflowed the stack from about 2,500 brackets; the other sizes stay at about 100 KB to keep the suite
// quick (bench/extract-hostile.ts reads them at a megabyte). A time limit for the suite, no assertion on time.
describe('hostile input is read to the end', { timeout: 120_000 }, () => {
  it.each([
    ['10,000 brackets after a header', `Senior Engineer, Acme ${'(x) '.repeat(10_000)}2019 – 2022`],
    ['10,000 square brackets after a title', `Senior Engineer at Acme${' [a]'.repeat(10_000)}`],
    ['10,000 nested brackets', `Senior Engineer ${'('.repeat(10_000)}Acme${')'.repeat(10_000)} 2019 – 2022`],
    ['10,000 unclosed brackets', `Senior Engineer ${'( '.repeat(10_000)} 2019 – 2022`],
    ['a 100 KB line of words', 'lorem ipsum dolor '.repeat(5_800)],
    ['a 100 KB line with no space', 'a'.repeat(100_000)],
    ['a header of 2,000 commas', `Engineer${', Acme'.repeat(2_000)}, 2019 – 2022`],
    ['a header with 20 KB of spaces and tabs', `Senior Engineer${' \t'.repeat(10_000)}Acme 2019 – 2022`],
    [
      'a header of 2,000 "via" before a bracket',
      `Senior Engineer${' via Hays'.repeat(2_000)} (x 2019 – 2022`,
    ],
    ['a line of 20,000 one-letter words', 'a '.repeat(20_000)],
    ['a heading of 20,000 one-letter words between rules', `=== ${'a '.repeat(20_000)}===`],
  ])('%s', async (_name, hostile) => {
    const result = await extractText(withHostile(hostile));
    expect(positions(result)[0]).toEqual(KESTREL);
  });

  // 50,000 lines read in linear time too (see the README's hostile-input figures); 2,000 keep the suite quick.
  it('2,000 lines', async () => {
    const lines = Array.from({ length: 2_000 }, (_, n) => `- Reviewed ticket ${n} of the backlog`);
    const result = await extractText(withHostile(lines.join('\n')));
    expect(positions(result)[0]).toMatchObject({ company: 'Kestrel Analytics', title: 'Data Engineer' });
  });

  it('a Markdown list nested 500 deep', async () => {
    const list = Array.from({ length: 500 }, (_, n) => `${'  '.repeat(n)}- item ${n}`).join('\n');
    const result = await extractText(withHostile(list), 'resume.md');
    expect(positions(result)[0]).toEqual(KESTREL);
  });

  it('a Markdown table of 500 columns', async () => {
    const cells = (make: (n: number) => string) =>
      `| ${Array.from({ length: 500 }, (_, n) => make(n)).join(' | ')} |`;
    const table = [cells((n) => `c${n}`), cells(() => '---'), cells((n) => `v${n}`)].join('\n');
    const result = await extractText(withHostile(table), 'resume.md');
    expect(positions(result)[0]).toEqual(KESTREL);
  });
});
