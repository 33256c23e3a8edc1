import { describe, expect, it } from 'vitest';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 31 (xmd31): Markdown résumés as unseen-22 showed them missed: a timeline by year of typed items, content
 * tabs over headed entries, a profile README's headings. Invented people and employers.
 */

describe('a timeline by year of typed items', () => {
  const timeline = [
    '# Marit Oyelaran-Voss',
    '',
    '## 2022',
    '',
    '**Position** — **Platform Engineer** at **Brennholt Energie**',
    '*Apr 2022 → Current · Hamburg*',
    'Terraform modules and a Go operator.',
    '',
    '**Milestone** — Gave my first conference talk.',
    '',
    '## 2019',
    '',
    '**Position** — **Systems Engineer** at **Kielwerk Logistik**',
    '*Jun 2019 → Mar 2022 · Kiel*',
    'Ansible and Bash for the depot servers.',
    '',
    '## 2018',
    '',
    '**Education** — **M.Sc., Computer Science**, Kiel University',
    '*2016 → 2018 · Kiel*',
    '',
    '**Open source** — **depotctl** · a CLI for depot inventories. `rust`',
  ];

  it('reads each type as the heading of its section and each year heading as nothing', () => {
    const read = readMarkdownSource(timeline);
    expect(read).toHaveLength(timeline.length);
    expect(read.slice(2, 5)).toEqual(['', '## Experience', '**Platform Engineer** at **Brennholt Energie**']);
    expect(read[7]).toBe('## Awards');
    expect(read[10]).toBe('');
    expect(read[16]).toBe('');
    expect(read[11]).toBe('## Experience');
    expect(read[17]).toBe('## Education');
    expect(read[18]).toBe('**M.Sc., Computer Science**, Kiel University');
    expect(read[20]).toBe('## Projects');
    expect(read[21]).toBe('**depotctl** · a CLI for depot inventories. `rust`');
  });

  it('gives one position a job, dated by its own line, never by the year above it', async () => {
    const result = await extractText(timeline.join('\n'), 'story.md');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate ?? 'present'])).toEqual([
      ['Brennholt Energie', 'Platform Engineer', '2022-04', 'present'],
      ['Kielwerk Logistik', 'Systems Engineer', '2019-06', '2022-03'],
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Kiel University']);
  });

  it('takes a colon after the type as its separator too', () => {
    const read = readMarkdownSource([
      '## 2022',
      '**Job:** **Tester** at **Acme**',
      '## 2021',
      '',
      '**Award:** Best newcomer',
    ]);
    expect(read).toEqual(['## Experience', '**Tester** at **Acme**', '', '## Awards', 'Best newcomer']);
  });

  it('leaves a page with one typed line, or with types it does not know, as written', () => {
    const one = ['## 2021', '', '**Position** — **Tester** at **Acme**', '*2021 → 2022*'];
    expect(readMarkdownSource(one)).toEqual(one);
    const labels = ['## 2021', '', '**Likes:** `go`', '', '## 2020', '', '**Stack:** `rust`'];
    expect(readMarkdownSource(labels)).toEqual(labels);
  });

  it('leaves labels inside a job alone when no year headings group them', () => {
    const job = [
      '### Acme Bank (2019 – 2021)',
      '',
      '**Role:** Senior Developer',
      '',
      '**Project:** Core banking in Java',
    ];
    expect(readMarkdownSource(job)).toEqual(job);
  });
});

