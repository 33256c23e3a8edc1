import { describe, expect, it } from 'vitest';
import { extractText, positions, schools } from './extract-text.js';
import { pdfItem as item, pdfPagesTexts as read } from './make-documents.js';

/**
 * Session 18 (audit2): the misreadings the audit of the merged pdf and roles rules found. Every input is built here,
 * text résumés as lines and PDF pages as the reader's item model (x from the left, `top` from the top of the page).
 */

/** A work history of two dated entries, then `tail` after a blank line. */
const history = (tail: string[]) =>
  [
    'Ana Lima',
    'ana@example.com',
    '',
    'EXPERIENCE',
    '',
    'Acme Corp',
    'Software Engineer    Jan 2019 – Present',
    '- Built the payments API in Go',
    '',
    'Initech',
    'Developer    Mar 2016 – Dec 2018',
    '- Maintained the billing service',
    '',
    ...tail,
    '',
  ].join('\n');

const two = [
  { company: 'Acme Corp', title: 'Software Engineer', startDate: '2019-01' },
  { company: 'Initech', title: 'Developer', startDate: '2016-03' },
];

const brief = (found: ReturnType<typeof positions>) =>
  found.map(({ company, title, startDate }) => ({ company, title, startDate }));

describe('a heading in capitals after the work history, over a dated line', () => {
  it('opens the studies over a school ("GRADUATE EDUCATION", "CONTINUING EDUCATION")', async () => {
    const graduate = await extractText(
      history(['GRADUATE EDUCATION', 'University of Toronto    Sep 2014 – Jun 2016', 'MSc Computer Science']),
    );
    expect(brief(positions(graduate))).toEqual(two);
    expect(schools(graduate).map((school) => school.institution)).toEqual(['University of Toronto']);

    const continuing = await extractText(
      history(['CONTINUING EDUCATION', 'Coursera    Jan 2020 – Mar 2020', 'Machine Learning Specialization']),
    );
    expect(brief(positions(continuing))).toEqual(two);
  });

  it('opens the projects over a project named with its dates ("HACKATHON PROJECTS", "CLIENT PROJECTS")', async () => {
    for (const heading of [
      'HACKATHON PROJECTS',
      'STUDENT PROJECTS',
      'CLIENT PROJECTS',
      'CAPSTONE PROJECTS',
    ]) {
      const result = await extractText(
        history([heading, 'Ledger Rewrite    Jan 2018 – Jun 2018', '- Rewrote the ledger in Rust']),
      );
      expect(brief(positions(result)), heading).toEqual(two);
      expect(
        (result.resume.projects ?? []).map((project) => project.name),
        heading,
      ).toEqual(['Ledger Rewrite']);
    }
  });

  it('is no employer when it is a heading’s wording, even over a role ("KEY PROJECTS")', async () => {
    const result = await extractText(
      history(['KEY PROJECTS', 'Lead Developer    Jan 2018 – Jun 2018', '- Rewrote the ledger in Rust']),
    );
    expect(brief(positions(result))).toEqual(two);
  });

  it('while an employer named in capitals over its title and dates is still a position ("RIMAC TECHNOLOGY")', async () => {
    const result = await extractText(
      history([
        'RIMAC TECHNOLOGY',
        'Senior Developer    Jun 2014 – Feb 2016',
        '- Wrote the battery firmware',
      ]),
    );
    expect(brief(positions(result))).toEqual([
      ...two,
      { company: 'RIMAC TECHNOLOGY', title: 'Senior Developer', startDate: '2014-06' },
    ]);
  });
});

