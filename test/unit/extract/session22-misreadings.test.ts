import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { studiesHeaderRow } from '../../../src/extract/tables.js';
import {
  EXPERIENCE_HEAD,
  educationOf,
  extractBytes,
  extractText,
  resultRoleRows,
  rolesUnderHead,
  schools,
  seedCatalogue,
  skillGroups,
  technologiesByPosition,
} from './extract-text.js';
import { makeDocx, makePdf } from './make-documents.js';

/**
 * Session 22 (xmisfire): misreadings earlier sessions noticed and left, each a convention of résumés. Every input is
 * built here (invented people, employers, schools and places); the expected answers are what a reader takes from it.
 */

describe('a table whose header row names a school or a degree column lists studies (item 1)', () => {
  const studiesTable = [
    '| Period | Institution | Degree |',
    '|---|---|---|',
    '| 2010 – 2014 | Marlow University | BSc Computer Science |',
    '| 2014 – 2015 | Tarn Institute of Technology | MSc Data Science |',
  ];
  const marlow = {
    institution: 'Marlow University',
    studyType: 'BSc',
    area: 'Computer Science',
    startDate: '2010',
    endDate: '2014',
  };
  const tarn = {
    institution: 'Tarn Institute of Technology',
    studyType: 'MSc',
    area: 'Data Science',
    startDate: '2014',
    endDate: '2015',
  };
  const job = ['### Backend Engineer, Tessel Labs', '2015 – 2020', '- Built the billing services'];

  it('reads a Markdown table of studies before any heading as education, not as jobs', async () => {
    const result = await extractText(
      [
        '# Dalia Fenwick',
        'dalia.fenwick@example.org',
        '',
        ...studiesTable,
        '',
        '## Experience',
        '',
        ...job,
      ].join('\n'),
      'resume.md',
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow, tarn]);
  });

  it('reads such a table inside the work history as education, and the jobs after it as jobs', async () => {
    const result = await extractText(
      [
        '# Dalia Fenwick',
        '',
        '## Experience',
        '',
        ...job,
        '',
        ...studiesTable,
        '',
        '### Data Engineer, Orrin Freight',
        '2020 – 2023',
        '- Wrote the loaders',
      ].join('\n'),
      'resume.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Tessel Labs', 'Backend Engineer', '2015', '2020'],
      ['Orrin Freight', 'Data Engineer', '2020', '2023'],
    ]);
    expect(schools(result)).toEqual([marlow, tarn]);
  });

  it('reads a plain-text table set with tabs the same way', async () => {
    const result = await extractText(
      [
        'Dalia Fenwick',
        'dalia.fenwick@example.org',
        '',
        'Years\tUniversity\tQualification',
        '2010 – 2014\tMarlow University\tBSc Computer Science',
        '',
        'Experience',
        '',
        'Backend Engineer, Tessel Labs',
        '2015 – 2020',
        '- Built the billing services',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow]);
  });

  it('reads a Word table of studies before the first heading as education', async () => {
    const result = await extractBytes(
      await makeDocx([
        { paragraph: 'Dalia Fenwick', bold: true },
        { paragraph: 'dalia.fenwick@example.org' },
        {
          table: [
            [['Period'], ['Institution'], ['Degree']],
            [['2010 – 2014'], ['Marlow University'], ['BSc Computer Science']],
          ],
        },
        { heading: 'Experience' },
        { paragraph: 'Backend Engineer, Tessel Labs', bold: true },
        { paragraph: '2015 – 2020' },
        { bullet: 'Built the billing services' },
      ]),
      'resume.docx',
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow]);
  });

  it('reads a PDF table of studies set in columns before the first heading as education', async () => {
    const row = (top: number, cells: readonly string[], bold = false) =>
      cells.map((text, index) => ({ text, x: [50, 160, 360][index] as number, top, bold }));
    const result = await extractBytes(
      await makePdf([
        [
          { text: 'Dalia Fenwick', x: 50, top: 60, size: 20, bold: true },
          { text: 'dalia.fenwick@example.org', x: 50, top: 90 },
          ...row(130, ['Period', 'Institution', 'Degree'], true),
          ...row(146, ['2010 – 2014', 'Marlow University', 'BSc Computer Science']),
          ...row(162, ['2014 – 2015', 'Tarn Institute of Technology', 'MSc Data Science']),
          { text: 'Experience', x: 50, top: 210, size: 14, bold: true },
          { text: 'Backend Engineer, Tessel Labs', x: 50, top: 234, bold: true },
          { text: '2015 – 2020', x: 50, top: 248 },
          { text: '• Built the billing services', x: 50, top: 262 },
        ],
      ]),
      'resume.pdf',
    );
    expect(resultRoleRows(result)).toEqual([['Tessel Labs', 'Backend Engineer', '2015', '2020']]);
    expect(schools(result)).toEqual([marlow, tarn]);
  });

  it.each([
    ['| Period | Institution | Degree |', true],
    ['School | Degree | Grade', true],
    ['Years    College    Field of study', true],
    // A column of employers or titles makes a table of positions, whatever else it holds.
    ['| Period | Company | Degree |', false],
    ['| Period | Employer | Role |', false],
    // A certificate is no degree, and a row of values is no header.
    ['| Certificate | Institution | Year |', false],
    ['| 2010 – 2014 | Marlow University | BSc |', false],
    ['Institution', false],
  ])('takes %j for the header of a table of studies: %s', (row, expected) => {
    expect(studiesHeaderRow(row)).toBe(expected);
  });
});

