import { describe, expect, it } from 'vitest';
import { readTextColumns } from '../../../src/extract/text-columns.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import {
  educationOf,
  extractBytes,
  extractText,
  resultRoleRows,
  roleRows,
  schools,
  skillGroups,
} from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 24: the structure of plain-text and Markdown résumés the extractor missed (issue 10). Every document is
 * invented here; the expected values are what the invented lines say.
 */

const HEAD = ['Teuila Fonoti', 'teuila.fonoti@example.org', ''];

describe('positions written as a two-level list, the dates on an indented line under each item', () => {
  it('reads "* Title, Employer, City" over "(Mon YYYY - Till Date)" and its sub-items', async () => {
    const rows = await roleRows(
      [
        ...HEAD,
        'PROFESSIONAL EXPERIENCE:',
        '',
        '* Junior Network Engineer, Pelorus Telematics Pvt. Ltd., Nagpur',
        '  (Sep 2024 - Till Date)',
        '  - Configure the branch routers and firewalls.',
        '  - Write Python scripts for the switch backups.',
        '',
        '* Network Support Intern, Pelorus Telematics Pvt. Ltd., Nagpur',
        '  (Feb 2024 - Jul 2024)',
        '  - Helped the NOC team with ticket triage.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Pelorus Telematics Pvt. Ltd.', 'Junior Network Engineer', '2024-09', 'present'],
      ['Pelorus Telematics Pvt. Ltd.', 'Network Support Intern', '2024-02', '2024-07'],
    ]);
  });

  it('reads "- Employer — Title" items with bare dates under them and bullets of another glyph', async () => {
    const rows = await roleRows(
      [
        ...HEAD,
        'Experience',
        '',
        '- Quarry Lane Analytics — Data Analyst',
        '    March 2021 – June 2023',
        '    • Built the churn dashboards in Tableau.',
        '- Harbourview Clinic — Reception Coordinator',
        '    January 2018 – February 2021',
        '    • Ran the appointment book.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Quarry Lane Analytics', 'Data Analyst', '2021-03', '2023-06'],
      ['Harbourview Clinic', 'Reception Coordinator', '2018-01', '2021-02'],
    ]);
  });

  it('reads numbered items over "dates | place" lines', async () => {
    const rows = await roleRows(
      [
        ...HEAD,
        'EMPLOYMENT',
        '',
        '1. Site Reliability Engineer, Corvane Freight Ltd',
        '   Aug 2022 - Present | Leeds, UK',
        '   - On-call for the booking platform.',
        '2. Systems Administrator, Harbourview Clinic',
        '   Jan 2019 - Jul 2022 | York, UK',
        '   - Ran the Windows servers.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Corvane Freight Ltd', 'Site Reliability Engineer', '2022-08', 'present'],
      ['Harbourview Clinic', 'Systems Administrator', '2019-01', '2022-07'],
    ]);
  });

  it('reads a Markdown list of positions, the dates in emphasis under each item', async () => {
    const rows = await roleRows(
      [
        '# Maren Oyelaran',
        '',
        'maren@example.org',
        '',
        '## Experience',
        '',
        '* **Associate Data Engineer**, Tidewell Data Labs, Pune',
        '  *(Aug 2023 – Present)*',
        '    - Writing dbt models on Snowflake.',
        '* **Data Engineering Intern**, Tidewell Data Labs, Pune',
        '  *(Jan 2023 – Jun 2023)*',
        '    - Migrated SQL Server procedures.',
      ].join('\n'),
      'resume.md',
    );
    expect(rows).toEqual([
      ['Tidewell Data Labs', 'Associate Data Engineer', '2023-08', 'present'],
      ['Tidewell Data Labs', 'Data Engineering Intern', '2023-01', '2023-06'],
    ]);
  });

  it('reads a Word list whose items share one indent, the bracketed dates in a paragraph under each header item', async () => {
    const bytes = await makeDocx([
      { paragraph: 'Maren Oyelaran' },
      { paragraph: 'maren@example.org' },
      { heading: 'Professional Experience', level: 2 },
      { bullet: 'Associate Data Engineer, Tidewell Data Labs Pvt. Ltd., Pune' },
      { paragraph: '(Aug 2023 – Till Date)' },
      { bullet: 'Writing dbt models on Snowflake.' },
      { bullet: 'Airflow DAGs in Python.' },
      { bullet: 'Data Engineering Intern, Tidewell Data Labs Pvt. Ltd., Pune' },
      { paragraph: '(Jan 2023 – Jun 2023)' },
      { bullet: 'Migrated SQL Server procedures.' },
    ]);
    expect(resultRoleRows(await extractBytes(bytes, 'resume.docx'))).toEqual([
      ['Tidewell Data Labs Pvt. Ltd.', 'Associate Data Engineer', '2023-08', 'present'],
      ['Tidewell Data Labs Pvt. Ltd.', 'Data Engineering Intern', '2023-01', '2023-06'],
    ]);
  });

  it('keeps a list of plain details a list of details: an item with no dates under it heads nothing', async () => {
    const rows = await roleRows(
      [
        ...HEAD,
        'Experience',
        '',
        'Senior Engineer, Corvane Freight, Leeds',
        'Jan 2020 - Present',
        '* Led the migration to Kubernetes',
        '  - moved 40 services',
        '* Mentored two engineers',
      ].join('\n'),
    );
    expect(rows).toEqual([['Corvane Freight', 'Senior Engineer', '2020-01', 'present']]);
  });

  it('joins an item wrapped onto a line indented to its text (a hanging indent) to that item', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'Experience',
        '',
        '* Associate Consultant, Tessaly Advisory, Pune',
        '  (Jun 2022 - May 2024)',
        '  - Modelled the monthly sales of a retail chain in',
        '    Snowflake for the planning team.',
        '  - Kept the Airflow jobs green.',
      ].join('\n'),
    );
    const position = result.resume.work?.[0]?.positions?.[0];
    expect(position?.highlights).toEqual([
      'Modelled the monthly sales of a retail chain in Snowflake for the planning team.',
      'Kept the Airflow jobs green.',
    ]);
    expect(position?.summary).toBeUndefined();
    expect(position?.technologies).toEqual(expect.arrayContaining(['Snowflake', 'Airflow']));
  });
});