describe('a line set apart over a dated line, below a position whose range holds that line’s range', () => {
  it('is an engagement within the position, no employer of its own', async () => {
    const result = await extractText(
      history([
        'Globex',
        'Consultant    Jan 2012 – Feb 2016',
        '',
        'Payments Platform Migration',
        'Client engagement    Mar 2013 – Dec 2013',
        '- Moved payments to the cloud',
      ]),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['Acme Corp', 'Initech', 'Globex']);
  });

  it('while a line over a range outside the one above is the next employer', async () => {
    const result = await extractText(
      history([
        'Globex',
        'Consultant    Jan 2012 – Feb 2016',
        '',
        'Hooli Labs',
        'Graduate Scheme    Mar 2010 – Dec 2011',
        '- Rotated through four teams',
      ]),
    );
    expect(positions(result).map((position) => position.company)).toEqual([
      'Acme Corp',
      'Initech',
      'Globex',
      'Hooli Labs',
    ]);
  });
});

describe('a year set half as large again as the entry beside it (a timeline’s label)', () => {
  const page = [
    item('Jane Smith', 58, 50, { size: 22, width: 120, font: 'bold' }),
    item('jane@example.com | +1 555 0100 | Toronto', 58, 74, { width: 200 }),
    item('EXPERIENCE', 58, 110, { size: 12, width: 70, font: 'bold' }),
    item('2019', 58, 140, { size: 16, width: 36, font: 'bold' }),
    item('Senior Engineer, Acme Corp', 110, 140, { width: 130, font: 'bold' }),
    item('Jan 2019 – Present', 440, 140, { width: 88 }),
    item('Built the billing pipeline in Go.', 110, 156, { width: 160 }),
    item('2016', 58, 186, { size: 16, width: 36, font: 'bold' }),
    item('Engineer, Initech', 110, 186, { width: 84, font: 'bold' }),
    item('Mar 2016 – Dec 2018', 440, 186, { width: 94 }),
  ];

  it('stays on the row it dates', () => {
    const lines = read([page]);
    expect(lines).not.toContain('2016');
    expect(lines).not.toContain('2019');
    expect(lines.some((line) => line.startsWith('2016') && line.includes('Engineer, Initech'))).toBe(true);
  });

  it('while a name so set beside its contacts is a line of its own', () => {
    const head = [
      item('Jane Smith', 58, 50, { size: 16, width: 90, font: 'bold' }),
      item('jane@example.com | Toronto', 300, 50, { width: 130 }),
      item('EXPERIENCE', 58, 90, { size: 12, width: 70, font: 'bold' }),
    ];
    expect(read([head]).slice(0, 2)).toEqual(['Jane Smith', 'jane@example.com | Toronto']);
  });
});

describe('the top row of a later page naming the person', () => {
  // Page 1 opens with the name in its largest type; nothing on it repeats the name.
  const first = [
    item('Hamish McAllister', 200, 60, { size: 22, width: 190, font: 'bold' }),
    item('hamish@example.nz · Wellington', 200, 84, { width: 150 }),
    item('Employment', 68, 120, { size: 13, width: 80, font: 'bold' }),
    item('Beca    Senior Structural Engineer    February 2020 – Present', 68, 140, { width: 320 }),
  ];

  it('is an employer named after its owner when set close over the row under it, as the body is set', () => {
    const second = [
      item('Hamish McAllister Consulting Ltd', 68, 60, { width: 170, font: 'bold' }),
      item('Wellington', 480, 60, { width: 52 }),
      item('Principal Engineer', 68, 74, { width: 96, font: 'italic' }),
      item('January 2016 – January 2020', 400, 74, { width: 132 }),
      item('Designed steel and concrete frames for mid-rise office buildings.', 86, 90, { width: 320 }),
    ];
    expect(read([first, second]).slice(-3)).toEqual([
      'Hamish McAllister Consulting Ltd    Wellington',
      'Principal Engineer    January 2016 – January 2020',
      'Designed steel and concrete frames for mid-rise office buildings.',
    ]);
  });

  it('while set apart in the top margin it is a running header', () => {
    const second = [
      item('Hamish McAllister – Curriculum Vitae', 380, 40, { size: 8.5, width: 152 }),
      item('Principal Engineer', 68, 80, { width: 96, font: 'italic' }),
      item('January 2016 – January 2020', 400, 80, { width: 132 }),
    ];
    expect(read([first, second])).not.toContain('Hamish McAllister – Curriculum Vitae');
  });
});