/** Each position of a résumé made of EXPERIENCE_HEAD and `lines` as [employer, title, team, city, start, end]. */
async function placedRoles(...lines: string[]) {
  const result = await extractText([...EXPERIENCE_HEAD, ...lines].join('\n'));
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [
      work.name,
      position.position,
      position.team,
      typeof position.location === 'object' ? position.location.city : position.location,
      position.startDate,
      position.endDate,
    ]),
  );
}

describe('a city between the title and the dates is the place, the employer on the next line (item 2)', () => {
  it.each([
    ['Senior Engineer | London | Jun 2018 – Mar 2021', 'Kestrel Payments', 'London'],
    ['Senior Engineer | Oslo | Jun 2018 – Mar 2021', 'Orla Freight', 'Oslo'],
    ['Senior Engineer – Lisbon – Jun 2018 – Mar 2021', 'Halden Works', 'Lisbon'],
  ])('reads %j over %j', async (header, employer, city) => {
    expect(await placedRoles(header, employer, '- Built the ledger service')).toEqual([
      [employer, 'Senior Engineer', undefined, city, '2018-06', '2021-03'],
    ]);
  });

  it('reads two such entries', async () => {
    expect(
      await rolesUnderHead(
        'Senior Engineer | London | Jun 2018 – Mar 2021',
        'Kestrel Payments',
        '- Built the ledger service',
        '',
        'Engineer | Berlin | Jan 2015 – May 2018',
        'Orla Freight',
        '- Wrote the route planner',
      ),
    ).toEqual([
      ['Kestrel Payments', 'Senior Engineer', '2018-06', '2021-03'],
      ['Orla Freight', 'Engineer', '2015-01', '2018-05'],
    ]);
  });

  it('keeps a city as the employer where the header names nothing else', async () => {
    // No other name in the header: the part after the title is all there is to be the employer.
    expect(
      await rolesUnderHead('Senior Engineer | Lisbon | Jun 2018 – Mar 2021', '- Built the ledger service'),
    ).toEqual([['Lisbon', 'Senior Engineer', '2018-06', '2021-03']]);
  });
});

describe('"Title, Employer, Unit, City": the unit after the employer is the team, the city last the place (item 3)', () => {
  it.each([
    [
      'Lab Technician, Halvard Hospital, Research Centre, Bergen, 2018 – 2020',
      'Halvard Hospital',
      'Research Centre',
      'Bergen',
    ],
    [
      'Analyst, Norrvik Council, Department of Planning, Oslo, 2018 – 2020',
      'Norrvik Council',
      'Department of Planning',
      'Oslo',
    ],
    [
      'Research Assistant, Marlow University, Vision Lab, Dublin, 2018 – 2020',
      'Marlow University',
      'Vision Lab',
      'Dublin',
    ],
  ])('reads %j', async (header, employer, team, city) => {
    expect(await placedRoles(header, '- Ran the assays')).toEqual([
      [employer, header.split(',')[0], team, city, '2018', '2020'],
    ]);
  });

  it('keeps a research unit before its institution as one employer', async () => {
    expect(
      await placedRoles('Research Intern, Precog Lab, Marlow Institute of Technology, 2018 – 2020'),
    ).toEqual([
      ['Precog Lab, Marlow Institute of Technology', 'Research Intern', undefined, undefined, '2018', '2020'],
    ]);
  });
});

/** An education entry as `schools` gives it. */
function study(
  institution: string,
  studyType: string,
  area: string | undefined,
  startDate: string | undefined,
  endDate: string,
) {
  return { institution, studyType, area, startDate, endDate };
}

