import { describe, expect, it } from 'vitest';
import { untracked } from '../../../src/extract/line-model.js';
import {
  documentLines,
  extractBytes,
  extractText,
  fixtureDocument,
  resultRoleRows,
  schools,
  technologiesByPosition,
} from './extract-text.js';
import { column, makeDocx, makePdf, pdfItem, pdfTexts } from './make-documents.js';

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

/** Each school of a result as [institution, start, end]. */
function schoolRows(result: Awaited<ReturnType<typeof extractText>>) {
  return schools(result).map((school) => [school.institution, school.startDate, school.endDate]);
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
    schools: schoolRows(result),
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

describe('letter-spaced (tracked) text read back as words', () => {
  it('closes up a run of single glyphs a space apart, keeping the wider gaps between words', () => {
    expect(untracked('E X P E R I E N C E', false)).toBe('EXPERIENCE');
    expect(untracked('W O R K   E X P E R I E N C E')).toBe('WORK EXPERIENCE');
    expect(untracked('P R O J E C T S   &   A W A R D S')).toBe('PROJECTS   &   AWARDS');
  });

  it('keeps a date’s words apart at its dash and where letters meet digits', () => {
    expect(untracked('2 0 2 2 — P R E S E N T')).toBe('2022 — PRESENT');
    expect(untracked('S E P 2 0 1 7 – M A R 2 0 2 1')).toBe('SEP 2017 – MAR 2021');
    expect(untracked('0 3 / 2 0 1 8 – 0 9 / 2 0 1 8')).toBe('03/2018 – 09/2018');
    expect(untracked("J U N ' 1 8 – N O W")).toBe("JUN '18 – NOW");
  });

  it('closes addresses and places up and parts a capital after a small letter', () => {
    expect(untracked('m a r a . v o s s @ e x a m p l e . c o m', false)).toBe('mara.voss@example.com');
    expect(untracked('O S L O , N O R W A Y', false)).toBe('OSLO, NORWAY');
    expect(untracked('M a r a V o s s', false)).toBe('Mara Voss');
  });

  it('leaves ordinary text, and a line of letters whose words nothing tells apart, as written', () => {
    expect(untracked('Built an A B test harness in Go')).toBe('Built an A B test harness in Go');
    expect(untracked('R & D lead')).toBe('R & D lead');
    expect(untracked('S K I L L S A N D T O O L S')).toBe('S K I L L S A N D T O O L S');
  });

  it('reads a plain-text résumé whose headings and dates are letter-spaced', async () => {
    const text = [
      'M A R A   V O S S',
      'mara.voss@example.com',
      '',
      'P R O F E S S I O N A L   E X P E R I E N C E',
      '',
      'Staff Engineer, Fjellvang Energi',
      'J A N 2 0 2 1 – P R E S E N T',
      '- Runs the Kafka platform and its Terraform.',
      '',
      'Senior Engineer, Nordkapp Media',
      '0 4 / 2 0 1 7 – 1 2 / 2 0 2 0',
      '- Video pipelines in Go.',
      '',
      'E D U C A T I O N',
      '',
      'MSc Informatics, University of Tromsø',
      '2 0 1 5 – 2 0 1 7',
    ].join('\n');
    const result = await extractText(text);
    expect(resultRoleRows(result)).toEqual([
      ['Fjellvang Energi', 'Staff Engineer', '2021-01', 'present'],
      ['Nordkapp Media', 'Senior Engineer', '2017-04', '2020-12'],
    ]);
    expect(schoolRows(result)).toEqual([['University of Tromsø', '2015', '2017']]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Kafka', 'Terraform'],
      ['Go'],
    ]);
  });

  it('closes up PDF items whose glyphs the reader spaced, and the words a tracked space item parts', () => {
    // As pdfjs reads CSS letter-spacing: a space between the glyphs of an item, each word space an item of its own
    // set wider than a word space by the tracking on its sides.
    const page = [
      pdfItem('E X P E R I E N C E', 40, 100, { size: 10, width: 105 }),
      pdfItem('Data Engineer, Harrowgate Foods', 40, 118),
      pdfItem('M A R', 40, 130, { size: 8, width: 23 }),
      pdfItem(' ', 63, 130, { size: 8, width: 10 }),
      pdfItem('2 0 1 9', 71, 130, { size: 8, width: 28 }),
      pdfItem(' ', 99, 130, { size: 8, width: 10 }),
      pdfItem('—', 107, 130, { size: 8, width: 8 }),
      pdfItem(' ', 115, 130, { size: 8, width: 10 }),
      pdfItem('P R E S E N T', 123, 130, { size: 8, width: 51 }),
      pdfItem('I T', 40, 160, { size: 10, width: 14 }),
      pdfItem(' ', 54, 160, { size: 10, width: 12 }),
      pdfItem('S U P P O R T', 66, 160, { size: 10, width: 75 }),
    ];
    // Alone on its row, a heading of capitals stays as set: its words could be several ("Z O E L I N D"), and the
    // sections read it so.
    expect(pdfTexts(page)).toEqual([
      'E X P E R I E N C E',
      'Data Engineer, Harrowgate Foods',
      'MAR 2019 — PRESENT',
      'IT SUPPORT',
    ]);
  });
});