describe('aligned "label : value" rows are a form of one column, not two columns', () => {
  const lines = (texts: string[]) => texts.map((text) => ({ text }));

  it.each([
    [
      'colons after aligned labels',
      [
        'Programming      : Kotlin, Go, TypeScript',
        'Data stores      : PostgreSQL, Redis',
        'Cloud            : AWS, Terraform',
        'Build tools      : Gradle, Bazel',
        'Monitoring       : Grafana, Prometheus',
      ],
    ],
    [
      'dotted leaders after the labels',
      [
        'Statistics   ......  R, Stata, SPSS',
        'Databases    ......  MySQL, MS Access',
        'Reporting    ......  Power BI, Excel',
        'Scripting    ......  Python, Bash',
        'Mapping      ......  QGIS, ArcGIS',
      ],
    ],
    [
      'a personal-details block',
      [
        "Mother's Name     : R. Lakshmi Devi",
        'Date of Birth     : 02-11-2001',
        'Marital Status    : Single',
        'Languages Known   : English, Kannada',
        'Nationality       : Indian',
      ],
    ],
  ])('leaves %s as rows', (_name, texts) => {
    const read = readTextColumns(lines(texts));
    expect(read.map((line) => line.text)).toEqual(texts);
  });

  it('reads each labelled row as a skills group, under its own heading', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'WORK EXPERIENCE',
        'Backend Developer | Lantern Ledger | Jan 2021 - Present',
        '- Payments APIs in Kotlin.',
        '',
        'TECHNICAL SKILLS:',
        'Programming      : Kotlin, Go, TypeScript',
        'Data stores      : PostgreSQL, Redis',
        'Cloud            : AWS, Terraform',
        'Build tools      : Gradle, Bazel',
        '',
        'PERSONAL DETAILS:',
        'Date of Birth    : 02-11-2001',
        'Nationality      : Indian',
      ].join('\n'),
    );
    expect(skillGroups(result)).toEqual([
      { name: 'Programming', keywords: ['Kotlin', 'Go', 'TypeScript'] },
      { name: 'Data stores', keywords: ['PostgreSQL', 'Redis'] },
      { name: 'Cloud', keywords: ['AWS', 'Terraform'] },
      { name: 'Build tools', keywords: ['Gradle', 'Bazel'] },
    ]);
  });

  it('still reads two real columns side by side', () => {
    const texts = [
      'Experience                                    Skills',
      'Senior Engineer, Corvane Freight              Kotlin and Go services',
      'Built the pricing engine for the EU           Postgres tuning and replication',
      'Led the move to event sourcing                Kubernetes operators in Go',
      'Mentored the new graduates                    Terraform modules for AWS',
    ];
    const read = readTextColumns(lines(texts)).map((line) => line.text.trim());
    expect(read.indexOf('Skills')).toBeGreaterThan(read.indexOf('Mentored the new graduates'));
  });
});

