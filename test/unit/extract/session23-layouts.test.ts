import { describe, expect, it } from 'vitest';
import { extractText, resultRoleRows, schools, technologiesByPosition } from './extract-text.js';

/**
 * Session 23 (xlayout): layouts that lose a whole résumé. Every document is constructed here with invented people,
 * employers and schools; each expected answer is what the document says.
 */

interface GutterOptions {
  /** The column where every entry's text begins. */
  width: number;
  /** Each entry's dates: three jobs, then two degrees. */
  dates: readonly string[];
  /** Headings indented to the entries' text instead of standing at the margin. */
  headingsIndented?: boolean;
  /** No blank line between one entry and the next. */
  packed?: boolean;
  /** A range printed over two lines of the gutter ("Jan 2020 –" over "Present"). */
  splitRanges?: boolean;
  /** A form feed after the second job: the document's second page. */
  twoPages?: boolean;
  /** Labels followed by a colon ("Email:"). */
  colons?: boolean;
}

/** A plain-text résumé whose dates and labels stand in a left gutter, every entry's text indented beside it. */
function gutterResume(options: GutterOptions): string {
  const { width, dates } = options;
  const indent = ' '.repeat(width);
  const colon = options.colons ? ':' : '';
  const row = (left: string, right: string) => {
    if (left.length >= width - 1) throw new Error(`"${left}" does not fit a gutter of ${width}`);
    return `${left.padEnd(width)}${right}`;
  };
  const heading = (text: string) => (options.headingsIndented ? `${indent}${text}` : text);
  const jobs: [string, string[]][] = [
    [
      'Platform Engineer, Quenby Systems (Bristol)',
      [
        'Runs the Kubernetes clusters for the payments teams.',
        '- Migrated services to Go and gRPC',
        '- Built Terraform modules for AWS, used by',
        '  twelve product teams',
      ],
    ],
    [
      'Backend Developer, Olmsted Freight (Cardiff)',
      ['- Java and Spring Boot services', '- Kept MySQL schemas tidy'],
    ],
    ['Junior Developer, Pellow Studio (Bath)', ['- PHP and JavaScript for client sites']],
  ];
  const lines = [
    'Teodor Vasquez-Lind',
    'Platform Engineer',
    '',
    row(`Email${colon}`, 'teodor.vl@example.org'),
    row(`Phone${colon}`, '+31 20 555 0199'),
    row(`City${colon}`, 'Utrecht, Netherlands'),
    '',
    heading('PROFILE'),
    '',
    `${indent}Platform engineer who likes boring, reliable systems.`,
    '',
    heading('WORK EXPERIENCE'),
    '',
  ];
  jobs.forEach(([header, body], index) => {
    const range = dates[index] as string;
    const [from, to] = range.split(' – ');
    if (options.splitRanges && to !== undefined) {
      lines.push(
        row(`${from} –`, header),
        row(to, body[0] as string),
        ...body.slice(1).map((text) => indent + text),
      );
    } else {
      lines.push(row(range, header), ...body.map((text) => indent + text));
    }
    if (!options.packed) lines.push('');
    if (options.twoPages && index === 1) lines.push('\f');
  });
  lines.push(
    '',
    heading('EDUCATION'),
    '',
    row(dates[3] as string, 'MSc in Computer Science'),
    `${indent}Cardiff University`,
    '',
    row(dates[4] as string, 'BSc in Physics'),
    `${indent}University of Bath`,
    '',
    heading('SKILLS'),
    '',
    row(`Languages${colon}`, 'Go, Java, Python'),
    row(`Infrastructure${colon}`, 'Kubernetes, Terraform, AWS'),
    row(`Spoken${colon}`, 'English, Dutch, Spanish'),
  );
  return `${lines.join('\n')}\n`;
}

const COMPANIES = ['Quenby Systems', 'Olmsted Freight', 'Pellow Studio'];
const TITLES = ['Platform Engineer', 'Backend Developer', 'Junior Developer'];

/** The roles a gutter résumé states, each job's [from, to or 'present']. */
function expectedRoles(ranges: readonly [string, string][]) {
  return ranges.map(([from, to], index) => [COMPANIES[index], TITLES[index], from, to]);
}

async function readGutter(options: GutterOptions) {
  const result = await extractText(gutterResume(options));
  return {
    roles: resultRoleRows(result),
    schools: schools(result).map((school) => [school.institution, school.startDate, school.endDate]),
    technologies: technologiesByPosition(result).map((position) => position.technologies),
    codes: result.warnings.map((warning) => warning.code),
  };
}

const JOB_TECHNOLOGIES = [
  ['Kubernetes', 'Go', 'gRPC', 'Terraform', 'AWS'],
  ['Java', 'Spring Boot', 'MySQL'],
  ['PHP', 'JavaScript'],
];