describe('a sidebar whose headings are letter-spaced at the size of the text beside them', () => {
  // A builder's left sidebar: tracked headings in 10 pt (the main column's text is 10.5 pt), small entries under
  // them, several of whose baselines the main column shares.
  const side = (text: string, top: number, size = 8.5, font = 'body') =>
    pdfItem(text, 60, top, { size, font });
  const main = (text: string, top: number, font = 'body', size = 10.5) =>
    pdfItem(text, 228, top, { size, font });
  const page = [
    side('C O N T A C T', 80.4, 10, 'bold'),
    pdfItem(' ', 96, 80.4, { size: 10, font: 'bold', width: 8 }),
    pdfItem('D E T A I L S', 104, 80.4, { size: 10, font: 'bold', width: 60 }),
    side('teodora.vlasceanu@example.ro', 93.6),
    side('+40 264 555 013', 103.5),
    side('Cluj-Napoca, Romania', 113.4),
    side('E D U C AT I O N', 134.7, 10, 'bold'),
    side('Babeș-Bolyai University', 148, 8.5, 'bold'),
    side('BSc, Computer Science', 157.9),
    side('2012 – 2015', 167.8),
    side('K E Y', 189.1, 10, 'bold'),
    pdfItem(' ', 82, 189.1, { size: 10, font: 'bold', width: 8 }),
    pdfItem('S K I L L S', 90, 189.1, { size: 10, font: 'bold', width: 54 }),
    side('Kotlin', 202.3),
    side('Spring Boot', 212.2),
    side('Kafka', 222.1),
    side('MongoDB', 232),
    side('Docker', 241.9),
    side('Linux', 251.8),
    main('Teodora Vlăsceanu', 77.3, 'bold', 22),
    main('Backend Developer', 93.6, 'body', 12),
    main('Backend developer for payment companies: Kotlin services', 131.2),
    main('that settle cards overnight.', 143.5),
    main('EXPERIENCE', 168.4, 'bold', 11),
    main('Backend Developer — Someș Payments', 180.8, 'bold'),
    main('Mar 2019 – Present', 191.6, 'body', 9),
    main('– Card settlement services in Kotlin on Kafka, with', 203.5),
    pdfItem('retries in Redis.', 242, 215.8, { size: 10.5 }),
    main('Java Developer — Ardeal Soft', 228, 'bold'),
    main('Jul 2015 – Feb 2019', 238.9, 'body', 9),
    main('– Spring Boot services backed by MongoDB, shipped', 250.8),
    pdfItem('in Docker.', 242, 263, { size: 10.5 }),
  ];

  it('reads the sidebar apart from the main column, each heading of several items closed up', () => {
    const lines = pdfTexts(page);
    expect(lines.slice(0, 15)).toEqual([
      'CONTACT DETAILS',
      'teodora.vlasceanu@example.ro',
      '+40 264 555 013',
      'Cluj-Napoca, Romania',
      'E D U C AT I O N',
      'Babeș-Bolyai University',
      'BSc, Computer Science',
      '2012 – 2015',
      'KEY SKILLS',
      'Kotlin',
      'Spring Boot',
      'Kafka',
      'MongoDB',
      'Docker',
      'Linux',
    ]);
    expect(lines).toContain('Backend Developer — Someș Payments');
    expect(lines).toContain('Mar 2019 – Present');
  });
});