describe('public bodies and non-profits on an employer line over indented dated rows', () => {
  const resume = (employer: string) =>
    [
      ...HEAD,
      'WORK EXPERIENCE',
      '',
      'Corvane Freight Ltd, Betio',
      '  Logistics Analyst                     Mar 2023 - Present',
      '  - Route planning in Excel.',
      '',
      employer,
      '  Data Entry Clerk                      Jul 2020 - Jan 2023',
      '  - Filed and scanned the permits.',
    ].join('\n');

  it.each([
    ['Ministry of Lands and Survey, Nuku’alofa', 'Ministry of Lands and Survey'],
    ['Tarawa Water Board, Bikenibeu', 'Tarawa Water Board'],
    ['Mercy Regional Hospital, Lautoka', 'Mercy Regional Hospital'],
    ['Westfield School District, Ohio', 'Westfield School District'],
    ['Public Service Commission', 'Public Service Commission'],
    ['Pacific Islands Statistics Office, Suva', 'Pacific Islands Statistics Office'],
    ['Lautoka City Council', 'Lautoka City Council'],
    ['Samoa Red Cross Society, Apia', 'Samoa Red Cross Society'],
  ])('gives the row under "%s" to that employer', async (line, employer) => {
    const rows = resultRoleRows(await extractText(resume(line)));
    expect(rows).toEqual([
      ['Corvane Freight Ltd', 'Logistics Analyst', '2023-03', 'present'],
      [employer, 'Data Entry Clerk', '2020-07', '2023-01'],
    ]);
  });

  it.each([
    ['a gap', '                      '],
    ['a bar', ' | '],
  ])('reads the organisation over a dated row at its own margin, the dates after %s', async (_name, gap) => {
    const rows = await roleRows(
      [
        ...HEAD,
        'WORK EXPERIENCE',
        '',
        'Corvane Freight Ltd, Betio',
        `Logistics Analyst${gap}Mar 2023 - Present`,
        '- Route planning in Excel.',
        '',
        'Ministry of Lands and Survey, Suva',
        `Data Entry Clerk${gap}Jul 2020 - Jan 2023`,
        '- Filed and scanned the permits.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Corvane Freight Ltd', 'Logistics Analyst', '2023-03', 'present'],
      ['Ministry of Lands and Survey', 'Data Entry Clerk', '2020-07', '2023-01'],
    ]);
  });

  it('reads no employer of an organisation over a row dated within the position above (a client engagement)', async () => {
    const rows = await roleRows(
      [
        ...HEAD,
        'WORK EXPERIENCE',
        '',
        'Corvane Advisory Ltd, Suva',
        'Senior Consultant                    Jan 2015 - Dec 2020',
        '- Led the public-sector engagements.',
        '',
        'Regional Health Authority',
        'Data Entry Clerk                     Mar 2016 - Dec 2016',
        '- Moved the patient records.',
      ].join('\n'),
    );
    expect(rows.map((row) => row[0])).not.toContain('Regional Health Authority');
  });

  it('reads "<Place> Department of …" as a government employer, not a team', async () => {
    const rows = await roleRows(
      [
        '# Leilani Cruz',
        '',
        '## Experience',
        '',
        '2019-present',
        ':   *Network Engineer*, **Marisol Telecom** (Inarajan)',
        '',
        '    Routers and switches.',
        '',
        '2014-2019',
        ':   *IT Technician*, **Texas Department of Transportation** (Mañagaha)',
        '',
        '    Help desk for the district offices.',
      ].join('\n'),
      'resume.md',
    );
    expect(rows).toEqual([
      ['Marisol Telecom', 'Network Engineer', '2019', 'present'],
      ['Texas Department of Transportation', 'IT Technician', '2014', '2019'],
    ]);
  });
});