describe('plain text with a left date gutter: dates and labels beside each entry’s indented text', () => {
  it('reads years and "present" in a gutter of 16, with label rows above and below', async () => {
    const read = await readGutter({
      width: 16,
      dates: ['2022 - present', '2019 - 2022', '2017 - 2019', '2015 - 2016', '2012 - 2015'],
    });
    expect(read.roles).toEqual(
      expectedRoles([
        ['2022', 'present'],
        ['2019', '2022'],
        ['2017', '2019'],
      ]),
    );
    expect(read.technologies).toEqual(JOB_TECHNOLOGIES);
  });

  it('reads numeric months in a gutter of 20 when the entries follow each other with no blank line', async () => {
    const read = await readGutter({
      width: 20,
      dates: ['03/2021 - now', '09/2018 - 02/2021', '03/2018 - 09/2018', '2015 - 2016', '2012 - 2015'],
      packed: true,
    });
    expect(read.roles).toEqual(
      expectedRoles([
        ['2021-03', 'present'],
        ['2018-09', '2021-02'],
        ['2018-03', '2018-09'],
      ]),
    );
    expect(read.codes).not.toContain('NO_EXPERIENCE');
    expect(read.technologies).toEqual(JOB_TECHNOLOGIES);
  });

  it('reads month names in a gutter of 22 with the headings indented to the entries’ text', async () => {
    const read = await readGutter({
      width: 22,
      dates: [
        'Jan 2020 – Present',
        'Mar 2017 – Dec 2019',
        'Jun 2015 – Feb 2017',
        '2013 – 2015',
        '2010 – 2013',
      ],
      headingsIndented: true,
    });
    expect(read.roles).toEqual(
      expectedRoles([
        ['2020-01', 'present'],
        ['2017-03', '2019-12'],
        ['2015-06', '2017-02'],
      ]),
    );
    expect(read.schools).toEqual([
      ['Cardiff University', '2013', '2015'],
      ['University of Bath', '2010', '2013'],
    ]);
    expect(read.codes).not.toContain('NO_DATES');
  });

  it('reads ranges printed over two lines of a gutter of 24, and the degrees in the same gutter', async () => {
    const read = await readGutter({
      width: 24,
      dates: [
        'Jan 2020 – Mar 2021',
        'Mar 2017 – Dec 2019',
        'Jun 2015 – Feb 2017',
        '2013 – 2015',
        '2010 – 2013',
      ],
      splitRanges: true,
    });
    expect(read.roles).toEqual(
      expectedRoles([
        ['2020-01', '2021-03'],
        ['2017-03', '2019-12'],
        ['2015-06', '2017-02'],
      ]),
    );
    expect(read.schools).toEqual([
      ['Cardiff University', '2013', '2015'],
      ['University of Bath', '2010', '2013'],
    ]);
  });

  it('reads a two-page document whose labels end in colons, in a gutter of 18', async () => {
    const read = await readGutter({
      width: 18,
      dates: ['2022 - present', '2019 - 2022', '2017 - 2019', '2015 - 2016', '2012 - 2015'],
      twoPages: true,
      colons: true,
    });
    expect(read.roles).toEqual(
      expectedRoles([
        ['2022', 'present'],
        ['2019', '2022'],
        ['2017', '2019'],
      ]),
    );
    expect(read.schools).toEqual([
      ['Cardiff University', '2015', '2016'],
      ['University of Bath', '2012', '2015'],
    ]);
  });

  it('reads a gutter of 12 holding "Jan 2020 – Mar 2021" over its entry and the description under the title', async () => {
    // Dates over two short lines, the title and the employer beside them on a line each.
    const text = [
      'Saoirse Blomqvist',
      'saoirse.b@example.com',
      '',
      'Contact     saoirse.b@example.com',
      'Web         saoirse.example.com',
      'Based       Galway',
      '',
      'Experience',
      '',
      'Jan 2020 –  Site Reliability Engineer, Tarrow Cloud (Galway)',
      'Mar 2021    Kept the Prometheus alerts quiet and useful.',
      '',
      'Feb 2018 –  Systems Administrator, Ardglas Hosting (Sligo)',
      'Dec 2019    Ansible playbooks for four hundred hosts.',
      '',
      'Education',
      '',
      '2014 – 2017 BSc Computing',
      '            Atlantic Technological University',
      '',
      'Skills',
      '',
      'Tools       Prometheus, Ansible, Linux',
      'Languages   Python, Bash',
    ].join('\n');
    const result = await extractText(text);
    expect(resultRoleRows(result)).toEqual([
      ['Tarrow Cloud', 'Site Reliability Engineer', '2020-01', '2021-03'],
      ['Ardglas Hosting', 'Systems Administrator', '2018-02', '2019-12'],
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Prometheus'],
      ['Ansible'],
    ]);
  });

  it('still reads a sidebar with headings of its own beside entries with headings column by column', async () => {
    // The sidebar's years stand beside the entries' text, but each column has its own headings: two columns.
    const side = [
      'CONTACT',
      'lior.abend@example.org',
      'Haifa',
      '',
      'EDUCATION',
      'BSc Physics',
      'Technion',
      '2011 – 2014',
      '',
      'VOLUNTEERING',
      'Code Club mentor',
      '2016 – 2018',
    ];
    const main = [
      'EXPERIENCE',
      'Mobile Engineer, Kinneret Apps',
      'Mar 2019 – Present',
      'Built the Android app in Kotlin with',
      'Jetpack Compose and a Gradle build that',
      'ships nightly to the testers.',
      '',
      'Android Developer, Carmel Labs',
      'Jan 2015 – Feb 2019',
      'Wrote the banking app in Java and kept',
      'the release train on time.',
      'Mentored two juniors on reviews.',
      'Ran the weekly demo for the bank.',
      '',
    ];
    const lines = main.map((right, index) => `${(side[index] ?? '').padEnd(26)}${right}`.trimEnd());
    const result = await extractText(['Lior Abend', '', ...lines].join('\n'));
    expect(resultRoleRows(result)).toEqual([
      ['Kinneret Apps', 'Mobile Engineer', '2019-03', 'present'],
      ['Carmel Labs', 'Android Developer', '2015-01', '2019-02'],
    ]);
  });
});
