import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { splitSections } from '../../../src/extract/sections.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

describe('sections', () => {
  it.each([
    ['Work History', 'experience'],
    ['EXPERIENCE', 'experience'],
    ['Professional Experience', 'experience'],
    ['Working Experience', 'experience'],
    ['Employment', 'experience'],
    ['Research Experience', 'experience'],
    ['Technical Skills', 'skills'],
    ['Things I use', 'skills'],
    ['Tech Stack', 'skills'],
    ['Core Competencies', 'skills'],
    ['Education', 'education'],
    ['Academic Background', 'education'],
    ['Project Experience', 'projects'],
    ['Selected Projects', 'projects'],
    ['Open Source', 'projects'],
    ['Publications', 'publications'],
    ['Patents', 'publications'],
    ['About Me', 'summary'],
    ['Professional Summary', 'summary'],
    ['Key Achievements', 'summary'],
    ['Awards', 'other'],
    ['Certifications', 'other'],
    ['Volunteer Experience', 'other'],
  ])('%j is a section of %s', (text, kind) => {
    expect(sectionKind(text)).toBe(kind);
  });

  it.each([
    'Senior Software Engineer',
    'Experience Design Lead at Acme',
    'Built the skills matrix for the team',
  ])('%j is no section name', (text) => {
    expect(sectionKind(text)).toBeNull();
  });

  it('cuts at headings in every spelling, and keeps a quieter heading inside a section', () => {
    const lines = modelLines(
      [
        'Jane Doe',
        '',
        '## Work History',
        'Engineer, Acme (2019 – 2021)',
        'Projects:',
        '- Ledger',
        '',
        'EDUCATION',
        'MIT',
        '',
        '**Technical Skills**',
        'Go, Rust',
      ].map((text) => ({ text })),
    );
    expect(
      splitSections(lines).map((section) => [
        section.kind,
        section.title,
        section.lines.filter((l) => !l.blank).map((l) => l.n),
      ]),
    ).toEqual([
      ['preamble', null, [1]],
      ['experience', 'Work History', [4, 5, 6]],
      ['education', 'EDUCATION', [9]],
      ['skills', 'Technical Skills', [12]],
    ]);
  });
});