describe('headings that are a lone adjective or a short label', () => {
  it.each([
    ['Technical', 'skills'],
    ['TECHNICAL:', 'skills'],
    ['Educational Details', 'education'],
    ['SCHOLASTIC DETAILS', 'education'],
    ['Extra-Curricular Activities', 'other'],
    ['Co-curricular Activities', 'other'],
    ['Academic Details', 'education'],
    ['Academic Projects', 'projects'],
    ['Personal Details', 'other'],
    ['Technical Proficiencies', 'skills'],
  ])('reads "%s" as a heading of %s', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });

  it('reads the labelled items under "Technical" (underlined) as the skills', async () => {
    const result = await extractText(
      [
        'Marama Tuiasosopo',
        '================',
        '',
        'Experience',
        '----------',
        '',
        '- **Kolova Telecom** — Systems Engineer — 2020 – Present',
        '',
        'Certifications',
        '--------------',
        '',
        '* CompTIA Network+ (2019)',
        '',
        'Technical',
        '---------',
        '',
        '* Automation: PowerShell, Ansible',
        '* Networks: Cisco, Juniper',
      ].join('\n'),
      'resume.md',
    );
    expect(skillGroups(result)).toEqual([
      { name: 'Automation', keywords: ['PowerShell', 'Ansible'] },
      { name: 'Networks', keywords: ['Cisco', 'Juniper'] },
    ]);
  });
});

describe('education tables and school names', () => {
  it('reads a table of qualifications: no entry of its header row or of the school-leaving rows', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EXPERIENCE',
        'QA Engineer | Brightwell Infotech | Jun 2023 - Present',
        '',
        'ACADEMIC DETAILS:',
        '',
        '| Qualification      | Institution                                | Board/University | Year | Score    |',
        '|--------------------|--------------------------------------------|------------------|------|----------|',
        '| B.E. (ECE)         | Marathwada College of Engineering, Latur   | SRTMU            | 2023 | 7.9 CGPA |',
        '| Intermediate (BiPC)| Sunrise Junior College, Nanded             | BIEAP            | 2019 | 91.2%    |',
        '| SSLC               | Holy Cross School, Nanded                  | State Board      | 2017 | 88%      |',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Marathwada College of Engineering',
        studyType: 'B.E.',
        area: 'ECE',
        startDate: undefined,
        endDate: '2023',
      },
    ]);
  });

  it.each(['Government Engineering College, Kannur', 'National Institute of Technology Norvale, Kestrelpur'])(
    'keeps the town of a school named by generic words (and its state): "%s"',
    async (school) => {
      const result = await extractText(
        [
          ...HEAD,
          'EXPERIENCE',
          'QA Engineer | Brightwell Infotech | Jun 2023 - Present',
          '',
          'EDUCATION',
          '| Degree | College | Year |',
          '|---|---|---|',
          `| B.Tech (Civil) | ${school} | 2022 |`,
        ].join('\n'),
      );
      expect(schools(result).map((entry) => entry.institution)).toEqual([school]);
    },
  );

  it.each([
    ['BSc Physics, University of Kelmor, Tarvik Campus, 2018', 'University of Kelmor'],
    ['BSc Physics — University of Kelmor – Tarvik Campus, 2018', 'University of Kelmor'],
    ['BSc Physics, Kelmor State University, Campus Norvale, 2018', 'Kelmor State University'],
  ])('reads "%s" as a degree of the university, the campus left out', async (line, institution) => {
    const [entry] = await educationOf(line);
    expect(entry?.institution).toBe(institution);
  });

  it.each([
    'Intermediate (MEC), Narayana Junior College, 2016',
    'Pre-University Course, St. Aloysius PU College, 2016',
    'HSC, Maharashtra State Board, 2016',
    '12th, Kendriya Vidyalaya, 2016',
  ])('reads no entry of the school-leaving row "%s"', async (line) => {
    const entries = await educationOf('B.Com, Osmania University, 2019', line);
    expect(entries.map((entry) => entry.institution)).toEqual(['Osmania University']);
  });
});

