import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractBytes, extractText, position, positions, skillGroups } from './extract-text.js';
import { type DocxBlock, makeDocx } from './make-documents.js';

/**
 * Session 23: section headings as authors write them (issue 10). Every document here is invented: the people,
 * employers and schools exist nowhere else, and each phenomenon is written in several formats and orders.
 */

type Format = 'markdown' | 'capitals' | 'colon' | 'docx';

/** A section as the document sets it: its heading and its lines (list items start with "- "). */
interface Part {
  heading: string;
  lines: string[];
}

/** One résumé with a profile paragraph first, then `parts`, set in `format`. */
async function resume(format: Format, parts: readonly Part[]): Promise<ExtractionResult> {
  const name = 'Oriane Vasquel';
  const contact = 'oriane.vasquel@example.net · +47 555 01 234';
  const profile: Part = {
    heading: 'Profile',
    lines: ['Researcher and engineer who likes careful systems and plain explanations.'],
  };
  const all = [profile, ...parts];
  if (format === 'docx') {
    const blocks: DocxBlock[] = [{ heading: name, level: 1 }, { paragraph: contact }];
    for (const part of all) {
      blocks.push({ heading: part.heading, level: 2 });
      for (const line of part.lines) {
        blocks.push(line.startsWith('- ') ? { bullet: line.slice(2) } : { paragraph: line });
      }
    }
    return extractBytes(await makeDocx(blocks), 'resume.docx');
  }
  const heading = (text: string) =>
    format === 'markdown' ? `## ${text}` : format === 'capitals' ? text.toUpperCase() : `${text}:`;
  const text = [
    format === 'markdown' ? `# ${name}` : name,
    contact,
    '',
    ...all.flatMap((part) => [heading(part.heading), '', ...part.lines, '']),
  ].join('\n');
  return extractText(text, format === 'markdown' ? 'resume.md' : 'resume.txt');
}

const EDUCATION: Part = {
  heading: 'Education',
  lines: ['MSc in Computer Science, University of Lindholt, 2012'],
};

const FORMATS: Format[] = ['markdown', 'capitals', 'colon', 'docx'];