describe('a short name right over a degree that names no school is its school (item 4)', () => {
  it.each(['NUI Maynooth', 'UCL', 'TCD Dublin'])(
    'reads %j over "BSc Computer Science | 2012 – 2016"',
    async (name) => {
      expect(await educationOf(name, 'BSc Computer Science | 2012 – 2016')).toEqual([
        study(name, 'BSc', 'Computer Science', '2012', '2016'),
      ]);
    },
  );

  it('reads such a name after a school named with a school word, with no blank line between', async () => {
    expect(
      await educationOf(
        'Marlow University',
        'BSc Computer Science | 2012 – 2016',
        'NUI Maynooth',
        'MSc Data Science | 2016 – 2017',
      ),
    ).toEqual([
      study('Marlow University', 'BSc', 'Computer Science', '2012', '2016'),
      study('NUI Maynooth', 'MSc', 'Data Science', '2016', '2017'),
    ]);
  });

  it('keeps a name under a degree with it where the degrees come first', async () => {
    expect(
      await educationOf(
        'BSc Computer Science | 2012 – 2016',
        'NUI Maynooth',
        '',
        'MSc Data Science | 2016 – 2017',
        'Marlow University',
      ),
    ).toEqual([
      study('NUI Maynooth', 'BSc', 'Computer Science', '2012', '2016'),
      study('Marlow University', 'MSc', 'Data Science', '2016', '2017'),
    ]);
  });

  it('takes no honours line for a school', async () => {
    expect(
      await educationOf(
        'Marlow University',
        'BSc Computer Science | 2012 – 2016',
        'First Class Honours',
        'MSc Data Science | 2016 – 2017',
      ),
    ).toEqual([
      study('Marlow University', 'BSc', 'Computer Science', '2012', '2016'),
      study('Marlow University', 'MSc', 'Data Science', '2016', '2017'),
    ]);
  });
});

describe('"Bachelor of … with Honours in <field>" is one degree and its field (item 5)', () => {
  it.each([
    [
      'Bachelor of Engineering with Honours in Electrical Engineering',
      'Bachelor of Engineering with Honours',
      'Electrical Engineering',
    ],
    ['Bachelor of Science with Honours in Physics', 'Bachelor of Science with Honours', 'Physics'],
    [
      'Bachelor of Engineering (Honours) in Software Engineering',
      'Bachelor of Engineering (Honours)',
      'Software Engineering',
    ],
  ])('reads %j', async (degree, studyType, area) => {
    expect(await educationOf('Marlow University', `${degree} | 2012 – 2016`)).toEqual([
      study('Marlow University', studyType, area, '2012', '2016'),
    ]);
  });
});

/** The technologies of each position of a résumé made of `lines` (a name, an address, then the sections). */
async function technologiesOf(...lines: string[]) {
  const result = await extractText(['Tomasz Wren', 'tomasz.wren@example.org', '', ...lines].join('\n'));
  return technologiesByPosition(result).map((position) => position.technologies);
}

describe('"Go" opening a line that goes on with the sentence above is the language; "go" the verb stays out (item 6)', () => {
  it('reads "Go" at the start of a wrapped line after "in Python and"', async () => {
    expect(
      await technologiesOf(
        'Experience',
        'Platform Engineer, Quillon Freight, 2019 – 2022',
        '- Rewrote the payments gateway in Python and',
        '  Go, cutting its latency by half',
      ),
    ).toEqual([['Python', 'Go']]);
  });

  it('reads a paragraph wrapped before "Go services" the same way', async () => {
    expect(
      await technologiesOf(
        'Experience',
        'Platform Engineer, Quillon Freight, 2019 – 2022',
        'Moved the routing engine off the Perl monolith onto small',
        'Go services for the dispatch desk.',
      ),
    ).toEqual([['Perl', 'Go']]);
  });

  it('keeps "Go" at the start of a bullet out where nothing vouches for it', async () => {
    expect(
      await technologiesOf(
        'Experience',
        'Platform Engineer, Quillon Freight, 2019 – 2022',
        '- Go-to-market plan for the freight app, written in Kotlin',
        '- Go live of the new depot scanners in Swift',
      ),
    ).toEqual([['Kotlin', 'Swift']]);
  });

  it('keeps "go" the verb out after a wrapped line', async () => {
    expect(
      await technologiesOf(
        'Experience',
        'Platform Engineer, Quillon Freight, 2019 – 2022',
        '- Wrote the Kotlin client so that the drivers could',
        '  go offline for a whole shift without losing scans',
      ),
    ).toEqual([['Kotlin']]);
  });
});