describe('a timeline by year with untyped items', () => {
  const page = [
    '# Ruairí Okonkwo-Hale',
    '',
    '## 2021',
    '',
    '**Data Engineer** at **Liffey Freight**',
    '*May 2021 → present · Dublin*',
    'Airflow and dbt.',
    '',
    '## 2018',
    '',
    '**Analyst** at **Boyne Insurance**',
    '*Jan 2018 → Apr 2021 · Drogheda*',
    '',
    '## 2017',
    '',
    '**B.Sc. in Statistics**, Maynooth University',
    '*2014 → 2017*',
    '',
    '## Skills',
    '',
    'Python, SQL',
  ];

  it('reads each year heading as the heading of its entry’s section when every entry has a span of its own', () => {
    const read = readMarkdownSource(page);
    expect([read[2], read[8], read[13], read[18]]).toEqual([
      '## Experience',
      '## Experience',
      '## Education',
      '## Skills',
    ]);
  });

  it('leaves the year headings as written when an entry has no span but its year', () => {
    const undated = page.map((line) => (line === '*Jan 2018 → Apr 2021 · Drogheda*' ? '*Drogheda*' : line));
    expect(readMarkdownSource(undated)).toEqual(undated);
  });

  it('leaves year headings under a heading of projects to the projects', () => {
    const projects = [
      '## Projects',
      '',
      '### 2022',
      '',
      '**ledgerlint** — a Rust linter (Jan 2022 – Mar 2022)',
      '',
      '### 2021',
      '',
      '**queue-kit** — a Go library (Feb 2021 – Jun 2021)',
    ];
    expect(readMarkdownSource(projects)).toEqual(projects);
  });

  it('dates each position by its own span', async () => {
    const found = positions(await extractText(page.join('\n'), 'timeline.md'));
    expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate ?? 'present'])).toEqual([
      ['Liffey Freight', 'Data Engineer', '2021-05', 'present'],
      ['Boyne Insurance', 'Analyst', '2018-01', '2021-04'],
    ]);
  });
});

describe('content tabs over headed entries', () => {
  it("reads a tab's label as nothing when its content opens with a heading, and keeps it over text", () => {
    const read = readMarkdownSource([
      '=== "Now"',
      '',
      '    ### Lead Engineer · Harrowgate Data',
      '    *Leeds · May 2023 – present*',
      '',
      '=== "Mentoring"',
      '',
      '    Taught Python at a code club.',
    ]);
    expect(read[0]).toBe('');
    expect(read[5]).toBe('=== "Mentoring"');
  });

  it('gives each entry its title and employer, never the tab label or the city', async () => {
    const doc = [
      '# Oluwadamilare Fenwick',
      '',
      '## Work',
      '',
      '=== "Now"',
      '',
      '    ### Lead Engineer · Harrowgate Data',
      '    *Leeds · May 2023 – present*',
      '',
      '    - Kafka and Flink for the ingestion platform.',
      '',
      '=== "Before"',
      '',
      '    ### Senior Engineer · Harrowgate Data',
      '    *Leeds · Jan 2020 – Apr 2023*',
      '',
      '    - Spark jobs in Scala.',
      '',
      '    ### Developer · Pennine Mutual',
      '    *Bradford · Sep 2016 – Dec 2019*',
      '',
      '    - Java and Oracle.',
    ].join('\n');
    const found = positions(await extractText(doc, 'cv.md'));
    expect(found.map((p) => [p.company, p.title, p.startDate])).toEqual([
      ['Harrowgate Data', 'Lead Engineer', '2023-05'],
      ['Harrowgate Data', 'Senior Engineer', '2020-01'],
      ['Pennine Mutual', 'Developer', '2016-09'],
    ]);
  });
});

describe("a profile README's headings", () => {
  it.each([
    ['🎓 Learning', 'education'],
    ['Learning', 'education'],
    ['🛠️ Stuff I use', 'skills'],
    ['📫 Reach me', 'other'],
    ['How to reach me', 'other'],
  ])('reads "%s" as a heading of %s', (heading, kind) => {
    expect(sectionKind(heading.replace(/\p{Extended_Pictographic}|\uFE0F/gu, '').trim())).toBe(kind);
  });

  it('reads no heading in "Machine Learning" or "Learning Goals"', () => {
    expect(sectionKind('Machine Learning')).not.toBe('education');
    expect(sectionKind('Learning Goals')).not.toBe('education');
  });
});