describe('experience headings read by their head nouns and modifiers', () => {
  // Each heading with entries of a shape that reads under "Experience", so only the heading decides.
  const ENTRIES: string[] = [
    'Senior Research Engineer, Calloway Institute, Bergen | 2019 – Present',
    '- Built the simulation pipeline in Python.',
    '',
    'Software Engineer, Fennick Maritime, Oslo | 2014 – 2019',
    '- Wrote port scheduling services in Java.',
  ];
  const EXPECTED = [
    position('Calloway Institute', 'Senior Research Engineer', '2019', 'present'),
    position('Fennick Maritime', 'Software Engineer', '2014', '2019'),
  ];
  const HEADINGS = [
    'Appointments',
    'Academic Appointments',
    'Professional Appointments',
    'Academic Positions',
    'Research Positions',
    'Positions Held',
    'Client Engagements',
    'Selected Engagements',
    'Assignments',
    'Recent Experience',
    'Earlier Experience',
    'Career',
    'Career History',
    'My Career So Far',
    "Where I've Worked",
    'Where I Have Worked',
  ];
  for (const format of FORMATS) {
    it.each(HEADINGS)(`reads the positions under "%s" (${format})`, async (heading) => {
      const result = await resume(format, [{ heading, lines: ENTRIES }, EDUCATION]);
      expect(positions(result)).toEqual(EXPECTED);
    });
  }

  it('reads "Appointments" over entries set with the years first, and the studies after it', async () => {
    const result = await resume('markdown', [
      {
        heading: 'Academic Appointments',
        lines: [
          '- **2021–present** Lecturer, Department of Data Science, Harwick University',
          '- **2018–2021** Research Fellow, Department of Robotics, Ostrava Institute of Technology',
          '- **2016** Visiting Researcher, Kelmscott Labs',
        ],
      },
      EDUCATION,
    ]);
    expect(positions(result).map((found) => [found.company, found.title, found.startDate])).toEqual([
      ['Harwick University', 'Lecturer', '2021'],
      ['Ostrava Institute of Technology', 'Research Fellow', '2018'],
      ['Kelmscott Labs', 'Visiting Researcher', '2016'],
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['University of Lindholt']);
  });
});

describe('headings that name no employment', () => {
  const jobs: Part = {
    heading: 'Experience',
    lines: ['Data Engineer, Pellmore Freight, Riga | 2017 – Present', '- Pipelines in Scala.'],
  };
  const JOB = position('Pellmore Freight', 'Data Engineer', '2017', 'present');

  for (const format of FORMATS) {
    it(`reads no position under "Volunteer Experience" or "Research Interests" (${format})`, async () => {
      const result = await resume(format, [
        jobs,
        {
          heading: 'Volunteer Experience',
          lines: ['Mentor, Code Club Riga | 2018 – 2020', '- Taught children Scratch.'],
        },
        {
          heading: 'Research Interests',
          lines: ['Stream processing, 2015 – today: exactly-once delivery, Flink internals.'],
        },
        EDUCATION,
      ]);
      expect(positions(result)).toEqual([JOB]);
    });
  }
});

describe('an academic CV’s sections that are not positions', () => {
  const appointments: Part = {
    heading: 'Appointments',
    lines: [
      '2019 – present   Associate Professor, Department of Informatics, University of Tromsvik',
      '2015 – 2019      Postdoctoral Fellow, Kestrel Institute for Computation',
    ],
  };
  const EXPECTED = [
    position('University of Tromsvik', 'Associate Professor', '2019', 'present'),
    position('Kestrel Institute for Computation', 'Postdoctoral Fellow', '2015', '2019'),
  ];
  const academic: Part[] = [
    {
      heading: 'Teaching',
      lines: [
        '2020, 2021   Instructor, Course "Compilers in OCaml", Tromsvik',
        '2016 – 2018  Lecturer, "Data Analysis in Python", Nordic Summer School, Oslo',
      ],
    },
    {
      heading: 'Grants and Awards',
      lines: [
        '2022   Research Council grant, "Verified Kubernetes Operators", 2.1M NOK',
        '2018   Best Paper Award, Halden Systems Conference',
      ],
    },
    {
      heading: 'Invited Talks',
      lines: ['2023   "Refinement types in practice", Vestland Programming Days, Bergen'],
    },
    { heading: 'Supervision', lines: ['2019 – 2023   PhD students: A. Lind (graduated 2023), B. Moe'] },
    {
      heading: 'Service',
      lines: ['2021 – present   Program committee member, Nordic Formal Methods Workshop'],
    },
    { heading: 'Memberships', lines: ['2015 – present   Nordic Association for Computing'] },
    { heading: 'Referees', lines: ['Prof. Ilse Brandvold, University of Tromsvik, 2015 – present'] },
  ];

  for (const format of FORMATS) {
    it(`reads the appointments only, and keeps what the teaching names as the résumé's (${format})`, async () => {
      const result = await resume(format, [appointments, ...academic, EDUCATION]);
      expect(positions(result)).toEqual(EXPECTED);
      const named = skillGroups(result).flatMap((group) => group.keywords);
      expect(named).toEqual(expect.arrayContaining(['OCaml', 'Python']));
      expect(
        result.resume.work?.flatMap((work) => work.positions?.flatMap((p) => p.technologies ?? [])),
      ).toEqual([]);
    });
  }

  it('reads the sections in another order, after the studies, with the talks first', async () => {
    const [teaching, grants, talks, supervision, service] = academic as [Part, Part, Part, Part, Part];
    const result = await resume('capitals', [
      EDUCATION,
      appointments,
      talks,
      service,
      supervision,
      grants,
      teaching,
    ]);
    expect(positions(result)).toEqual(EXPECTED);
  });

  it('still reads a teaching assistantship at a named university under "Teaching Experience"', async () => {
    const result = await resume('markdown', [
      appointments,
      {
        heading: 'Teaching Experience',
        lines: [
          'Teaching Assistant, University of Bergvik | 2011 – 2014',
          '- Exercise classes in Algorithms.',
          '',
          '2020, 2021   Instructor, Course "Compilers in OCaml", Tromsvik',
        ],
      },
      EDUCATION,
    ]);
    expect(positions(result)).toEqual([
      ...EXPECTED,
      position('University of Bergvik', 'Teaching Assistant', '2011', '2014'),
    ]);
  });
});

describe('skills headings in natural phrasing', () => {
  const jobs: Part = {
    heading: 'Experience',
    lines: ['Platform Engineer, Brask Logistics, Aarhus | 2018 – Present', '- On-call for the routing API.'],
  };
  const HEADINGS = [
    'Tools I Use Most',
    'What I Work With',
    'Toolbox',
    'Tech I Use',
    'Computational Skills',
    'Technical Toolkit',
    'Tools I Reach For',
    'My Everyday Stack',
  ];
  for (const format of FORMATS) {
    it.each(HEADINGS)(`reads the list under "%s" as skills (${format})`, async (heading) => {
      const result = await resume(format, [
        { heading, lines: ['- Terraform', '- PostgreSQL', '- Rust'] },
        jobs,
        EDUCATION,
      ]);
      expect(skillGroups(result).flatMap((group) => group.keywords)).toEqual(
        expect.arrayContaining(['Terraform', 'PostgreSQL', 'Rust']),
      );
      expect(positions(result)).toEqual([
        position('Brask Logistics', 'Platform Engineer', '2018', 'present'),
      ]);
    });
  }

  it('reads a comma-separated line under a natural skills heading after the work history', async () => {
    const result = await resume('colon', [
      jobs,
      { heading: 'Tools I Use Most', lines: ['Ansible, Grafana, Elixir'] },
    ]);
    expect(skillGroups(result).flatMap((group) => group.keywords)).toEqual(
      expect.arrayContaining(['Ansible', 'Grafana', 'Elixir']),
    );
    expect(positions(result)).toEqual([position('Brask Logistics', 'Platform Engineer', '2018', 'present')]);
  });
});

describe('one-year entries', () => {
  const EDUCATION_LINE = 'BSc Computer Science, University of Marlow, 2013';
  const EXPECTED = [
    position('Tallis Networks', 'Network Engineer', '2016', 'present'),
    position('Orrin Data', 'Data Analyst', '2014', '2016'),
    position('Kestrel Shipping', 'IT Intern', '2013', '2013'),
  ];

  it.each([
    ['a bold employer and dashes', '- **{c}** — {t} — {d}'],
    ['a plain employer and dashes', '- {c} — {t} — {d}'],
    ['the title first, commas', '- {t}, {c}, {d}'],
    ['the year in brackets', '- **{c}** — {t} ({d})'],
    ['a bar before the year', '- {t} at {c} | {d}'],
  ])('reads a Markdown list item closed by one year as a position of that year (%s)', async (_, shape) => {
    const item = (c: string, t: string, d: string) =>
      shape.replace('{c}', c).replace('{t}', t).replace('{d}', d);
    const text = [
      '# Lucia Brenner',
      '',
      '## Experience',
      '',
      item('Tallis Networks', 'Network Engineer', '2016 – Present'),
      item('Orrin Data', 'Data Analyst', '2014 – 2016'),
      item('Kestrel Shipping', 'IT Intern', '2013'),
      '',
      '## Education',
      '',
      `- ${EDUCATION_LINE}`,
    ].join('\n');
    expect(positions(await extractText(text, 'resume.md'))).toEqual(EXPECTED);
  });

  it('reads a list that opens with its one-year item, the ranges after it', async () => {
    const text = [
      '# Lucia Brenner',
      '',
      '## Work',
      '',
      '- **Kestrel Shipping** — IT Intern — 2013',
      '- **Orrin Data** — Data Analyst — 2014 – 2016',
      '',
      '## Education',
      '',
      `- ${EDUCATION_LINE}`,
    ].join('\n');
    expect(positions(await extractText(text, 'resume.md'))).toEqual([EXPECTED[2], EXPECTED[1]]);
  });

  it('reads plain-text lines "Title, Employer, Year" between entries with bullets', async () => {
    const text = [
      'Lucia Brenner',
      'lucia.brenner@example.org',
      '',
      'EXPERIENCE',
      '',
      'Network Engineer, Tallis Networks, 2016 – Present',
      '- Campus network moved to IPv6.',
      '',
      'Data Analyst, Orrin Data, 2014 – 2016',
      '- Churn reports in SQL.',
      '',
      'IT Intern, Kestrel Shipping, 2013',
      '- Helpdesk tickets.',
      '',
      'EDUCATION',
      '',
      EDUCATION_LINE,
    ].join('\n');
    expect(positions(await extractText(text))).toEqual(EXPECTED);
  });

  it('reads no position from an item of an award or a talk with its year', async () => {
    const text = [
      '# Lucia Brenner',
      '',
      '## Experience',
      '',
      '- **Tallis Networks** — Network Engineer — 2016 – Present',
      '- Best Newcomer Award — 2017',
      '- Talk on IPv6 rollouts — 2018',
    ].join('\n');
    expect(positions(await extractText(text, 'resume.md'))).toEqual([EXPECTED[0]]);
  });
});

describe('headings in the languages CVs are written in, and German compounds', () => {
  const ENTRY = 'Entwicklerin, Brandauer Logistik GmbH, Graz | 03/2018 – heute';
  const STUDIES = 'MSc Informatik, Technische Universität Graz, 2017';
  for (const [heading, kind] of [
    ['Berufliche Stationen', 'experience'],
    ['Parcours professionnel', 'experience'],
    ['Trayectoria profesional', 'experience'],
    ['Trajetória profissional', 'experience'],
    ['Percorso professionale', 'experience'],
    ['Loopbaan', 'experience'],
    ['Praxiserfahrung', 'experience'],
    ['Parcours académique', 'education'],
    ['Percorso formativo', 'education'],
    ['IT-Kenntnisse', 'skills'],
    ['Programmierkenntnisse', 'skills'],
    ['Herramientas', 'skills'],
    ['Ferramentas', 'skills'],
    ['Werkzeuge', 'skills'],
    ['Tecnologías', 'skills'],
  ] as const) {
    it(`reads "${heading}" as the ${kind} section`, async () => {
      // The section under test first, then the others under headings every version read.
      const sections: [string, string][] = [
        [
          heading.toUpperCase(),
          kind === 'experience' ? ENTRY : kind === 'education' ? STUDIES : 'Kotlin, PostgreSQL, Docker',
        ],
        ...(kind === 'experience' ? [] : ([['BERUFSERFAHRUNG', ENTRY]] as [string, string][])),
        ...(kind === 'education' ? [] : ([['AUSBILDUNG', STUDIES]] as [string, string][])),
      ];
      const result = await extractText(
        [
          'Lena Brandauer',
          'lena.brandauer@example.at',
          '',
          'PROFIL',
          'Entwicklerin mit Freude an sauberen Schnittstellen.',
          '',
          ...sections.flatMap(([title, line]) => [title, '', line, '']),
        ].join('\n'),
      );
      expect(positions(result)).toEqual([
        position('Brandauer Logistik GmbH', 'Entwicklerin', '2018-03', 'present'),
      ]);
      expect(result.resume.education?.map((entry) => entry.institution)).toEqual([
        'Technische Universität Graz',
      ]);
      if (kind === 'skills') {
        expect(skillGroups(result).flatMap((group) => group.keywords)).toEqual([
          'Kotlin',
          'PostgreSQL',
          'Docker',
        ]);
      }
    });
  }

  it('keeps a project experience compound and a plain word out of the headings', async () => {
    const { sectionKind } = await import('../../../src/extract/vocabulary.js');
    expect(
      ['Projekterfahrung', 'Carrera', 'Dates of Employment: 01/2015 - 03/2019', 'Managed engagements'].map(
        sectionKind,
      ),
    ).toEqual([null, null, null, null]);
  });
});