describe('entries and their headers', () => {
  it('reads headers in both orders, with the dates anywhere on the line', async () => {
    const result = await extractText(
      [
        'Experience',
        'Stripe — Staff Software Engineer (Jan 2021 – Present)',
        '- Payments ledger in Go.',
        'Senior Software Engineer, Uber | 2017 – 2020',
        '- Dispatch on Kafka.',
        'Software Engineer at Google, 2014 – 2017',
        '- Search infrastructure.',
        'Acme Corp, Intern, Berlin, Summer 2013',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Stripe',
        title: 'Staff Software Engineer',
        startDate: '2021-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Uber',
        title: 'Senior Software Engineer',
        startDate: '2017',
        endDate: '2020',
        current: undefined,
      },
      {
        company: 'Google',
        title: 'Software Engineer',
        startDate: '2014',
        endDate: '2017',
        current: undefined,
      },
      { company: 'Acme Corp', title: 'Intern', startDate: '2013', endDate: '2013', current: undefined },
    ]);
  });

  it('reads a date column on the left, and headers over several lines', async () => {
    const result = await extractText(
      [
        'WORK EXPERIENCE',
        '2019 – Present    Principal Engineer, Databricks',
        '                  * Query engine.',
        '2015 – 2019       Senior Engineer, Cloudera',
        '',
        'Backend Engineer',
        'Netflix',
        'Mar 2012 – Feb 2015',
        '• Streaming.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Databricks',
        title: 'Principal Engineer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Cloudera',
        title: 'Senior Engineer',
        startDate: '2015',
        endDate: '2019',
        current: undefined,
      },
      {
        company: 'Netflix',
        title: 'Backend Engineer',
        startDate: '2012-03',
        endDate: '2015-02',
        current: undefined,
      },
    ]);
  });

  it('reads a range split over two lines: the start before the heading text, the end opening the next line', async () => {
    const result = await extractText(
      [
        '# Experience',
        '### Acme Inc., Senior Engineer, Berlin',
        '2020/03 Billing platform',
        '- now Designed the invoicing service.',
        '### Acme Inc., Engineer, Berlin',
        '2018/01 Billing platform',
        '- 2020/03 Built the ledger.',
        '### Initech, Developer, Austin',
        'Jan 2015 –',
        'Dec 2017',
        '- Reports.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Acme Inc.',
        title: 'Senior Engineer',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Acme Inc.',
        title: 'Engineer',
        startDate: '2018-01',
        endDate: '2020-03',
        current: undefined,
      },
      {
        company: 'Initech',
        title: 'Developer',
        startDate: '2015-01',
        endDate: '2017-12',
        current: undefined,
      },
    ]);
    const [acme] = result.resume.work ?? [];
    expect(acme?.positions?.[0]?.highlights).toEqual(['Designed the invoicing service.']);
    expect(acme?.positions?.map((position) => position.projects?.map((project) => project.name))).toEqual([
      undefined,
      undefined,
    ]);
    expect(acme?.positions?.map((position) => position.summary)).toEqual([
      'Billing platform',
      'Billing platform',
    ]);
  });

  it('keeps several positions at one employer in one work entry, under the employer named once', async () => {
    const result = await extractText(
      [
        'Experience',
        'Stripe',
        'Staff Engineer    2021 – now',
        '- Ledger.',
        'Senior Engineer    2018 – 2021',
        '- Billing.',
      ].join('\n'),
    );
    expect(result.resume.work?.map((work) => [work.name, work.positions?.map((p) => p.position)])).toEqual([
      ['Stripe', ['Staff Engineer', 'Senior Engineer']],
    ]);
  });

  it('reads an employer heading over its positions, as profile exports and lists write them', async () => {
    const exported = await extractText(
      [
        'Experience',
        'Google',
        '4 years 3 months',
        'Senior Software Engineer',
        'January 2020 - Present (2 years 1 month)',
        'Led the storage team.',
        'Software Engineer',
        'October 2017 - December 2019 (2 years 3 months)',
        'Worked on client libraries in C++.',
        '',
        'Zenreach, San Francisco, CA',
        'Staff Engineer',
        'Nov 2015 - Oct 2017',
      ].join('\n'),
    );
    expect(positions(exported)).toEqual([
      {
        company: 'Google',
        title: 'Senior Software Engineer',
        startDate: '2020-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Google',
        title: 'Software Engineer',
        startDate: '2017-10',
        endDate: '2019-12',
        current: undefined,
      },
      {
        company: 'Zenreach',
        title: 'Staff Engineer',
        startDate: '2015-11',
        endDate: '2017-10',
        current: undefined,
      },
    ]);
    const listed = await extractText(
      [
        'Experience',
        '**Stripe**, Berlin',
        '- Staff Engineer (2021 – Present)',
        '  - Ledger.',
        '- Senior Engineer (2018 – 2021)',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(listed)).toEqual([
      { company: 'Stripe', title: 'Staff Engineer', startDate: '2021', endDate: undefined, current: true },
      { company: 'Stripe', title: 'Senior Engineer', startDate: '2018', endDate: '2021', current: undefined },
    ]);
  });

  it('reads an employer whose name starts in lower case before its capitals', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Sr. Backend Engineer at xAI',
        '2023.09 — present · Nice, FR',
        '- Built the metrics platform.',
        '',
        'Platform Engineer at eBay',
        '2019.08 — 2023.08 · Berlin',
        '- Search infrastructure.',
      ].join('\n'),
    );
    expect(
      positions(result).map((position) => [position.company, position.title, position.startDate]),
    ).toEqual([
      ['xAI', 'Sr. Backend Engineer', '2023-09'],
      ['eBay', 'Platform Engineer', '2019-08'],
    ]);
  });

  it('keeps a bracket that qualifies a title in it, but not how the person was engaged', async () => {
    const result = await extractText(
      [
        '## Experience',
        '- **Staff Engineer** @ Razorpay _(Jun 2021 – present)_',
        '- **Senior Software Engineer (UI)** @ Flipkart _(Aug 2018 – May 2021)_',
        '- **Web Developer (contract)** @ Infosys _(Jul 2015 – Jul 2018)_',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Razorpay', 'Staff Engineer'],
      ['Flipkart', 'Senior Software Engineer (UI)'],
      ['Infosys', 'Web Developer'],
    ]);
  });

  it('takes a title from the layout when its words are no known job title', async () => {
    const result = await extractText(
      [
        'Jan 2019 - Present: Staff Software Engineer (Stripe)',
        'Mar 2016 - Dec 2018: Senior Software Engineer (Uber)',
        'Jun 2014 - Feb 2016: Student Helper (Technical University of Munich)',
      ].join('\n\n'),
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Stripe', 'Staff Software Engineer'],
      ['Uber', 'Senior Software Engineer'],
      ['Technical University of Munich', 'Student Helper'],
    ]);
  });

  it('reads education with degree, field and dates, and a skills list as a skills list', async () => {
    const result = await extractText(
      [
        'Education',
        'M.S. in Computer Science, Stanford University, 2012 – 2014',
        'Bachelor of Science in Mathematics',
        'University of Waterloo',
        '2008 – 2012',
        '',
        'Skills',
        'Kotlin, Swift',
        'Languages: Go, C++, C#, Python',
        'Cloud | AWS, Kubernetes,',
        'Terraform',
      ].join('\n'),
    );
    expect(result.resume.education?.map(({ source: _, ...rest }) => rest)).toEqual([
      {
        institution: 'Stanford University',
        studyType: 'M.S.',
        area: 'Computer Science',
        startDate: '2012',
        endDate: '2014',
      },
      {
        institution: 'University of Waterloo',
        studyType: 'Bachelor of Science',
        area: 'Mathematics',
        startDate: '2008',
        endDate: '2012',
      },
    ]);
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Skills', ['Kotlin', 'Swift']],
      ['Languages', ['Go', 'C++', 'C#', 'Python']],
      ['Cloud', ['AWS', 'Kubernetes', 'Terraform']],
    ]);
  });

  it('reads plain project lines that name a project and say what it is, keeping a field line with its project', async () => {
    const result = await extractText(
      [
        'PROJECTS',
        'Ledger in Go (school project, 2023): a key-value store on etcd.',
        'Stack: Go, gRPC',
        'Darija sentiment (2022): a classifier trained with PyTorch.',
      ].join('\n'),
    );
    expect(
      result.resume.projects?.map((project) => [project.name, project.startDate, project.technologies]),
    ).toEqual([
      ['Ledger in Go', '2023', ['Go', 'etcd', 'gRPC']],
      ['Darija sentiment', '2022', ['PyTorch']],
    ]);
  });

  it('reads a row of badges or of space-separated technologies as a list, and no other run of words', async () => {
    const result = await extractText(
      [
        '## Tech I use',
        '',
        '![TypeScript](https://img.shields.io/badge/-TypeScript-blue) [![Kafka](https://img.shields.io/badge/-Kafka-black)](https://kafka.apache.org) ![Vite](v.svg)',
        '',
        '## Tools',
        '',
        'PostgreSQL Redis Terraform',
        'Kubernetes operators and friends',
      ].join('\n'),
      'resume.md',
    );
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Tech I use', ['TypeScript', 'Kafka', 'Vite']],
      // The phrase is no run of names; the catalogue's name inside it is the skill (session 18).
      ['Tools', ['PostgreSQL', 'Redis', 'Terraform', 'Kubernetes operators']],
    ]);
  });

  it('attributes each technology to the position whose lines name it', async () => {
    const result = await extractText(
      [
        'Experience',
        'Senior Engineer, Stripe, 2020 – 2022',
        '- Moved billing from MySQL to PostgreSQL.',
        'Engineer, Uber, 2017 – 2020',
        '- Dispatch on Kafka and Go.',
        'Skills: Rust',
      ].join('\n'),
    );
    expect(result.resume.work?.map((work) => [work.name, work.positions?.[0]?.technologies])).toEqual([
      ['Stripe', ['MySQL', 'PostgreSQL']],
      ['Uber', ['Kafka', 'Go']],
    ]);
  });

  it("takes a position's labelled technology list item by item as written, known to the catalogue or not", async () => {
    const result = await extractText(
      [
        'Professional Experience',
        'Infosys Limited, Pune',
        'Designation: Technology Analyst',
        'Duration: Jun 2017 – Jun 2021',
        'Environment: Java 8, Spring MVC, Servlets, Oracle 12c, Hibernate',
        '• Migrated batch jobs to Spring Batch.',
      ].join('\n'),
    );
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toEqual([
      'Java',
      'Spring MVC',
      'Servlets',
      'Oracle',
      'Hibernate',
      'Spring Batch',
    ]);
  });

  it('finds a skills keyword the catalogue does not know where a position writes it, but no common words', async () => {
    const result = await extractText(
      [
        'Experience',
        'ML Engineer, Cabify, 2020 – 2023',
        '- Served models with BentoML on Kubernetes. Mentoring and Leadership of two juniors.',
        '- Moved off bentoml later.',
        '',
        'Skills',
        'MLOps: BentoML, Kubernetes',
        'Soft skills: Leadership, Mentoring',
      ].join('\n'),
    );
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toEqual(['BentoML', 'Kubernetes']);
  });

  it('takes a one-letter language in a bullet when the skills list names it', async () => {
    const document = (skills: string) =>
      [
        'Experience',
        'Firmware Engineer, Bosch, 2019 – 2022',
        '- Motor-control drivers in C.',
        'Skills',
        skills,
      ].join('\n');
    const technologies = async (skills: string) =>
      (await extractText(document(skills))).resume.work?.[0]?.positions?.[0]?.technologies;
    expect(await technologies('C, Python')).toEqual(['C']);
    expect(await technologies('Python, Rust')).toBeUndefined();
  });

  it('takes an ambiguous name after a colon when another line lists it, but no practice that way', async () => {
    const result = await extractText(
      [
        'Backend engineer (Go, PostgreSQL, Machine learning, Kafka)',
        '',
        'Experience',
        'Backend Engineer, JetBrains, 2019 – 2022',
        '- Licensing platform: Go services on Kubernetes.',
        '- Churn model: Machine learning on Spark.',
      ].join('\n'),
    );
    expect(result.resume.work?.[0]?.positions?.[0]?.technologies).toEqual(['Go', 'Kubernetes', 'Spark']);
  });

  it('reads a projects section written as a list, one project per item that names it and says what it is', async () => {
    const result = await extractText(
      [
        'Projects',
        '- **Kite** — a log shipper in Rust, with Kafka output.',
        '  - Stack: Rust, Kafka',
        '- ledger-lite: double-entry bookkeeping on PostgreSQL.',
        '',
        'Skills',
        'Go, Rust',
      ].join('\n'),
      'resume.md',
    );
    expect(
      result.resume.projects?.map((project) => [project.name, project.description, project.technologies]),
    ).toEqual([
      ['Kite', 'a log shipper in Rust, with Kafka output.', ['Rust', 'Kafka']],
      ['ledger-lite', 'double-entry bookkeeping on PostgreSQL.', ['PostgreSQL']],
    ]);
  });

  it('warns about a date it cannot read', async () => {
    const result = await extractText(
      ['Experience', 'Staff Engineer, Stripe, Sept 31st of 2019ish'].join('\n'),
    );
    expect(result.warnings.filter((warning) => warning.code === 'UNREADABLE_DATE')).toEqual([
      {
        code: 'UNREADABLE_DATE',
        message: '"Sept 31" looks like a date but could not be read; the position has no dates.',
        line: 2,
        endLine: 2,
      },
    ]);
  });

  it('warns about an entry without dates and text it cannot place', async () => {
    const result = await extractText(
      ['Experience', 'Staff Engineer, Stripe', '- Ledger.', '', 'Awards', 'Best hackathon 2019'].join('\n'),
    );
    expect(result.warnings).toEqual([
      {
        code: 'UNPLACED_TEXT',
        message: 'Line 6, under "Awards", not part of the résumé format: "Best hackathon 2019"',
        line: 6,
        endLine: 6,
      },
      {
        code: 'NO_DATES',
        message: 'The position at Stripe (Staff Engineer) gives no dates.',
        line: 2,
        endLine: 3,
      },
    ]);
  });
});