describe('a promotion told in a position’s text', () => {
  const entry = (text: string[]) =>
    [
      '# Saoirse Mbeki-Larkin',
      '',
      '## Experience',
      '',
      '**Support Engineer** at **Glenmore Telecom**',
      '*Mar 2017 → Aug 2023 · Cork*',
      ...text,
      '',
      '**Intern** at **Blarney Data**',
      '*Jun 2016 → Sep 2016 · Cork*',
    ].join('\n');

  it('adds no position when told after another sentence of its paragraph', async () => {
    const found = positions(
      await extractText(
        entry([
          'Answered tickets for the broadband desk and moved to the fibre team later. Promoted to',
          '**Network Engineer** in May 2020, still on the fibre rollout.',
        ]),
        'cv.md',
      ),
    );
    expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate])).toEqual([
      ['Glenmore Telecom', 'Support Engineer', '2017-03', '2023-08'],
      ['Blarney Data', 'Intern', '2016-06', '2016-09'],
    ]);
  });

  it('opens the new title as a position when told on a line of its own', async () => {
    const found = positions(
      await extractText(
        entry(['Answered tickets for the broadband desk.', 'Promoted to Network Engineer in May 2020.']),
        'cv.md',
      ),
    );
    expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate])).toEqual([
      ['Glenmore Telecom', 'Network Engineer', '2020-05', '2023-08'],
      ['Glenmore Telecom', 'Support Engineer', '2017-03', '2020-05'],
      ['Blarney Data', 'Intern', '2016-06', '2016-09'],
    ]);
  });
});

describe('a bracket after the dates under a title', () => {
  it.each(['(summer internship)', '(remote)', '(6 months)'])(
    'reads "%s" as a remark on the dates, never a new entry',
    async (remark) => {
      const doc = [
        '# Yohannes Adebayo-Kerr',
        '',
        '## Experience',
        '',
        '- **Backend Engineer** — Entoto Payments, Addis Ababa',
        '  *Jan 2026 – present*',
        '  - Go services.',
        '- **Developer Intern** — Abay Robotics, Bahir Dar',
        `  *Jul – Sep 2025* ${remark}`,
        '  - FastAPI tools.',
      ].join('\n');
      const found = positions(await extractText(doc, 'cv.md'));
      expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate ?? 'present'])).toEqual([
        ['Entoto Payments', 'Backend Engineer', '2026-01', 'present'],
        ['Abay Robotics', 'Developer Intern', '2025-07', '2025-09'],
      ]);
    },
  );
});

describe("a profile README's icons before names", () => {
  it('keeps an emoji before an employer or a title out of the name', async () => {
    const doc = [
      '# Zofia Achterberg-Nwosu',
      '',
      '## 💼 Experience',
      '',
      '- 🏢 **[Vistula Pay](https://vistula.example)** — Senior Backend Engineer · *Mar 2022 – present*',
      '  - Ledger in Go.',
      '- 🏢 **Wawel Telecom** — 👩‍💻 Software Engineer · *Jul 2018 – Feb 2022*',
      '  - Billing in Java.',
    ].join('\n');
    const found = positions(await extractText(doc, 'README.md'));
    expect(found.map((p) => [p.company, p.title])).toEqual([
      ['Vistula Pay', 'Senior Backend Engineer'],
      ['Wawel Telecom', 'Software Engineer'],
    ]);
  });
});

describe('liked and disliked tags', () => {
  it('keeps the liked tags as a group and reads the disliked ones as no skill', async () => {
    const doc = [
      '# Nnamdi Thorvaldsen',
      '',
      '## Skills',
      '',
      '**Likes:** `kotlin` `sqlite`',
      '',
      '**Dislikes:** `cordova` `xamarin`',
      '',
      '**Not interested in:** `jquery`',
    ].join('\n');
    const groups = (await extractText(doc, 'story.md')).resume.skills ?? [];
    expect(groups.map((group) => [group.name, group.keywords])).toEqual([['Likes', ['kotlin', 'sqlite']]]);
  });
});

describe('HTML badges in a profile README', () => {
  it('reads a badge image as its alt text and any other image as nothing', async () => {
    const doc = [
      '<h1 align="center">Hi, I\'m Mpho</h1>',
      '',
      '<h3>🛠 Tools</h3>',
      '<p>',
      '  <img src="https://img.shields.io/badge/-Go-00ADD8?logo=go" alt="Go"><img src="https://img.shields.io/badge/-Terraform-7B42BC" alt="Terraform">',
      '</p>',
      '<p align="center"><img src="https://github-readme-stats.vercel.app/api?username=mpho" alt="GitHub stats"></p>',
    ].join('\n');
    const groups = (await extractText(doc, 'README.md')).resume.skills ?? [];
    expect(groups.map((group) => [group.name, group.keywords])).toEqual([['Tools', ['Go', 'Terraform']]]);
  });
});