describe('Chromium-printed PDFs set with CSS letter-spacing', () => {
  const pdfLayout = (name: string) => fixtureDocument('pdf-layouts', name);
  const extract = async (name: string) => extractBytes(await pdfLayout(name), name);

  it('reads tracked headings and dates under each title, one column', async () => {
    const result = await extract('tracked-headings.pdf');
    expect(resultRoleRows(result)).toEqual([
      ['Larchmont Health', 'Senior Product Designer', '2022', 'present'],
      ['Quayside Bank', 'Product Designer', '2019-03', '2021-12'],
      ['Fennel Studio', 'UX Designer', '2016', '2019'],
    ]);
    expect(schoolRows(result)).toEqual([['Dublin Institute of Design', '2012', '2016']]);
    expect(result.warnings.map((warning) => warning.code)).not.toContain('NO_DATES');
    const lines = await documentLines('tracked-headings.pdf', await pdfLayout('tracked-headings.pdf'));
    expect(lines).toContain('OTTILIE BRENNAN');
    expect(lines).toContain('MAR 2019 — DEC 2021');
  });

  it('reads a sidebar with tracked headings beside entries whose tracked dates stand right of the title', async () => {
    const result = await extract('tracked-sidebar.pdf');
    expect(resultRoleRows(result)).toEqual([
      ['Elbtal Logistik', 'Senior Backend Engineer', '2021-04', 'present'],
      ['Saalepost GmbH', 'Backend Engineer', '2017-09', '2021-03'],
      ['Muldental Software', 'Software Developer', '2015', '2017'],
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Python', 'PostgreSQL', 'Grafana'],
      ['Docker'],
      [],
    ]);
    expect(result.resume.basics?.name).toBe('KASIMIR ODUYA');
  });

  it('reads a left column of tracked dates beside the entries over two pages, and a tracked mixed-case name', async () => {
    const result = await extract('tracked-date-column.pdf');
    expect(resultRoleRows(result)).toEqual([
      ['Harbourline Energy', 'Lead Data Scientist', '2020-01', 'present'],
      ['Kōwhai Insurance', 'Data Scientist', '2016-06', '2019-12'],
      ['Rimutaka Rail', 'Analyst', '2014', '2016'],
    ]);
    expect(schoolRows(result)).toEqual([
      ['Victoria University of Wellington', '2011', '2013'],
      ['University of Otago', '2008', '2011'],
    ]);
    expect(result.resume.basics?.name).toBe('Anneliese Karrow');
    expect(String(result.resume.basics?.email).toLowerCase()).toBe('anneliese.karrow@example.com');
  });
});