describe('projects: numbered items over their text, and project blocks that name their employer', () => {
  it('reads "1. Name (what, years)" items over indented text as projects with their dates', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EXPERIENCE',
        'QA Engineer | Brightwell Infotech | Jun 2023 - Present',
        '',
        'ACADEMIC PROJECTS:',
        '',
        '1. Flood Alert Dashboard (final year project, 2022-23)',
        '   River gauge readings streamed with Kafka into',
        '   PostgreSQL; charts in Grafana.',
        '',
        '2. Canteen Token System (mini project, 2021)',
        '   Flutter, Firebase and Node.js.',
      ].join('\n'),
    );
    expect(
      (result.resume.projects ?? []).map((project) => [
        project.name,
        project.startDate,
        project.endDate,
        project.technologies,
      ]),
    ).toEqual([
      ['Flood Alert Dashboard', '2022', '2023', ['Kafka', 'PostgreSQL', 'Grafana']],
      ['Canteen Token System', '2021', undefined, ['Flutter', 'Firebase', 'Node.js']],
    ]);
  });

  it('gives a project block the position at the employer its fields name', async () => {
    const result = await extractText(
      [
        'Anand Kulkarni',
        'anand.k@example.org',
        '',
        'WORK EXPERIENCE',
        'Velantis Software Pvt. Ltd., Pune | Technical Lead | Apr 2021 – Till Date',
        'Velantis Software Pvt. Ltd., Pune | Senior Developer | Jan 2019 – Mar 2021',
        'Orbis Infotech Ltd., Nagpur | Developer | Jul 2016 – Dec 2018',
        '',
        'PROJECT DETAILS',
        'Project #1: Claims Portal',
        'Client: A US insurer',
        'Organisation: Velantis Software Pvt. Ltd.',
        'Duration: Jun 2019 – Dec 2020',
        'Environment: Java, Spring Boot, Angular',
        'Built the claims portal for the agents.',
        '',
        'Project #2: Warehouse Scanner',
        'Client: A logistics company',
        'Employer: Orbis Infotech',
        'Role: Developer',
        'Environment: Kotlin, SQLite',
        'An app for the warehouse scanners.',
      ].join('\n'),
    );
    const held = (result.resume.work ?? []).flatMap((work) =>
      (work.positions ?? []).map((position) => [
        position.position,
        (position.projects ?? []).map((project) => [project.name, project.technologies]),
      ]),
    );
    expect(held).toEqual([
      ['Technical Lead', []],
      ['Senior Developer', [['Claims Portal', ['Java', 'Spring Boot', 'Angular']]]],
      ['Developer', [['Warehouse Scanner', ['Kotlin', 'SQLite']]]],
    ]);
    expect(result.resume.projects ?? []).toEqual([]);
  });
});

describe('a table row of studies whose narrow cells wrapped onto the next line', () => {
  const resume = (...rows: string[]) =>
    [
      'Ravi Menon',
      'ravi.menon@example.org',
      '',
      'EXPERIENCE',
      'QA Engineer | Brightwell Infotech | Jun 2023 - Present',
      '',
      'EDUCATION',
      'Degree\tCollege\tUniversity\tYear\tScore',
      ...rows,
    ].join('\n');

  it('joins each cell to the words that ran over, in the row order', async () => {
    const result = await extractText(
      resume(
        'B.Tech (Computer\tKestrel Institute of Marine\tNorvale State\t2019\t8.1 CGPA',
        'Science)\tEngineering\tUniversity',
      ),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Kestrel Institute of Marine Engineering',
        studyType: 'B.Tech',
        area: 'Computer Science',
        startDate: undefined,
        endDate: '2019',
      },
    ]);
    const source = result.resume.education?.[0]?.source;
    expect(source?.lines).toBe('9-10');
  });

  it('leaves the next row of the table a row of its own', async () => {
    const result = await extractText(
      resume(
        'B.Tech (Computer Science)\tKestrel Institute of Marine Engineering\tNorvale State University\t2019\t8.1 CGPA',
        'M.Tech\tLarkspur Institute of Technology\tNorvale State University\t2021\t8.4 CGPA',
      ),
    );
    expect(schools(result).map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Kestrel Institute of Marine Engineering', 'B.Tech'],
      ['Larkspur Institute of Technology', 'M.Tech'],
    ]);
  });
});

describe('a certification among studies, its issuer on the line under it', () => {
  it.each([
    ['Microsoft Certified: Azure Data Engineer Associate', 'Microsoft'],
    ['Oracle Certified Professional, Java SE 11 Developer', 'Oracle'],
    ['Google Cloud Certified Professional Data Engineer', 'Google'],
  ])('reads no school of "%s" over "%s"', async (certificate, issuer) => {
    const entries = await educationOf(
      '[ 01/10/2014 – 30/06/2018 ]',
      'Bachelor of Science in Informatics',
      'University of Kelmor',
      'City: Kelmor | Country: Norvale',
      '',
      '[ 2023 ]',
      certificate,
      issuer,
    );
    expect(entries.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['University of Kelmor', 'Bachelor of Science'],
    ]);
  });
});

describe("a project's list item wrapped onto a hanging-indented line", () => {
  it('joins the wrapped line to its item', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'PROJECTS',
        '',
        'Tide Tables',
        '  - A service that predicts the tides for the harbour',
        '    pilots, written in Go with a Postgres store.',
        '  - Deployed on Fly.io.',
      ].join('\n'),
    );
    expect(result.resume.projects?.[0]?.highlights).toEqual([
      'A service that predicts the tides for the harbour pilots, written in Go with a Postgres store.',
      'Deployed on Fly.io.',
    ]);
  });
});