describe('a name written with a leading dot keeps it in a skills list (item 7)', () => {
  it.each([
    ['.NET Core, C#, SQL Server', ['.NET Core', 'C#', 'SQL Server']],
    ['Backend: .NET, C#', ['.NET', 'C#']],
  ])('reads %j', async (line, keywords) => {
    const result = await extractText(
      [
        'Tomasz Wren',
        '',
        'Skills',
        line,
        '',
        'Experience',
        'Platform Engineer, Quillon Freight, 2019 – 2022',
        '- Built the billing system',
      ].join('\n'),
    );
    expect(skillGroups(result).map((group) => group.keywords)).toEqual([keywords]);
  });
});

describe('a longer catalogue name holds the words of a shorter one inside it (item 8)', () => {
  it('gives a wrapped "Firebase" over "Crashlytics." one technology', async () => {
    expect(
      await technologiesOf(
        'Experience',
        'Mobile Engineer, Quillon Freight, 2019 – 2022',
        '- Set up the release pipeline on Bitrise and crash reporting with Firebase',
        '  Crashlytics.',
      ),
    ).toEqual([['Bitrise', 'Firebase Crashlytics']]);
  });

  it.each([
    ['Firebase Crashlytics, Fastlane', ['Firebase Crashlytics', 'Fastlane']],
    ['Firebase Cloud Messaging, Firebase Crashlytics', ['Firebase Cloud Messaging', 'Firebase Crashlytics']],
  ])('finds %j as the names written whole', async (text, names) => {
    const matcher = createMentionMatcher((await seedCatalogue()).technologies);
    expect(matcher.find(text).map((mention) => mention.text)).toEqual(names);
  });
});

describe("a paragraph whose first sentence is the job's header (item 9)", () => {
  it('reads "Employer (years). Title on the … team, …" paragraphs as positions', async () => {
    const lines = [
      'Experience',
      '',
      'Quillon Freight (2019–2022). Senior engineer on the payments team, building services in Go and Kafka for the billing desk.',
      '',
      'Kestrel Systems (2015–2019). Data Engineer, writing loaders in Java for the reporting warehouse.',
    ];
    const result = await extractText(['Tomasz Wren', 'tomasz.wren@example.org', '', ...lines].join('\n'));
    expect(resultRoleRows(result)).toEqual([
      ['Quillon Freight', 'Senior engineer', '2019', '2022'],
      ['Kestrel Systems', 'Data Engineer', '2015', '2019'],
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Go', 'Kafka'],
      ['Java'],
    ]);
  });

  it('reads such a paragraph in Markdown with the employer in bold', async () => {
    const result = await extractText(
      [
        '# Tomasz Wren',
        '',
        '## Experience',
        '',
        '**Quillon Freight** (2019 – present). Platform Engineer on the routing team, moving the planner to Rust.',
      ].join('\n'),
      'resume.md',
    );
    expect(resultRoleRows(result)).toEqual([['Quillon Freight', 'Platform Engineer', '2019', 'present']]);
  });

  it.each([
    ['Led the Rust Migration (2020 – 2021) for the planner. It halved the cost of a route.'],
    ['- Built the planner', '', 'Led the Rust Migration (2020 – 2021). It halved the cost of a route.'],
  ])('leaves a paragraph of the work that holds dates in the job above: %j', async (...lines) => {
    expect(await rolesUnderHead('Platform Engineer, Quillon Freight, 2019 – 2022', ...lines)).toEqual([
      ['Quillon Freight', 'Platform Engineer', '2019', '2022'],
    ]);
  });
});

describe('"2019-now Employer (City): Title." with the job\'s text after it (item 10)', () => {
  it.each([
    [
      'on one line',
      [
        '2019-now Quillon Freight (London): Senior Engineer. Built the billing services in Go.',
        '',
        '2015-2019 Kestrel Systems (Paris): Data Engineer. Wrote the loaders in Java.',
      ],
    ],
    [
      'over its text',
      [
        '2019-now Quillon Freight (London): Senior Engineer.',
        'Built the billing services in Go.',
        '',
        '2015-2019 Kestrel Systems (Paris): Data Engineer.',
        'Wrote the loaders in Java.',
      ],
    ],
  ])('reads the employer, the place, the title and the dates %s', async (_, lines) => {
    expect(await placedRoles(...lines)).toEqual([
      ['Quillon Freight', 'Senior Engineer', undefined, 'London', '2019', undefined],
      ['Kestrel Systems', 'Data Engineer', undefined, 'Paris', '2015', '2019'],
    ]);
  });
});