describe('labelled-field entries: one block of "Client:", "Role:", "Period:" lines per engagement', () => {
  const head = ['Ruairi Castellanos', 'Independent Data Engineer', 'ruairi.castellanos@example.com', ''];
  const expected = [
    ['Northmoor Bank', 'Lead Data Engineer', '2023-02', 'present'],
    ['Calderwood Energy', 'Data Engineer', '2021-03', '2023-01'],
    ['Lochside Retail', 'BI Developer', '2019-06', '2021-02'],
  ];
  const technologies = [
    ['Spark', 'Databricks', 'Azure Data Factory'],
    ['Airflow', 'dbt', 'Snowflake'],
    ['Power BI', 'SQL Server'],
  ];

  it('reads each block of a plain-text section as a position with its technologies', async () => {
    const text = [
      ...head,
      'Professional experience',
      '',
      'Client: Northmoor Bank',
      'Role: Lead Data Engineer',
      'Period: February 2023 – present',
      'Location: Edinburgh (hybrid)',
      'Technologies: Spark, Databricks, Azure Data Factory',
      '- Rebuilt the risk data mart.',
      '- Coached four engineers on testing pipelines.',
      '',
      'Client: Calderwood Energy',
      'Role: Data Engineer',
      'Period: March 2021 – January 2023',
      'Location: Remote',
      'Technologies: Airflow, dbt, Snowflake',
      '- Moved forty nightly jobs.',
      '',
      'Client: Lochside Retail',
      'Role: BI Developer',
      'Period: June 2019 – February 2021',
      'Technologies: Power BI, SQL Server',
      '- Sales dashboards for the stores.',
    ].join('\n');
    const result = await extractText(text);
    expect(resultRoleRows(result)).toEqual(expected);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual(technologies);
  });

  it('reads other labels in another order, with no blank line between the blocks', async () => {
    const text = [
      ...head,
      'Selected engagements',
      '',
      'Organisation: Northmoor Bank',
      'Duration: 02/2023 - present',
      'Position: Lead Data Engineer',
      'Tech stack: Spark, Databricks, Azure Data Factory',
      'Organisation: Calderwood Energy',
      'Duration: 03/2021 - 01/2023',
      'Position: Data Engineer',
      'Environment: Airflow, dbt, Snowflake',
      'Organisation: Lochside Retail',
      'Duration: 06/2019 - 02/2021',
      'Position: BI Developer',
      'Tools: Power BI, SQL Server',
    ].join('\n');
    const result = await extractText(text);
    expect(resultRoleRows(result)).toEqual(expected);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual(technologies);
  });

  it('reads the blocks in Markdown with bold labels', async () => {
    const text = [
      '# Ruairi Castellanos',
      '',
      '## Experience',
      '',
      '**Customer:** Northmoor Bank  ',
      '**Title:** Lead Data Engineer  ',
      '**When:** Feb 2023 – now',
      '',
      '- Spark jobs on Databricks.',
      '',
      '**Customer:** Calderwood Energy  ',
      '**Title:** Data Engineer  ',
      '**When:** Mar 2021 – Jan 2023',
      '',
      '- Airflow DAGs feeding Snowflake.',
    ].join('\n');
    const result = await extractText(text, 'resume.md');
    expect(resultRoleRows(result)).toEqual(expected.slice(0, 2));
  });

  it('reads a Word résumé whose blocks are paragraphs or two-column label/value tables', async () => {
    const docx = await makeDocx([
      { heading: 'Ruairi Castellanos' },
      { heading: 'Work experience', level: 2 },
      {
        table: [
          [['Client'], ['Northmoor Bank']],
          [['Role'], ['Lead Data Engineer']],
          [['Period'], ['February 2023 – present']],
          [['Technologies'], ['Spark, Databricks, Azure Data Factory']],
        ],
      },
      { paragraph: '' },
      {
        table: [
          [['Client'], ['Calderwood Energy']],
          [['Role'], ['Data Engineer']],
          [['Period'], ['March 2021 – January 2023']],
          [['Technologies'], ['Airflow, dbt, Snowflake']],
        ],
      },
      { paragraph: '' },
      { paragraph: 'Client: Lochside Retail' },
      { paragraph: 'Role: BI Developer' },
      { paragraph: 'Period: June 2019 – February 2021' },
      { paragraph: 'Technologies: Power BI, SQL Server' },
    ]);
    const result = await extractBytes(docx, 'resume.docx');
    expect(resultRoleRows(result)).toEqual(expected);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual(technologies);
  });

  it('reads the blocks in a PDF', async () => {
    const pdf = await makePdf([
      [
        { text: 'Ruairi Castellanos', x: 50, top: 60, size: 18, bold: true },
        { text: 'EXPERIENCE', x: 50, top: 100, size: 12, bold: true },
        ...column(50, 122, [
          'Client: Northmoor Bank',
          'Role: Lead Data Engineer',
          'Period: February 2023 – present',
          'Technologies: Spark, Databricks, Azure Data Factory',
        ]),
        ...column(50, 200, [
          'Client: Calderwood Energy',
          'Role: Data Engineer',
          'Period: March 2021 – January 2023',
          'Technologies: Airflow, dbt, Snowflake',
        ]),
      ],
    ]);
    const result = await extractBytes(pdf, 'resume.pdf');
    expect(resultRoleRows(result)).toEqual(expected.slice(0, 2));
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual(
      technologies.slice(0, 2),
    );
  });

  it('keeps the clients under a consultant’s dated position as that position’s engagements', async () => {
    const text = [
      ...head,
      'Experience',
      '',
      'Senior Consultant, Brackenridge Partners   2018 – 2023',
      '',
      'Client: Northmoor Bank',
      'Role: Data lead',
      'Period: 2021 – 2023',
      '',
      'Client: Calderwood Energy',
      'Role: Data engineer',
      'Period: 2018 – 2021',
    ].join('\n');
    const roles = resultRoleRows(await extractText(text));
    expect(roles.map((role) => role[0])).toEqual(['Brackenridge Partners']);
  });
});

