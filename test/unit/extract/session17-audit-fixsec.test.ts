import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { findDegree, sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions, schools } from './extract-text.js';

/** Session 17 audit: sub-headings inside a job, soft skills, the national degrees' comma form, frozen dates. */

function keywords(result: Awaited<ReturnType<typeof extractText>>): string[] {
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
}

function highlights(result: Awaited<ReturnType<typeof extractText>>): string[][] {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => position.highlights ?? []),
  );
}

describe('a qualified heading inside a job is a part of the job', () => {
  it.each(['Job Summary', 'Job Highlights', 'Statement', 'Educational Technology', 'Executive Team'])(
    '"%s" names no section',
    (heading) => {
      expect(sectionKind(heading)).toBeNull();
    },
  );

  it('keeps every job with a "Job Summary" under each', async () => {
    const result = await extractText(
      [
        'Grace Lee',
        '',
        'Experience',
        '',
        'Operations Manager',
        'Target, Minneapolis, MN',
        '2018 - Present',
        '',
        'Job Summary',
        'Oversaw store operations for a team of 40.',
        '- Cut shrink by 12%.',
        '- Hired and trained 15 associates.',
        '',
        'Assistant Manager',
        'Walmart, St Paul, MN',
        '2014 - 2018',
        '',
        'Job Summary',
        'Supported the store manager across three departments.',
        '- Ran inventory counts.',
        '',
        'Education',
        'BA Business, University of Minnesota, 2010 - 2014',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Target', 'Operations Manager', '2018', 'present'),
      position('Walmart', 'Assistant Manager', '2014', '2018'),
    ]);
    expect(highlights(result)).toEqual([
      ['Cut shrink by 12%.', 'Hired and trained 15 associates.'],
      ['Ran inventory counts.'],
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'University of Minnesota',
        studyType: 'BA',
        area: 'Business',
        startDate: '2010',
        endDate: '2014',
      },
    ]);
  });

  it('keeps every job with "Job Highlights" under each', async () => {
    const result = await extractText(
      [
        'Victor Hugo',
        '',
        'Professional Experience',
        '',
        'Senior Accountant, KPMG, Chicago, IL, 2017 - Present',
        '',
        'Job Highlights',
        '- Led audits of three Fortune 500 clients.',
        '- Built a reconciliation tool in Excel VBA.',
        '',
        'Staff Accountant, Grant Thornton, Chicago, IL, 2014 - 2017',
        '',
        'Job Highlights',
        '- Prepared tax returns.',
        '',
        'Education',
        'BS Accounting, DePaul University, 2010 - 2014',
      ].join('\n'),
    );
    // Both jobs stay, each with its dates and bullets (how this one-line header splits into title and employer
    // is another rule's: see the report).
    expect(
      positions(result).map(({ startDate, endDate, current }) => ({ startDate, endDate, current })),
    ).toEqual([
      { startDate: '2017', endDate: undefined, current: true },
      { startDate: '2014', endDate: '2017', current: undefined },
    ]);
    expect(highlights(result)).toEqual([
      ['Led audits of three Fortune 500 clients.', 'Built a reconciliation tool in Excel VBA.'],
      ['Prepared tax returns.'],
    ]);
  });

  const salesJob = [
    'Megan Fox',
    '',
    'Experience',
    '',
    'Account Executive',
    'Salesforce, San Francisco, CA',
    '2019 - Present',
  ];
  const salesforce = position('Salesforce', 'Account Executive', '2019', 'present');

  it('reads "Higher Education" over a job\'s bullets as the market the job served', async () => {
    const result = await extractText(
      [
        ...salesJob,
        '',
        'Higher Education',
        '- Closed $2M in new business with universities.',
        '- Managed 40 accounts.',
        '',
        'Sales Representative',
        'Ellucian, Reston, VA',
        '2015 - 2019',
        '- Sold student information systems.',
        '',
        'Education',
        'BA Communications, UCLA, 2011 - 2015',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      salesforce,
      position('Ellucian', 'Sales Representative', '2015', '2019'),
    ]);
    expect(highlights(result)).toEqual([
      ['Closed $2M in new business with universities.', 'Managed 40 accounts.'],
      ['Sold student information systems.'],
    ]);
  });

  it('still opens the studies at "Higher Education" after the jobs, over a degree', async () => {
    const result = await extractText(
      [
        ...salesJob,
        '- Managed 40 accounts.',
        '',
        'Higher Education',
        'BA Communications, UCLA, 2011 - 2015',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([salesforce]);
    expect(schools(result)).toEqual([
      { institution: 'UCLA', studyType: 'BA', area: 'Communications', startDate: '2011', endDate: '2015' },
    ]);
  });

  it('keeps the bullets under a "Statement" line in the job', async () => {
    const result = await extractText(
      [
        'Irene Adler',
        '',
        'Experience',
        '',
        'Financial Analyst',
        'Goldman Sachs, New York, NY',
        '2018 - Present',
        '',
        'Statement',
        '- Prepared the quarterly income statement for the equities division.',
        '- Built models in Excel.',
        '',
        'Education',
        'BS Finance, NYU, 2014 - 2018',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Goldman Sachs', 'Financial Analyst', '2018', 'present')]);
    expect(highlights(result)).toEqual([
      ['Prepared the quarterly income statement for the equities division.', 'Built models in Excel.'],
    ]);
  });

  it('keeps the skills of an "Educational Technology" group', async () => {
    const result = await extractText(
      [
        'Laura Stone',
        '',
        'Experience',
        '',
        'Teacher',
        'Lincoln High School, Portland, OR',
        '2015 - Present',
        '- Taught algebra to 150 students per year.',
        '',
        'Skills',
        '',
        'Educational Technology',
        'Google Classroom, Canvas, Kahoot',
      ].join('\n'),
    );
    expect(keywords(result)).toEqual(expect.arrayContaining(['Google Classroom', 'Canvas', 'Kahoot']));
    expect(result.resume.education ?? []).toEqual([]);
  });
});

describe('soft skills are named, not guessed by suffix', () => {
  const document = (skills: string) =>
    [
      'Rita Gomez',
      '',
      'Experience',
      '',
      'Software Engineer',
      'Spotify, New York, NY',
      '2019 - Present',
      '- Built recommendation services in Python.',
      '',
      'Skills',
      skills,
    ].join('\n');

  it('keeps technical work ending like a soft skill and leaves the soft skills out', async () => {
    const result = await extractText(
      document(
        'Python, Communication, Problem Solving, Leadership, Testing, Networking, Mentoring, Hiring, Debugging, Logging, Security, Routing, Streaming',
      ),
    );
    const found = keywords(result);
    expect(found).toEqual(
      expect.arrayContaining([
        'Python',
        'Testing',
        'Networking',
        'Debugging',
        'Logging',
        'Security',
        'Routing',
        'Streaming',
      ]),
    );
    for (const soft of ['Communication', 'Problem Solving', 'Leadership', 'Mentoring', 'Hiring'])
      expect(found).not.toContain(soft);
  });

  it('keeps technical skills of common words whole', async () => {
    const result = await extractText(
      document(
        'Network Security, Cloud Computing, Reverse Engineering, Web Scraping, Signal Processing, System Administration, Encryption, Automation',
      ),
    );
    expect(keywords(result)).toEqual([
      'Network Security',
      'Cloud Computing',
      'Reverse Engineering',
      'Web Scraping',
      'Signal Processing',
      'System Administration',
      'Encryption',
      'Automation',
    ]);
  });

  it('finds no product named by a common word inside an item', async () => {
    const result = await extractText(
      document('Public Speaking, Critical Thinking, Order Processing, Image Processing, Stream Processing'),
    );
    const found = keywords(result);
    expect(found).not.toContain('Processing');
    expect(found).not.toContain('Public Speaking');
    expect(found).not.toContain('Critical Thinking');
    expect(found).toEqual(
      expect.arrayContaining(['Order Processing', 'Image Processing', 'Stream Processing']),
    );
  });
});

describe('national degrees before a comma and the field', () => {
  it.each([
    ['Bacharelado, Ciência da Computação, USP', 'Bacharelado'],
    ['Grado, Ingeniería Informática, Universidad de Sevilla', 'Grado'],
    ['Baccalauréat en génie logiciel', 'Baccalauréat'],
  ])('"%s" names the degree', (line, degree) => {
    expect(findDegree(line)?.text).toBe(degree);
  });

  it('reads "Ingeniero, Telefónica" as a title at an employer', () => {
    expect(findDegree('Ingeniero, Telefónica')).toBeNull();
  });
});

describe('the dates kept for a text', () => {
  it('hands out mentions whose dates no caller can change', () => {
    const [mention] = findDates('Jan 2020 – Mar 2021');
    expect(Object.isFrozen(mention)).toBe(true);
    expect(Object.isFrozen(mention?.from)).toBe(true);
    expect(Object.isFrozen(mention?.to)).toBe(true);
    expect(findDates('Jan 2020 – Mar 2021')[0]?.from).toEqual(mention?.from);
  });
});