describe('a PDF entry head beside its date cell and the line under it', () => {
  const dated = (date: string, head: string, top: number) => [
    pdfItem(date, 40, top, { size: 9 }),
    pdfItem(head, 130, top, { size: 10 }),
  ];

  it('keeps a head that runs to the right edge apart from the sentence under it', () => {
    const page = [
      pdfItem('EXPERIENCE', 40, 60, { size: 12, font: 'bold' }),
      ...dated(
        '2019 – present',
        'Senior Lecturer in Electrical Systems, Faculty of Engineering, University of Dunmore',
        100,
      ),
      pdfItem('Teach the modules on control systems and signals to', 130, 113, { size: 10 }),
      pdfItem('second-year students; supervise final-year projects.', 130, 126, { size: 10 }),
      ...dated(
        '2015 – 2019',
        'Research Assistant in Applied Optics, School of Physics and Astronomy, Arden University',
        150,
      ),
      pdfItem('Built the beamline control software in Python.', 130, 163, { size: 10 }),
    ];
    expect(pdfTexts(page)).toEqual([
      'EXPERIENCE',
      '2019 – present    Senior Lecturer in Electrical Systems, Faculty of Engineering, University of Dunmore',
      'Teach the modules on control systems and signals to second-year students; supervise final-year projects.',
      '2015 – 2019    Research Assistant in Applied Optics, School of Physics and Astronomy, Arden University',
      'Built the beamline control software in Python.',
    ]);
  });

  it('runs on a cell beside its dates that is a paragraph, closing its first sentence at the edge', () => {
    const page = [
      pdfItem('EXPERIENCE', 40, 60, { size: 12, font: 'bold' }),
      ...dated(
        '2018 – present',
        'Kestrel Mobility — Android Engineer, then Tech Lead of the rider app from 2021.',
        100,
      ),
      pdfItem('Rebuilt the booking flow in Kotlin and Jetpack Compose.', 130, 113, { size: 10 }),
    ];
    expect(pdfTexts(page)).toEqual([
      'EXPERIENCE',
      '2018 – present    Kestrel Mobility — Android Engineer, then Tech Lead of the rider app from 2021. Rebuilt the booking flow in Kotlin and Jetpack Compose.',
    ]);
  });

  it('still joins a head whose name wraps onto the next line', () => {
    const page = [
      pdfItem('EXPERIENCE', 40, 60, { size: 12, font: 'bold' }),
      ...dated(
        '2016 – 2021',
        'Postdoctoral Researcher, Institute for Marine and Antarctic Studies, University of',
        100,
      ),
      pdfItem('Southern Tasmania', 130, 113, { size: 10 }),
      pdfItem('Modelled sea-ice drift with Fortran and Python.', 130, 130, { size: 10 }),
    ];
    expect(pdfTexts(page)).toEqual([
      'EXPERIENCE',
      '2016 – 2021    Postdoctoral Researcher, Institute for Marine and Antarctic Studies, University of Southern Tasmania',
      'Modelled sea-ice drift with Fortran and Python.',
    ]);
  });
});
