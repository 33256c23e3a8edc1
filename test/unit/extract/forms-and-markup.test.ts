import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/**
 * Conventions of applicant-tracking exports, spreadsheet-like text and the Markdown that site generators
 * and note apps write, each in a document made up for the test so that the answer is known.
 */
const education = (resume: Awaited<ReturnType<typeof extractText>>['resume']) =>
  (resume.education ?? []).map((entry) => ({
    institution: entry.institution,
    studyType: entry.studyType,
    area: entry.area,
    startDate: entry.startDate,
    endDate: entry.endDate,
  }));

describe('an applicant-tracking system’s text export', () => {
  const exported = [
    'DEREK OSEI',
    'derek.osei@example.com',
    '',
    'WORK HISTORY',
    '',
    'Job Title: Platform Engineer',
    'Company: Kestrel Freight Ltd',
    'Location: Leeds, UK',
    'From: 03/2021   To: Current',
    'Responsibilities:',
    '- Ran Terraform and Kubernetes for the routing services.',
    '',
    'Job Title: Junior Developer',
    'Company: Northwind Labs',
    'Location: York, UK',
    'From: 09/2018   To: 02/2021',
    'Responsibilities:',
    '- Built Django services.',
    '',
    'EDUCATION',
    '',
    'Degree: Master of Science',
    'Major: Data Science',
    'School: Pennine Institute of Technology',
    'Location: Leeds, UK',
    'Graduation Date: 05/2018',
    '',
    'Degree: Bachelor of Engineering',
    'Major: Electronics',
    'School: Northern College of Engineering',
    'Graduation Date: 2016',
  ].join('\n');

  it('opens a position at the first field of each record, whichever field comes first', async () => {
    const result = await extractText(exported);
    expect(positions(result)).toEqual([
      {
        company: 'Kestrel Freight Ltd',
        title: 'Platform Engineer',
        startDate: '2021-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Northwind Labs',
        title: 'Junior Developer',
        startDate: '2018-09',
        endDate: '2021-02',
        current: undefined,
      },
    ]);
  });

  it('reads education records field by field: the school, the degree, the major, the graduation', async () => {
    expect(education((await extractText(exported)).resume)).toEqual([
      {
        institution: 'Pennine Institute of Technology',
        studyType: 'Master of Science',
        area: 'Data Science',
        startDate: undefined,
        endDate: '2018-05',
      },
      {
        institution: 'Northern College of Engineering',
        studyType: 'Bachelor of Engineering',
        area: 'Electronics',
        startDate: undefined,
        endDate: '2016',
      },
    ]);
  });
});

describe('a résumé in tab-separated columns', () => {
  it('reads a header row of From, To, Company and Role over one row per position', async () => {
    const text = [
      'Efua Mensah\tMobile Engineer',
      '',
      'EXPERIENCE',
      'From\tTo\tCompany\tRole\tStack',
      '2021-02\tpresent\tSankofa Pay\tSenior Mobile Engineer\tKotlin, Jetpack Compose',
      '2018-07\t2021-01\tAdinkra Health\tAndroid Developer\tJava, Retrofit',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result)).toEqual([
      {
        company: 'Sankofa Pay',
        title: 'Senior Mobile Engineer',
        startDate: '2021-02',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Adinkra Health',
        title: 'Android Developer',
        startDate: '2018-07',
        endDate: '2021-01',
        current: undefined,
      },
    ]);
    // The stack column is the position's own (and a title that names a technology gives it).
    expect(result.resume.work?.map((work) => work.positions?.[0]?.technologies)).toEqual([
      ['Kotlin', 'Jetpack Compose'],
      ['Android', 'Java', 'Retrofit'],
    ]);
  });

  it('reads a README-like changelog whose ranges are written with ".."', async () => {
    const text = [
      'Work',
      '----',
      '',
      '2019-04 .. today',
      '    Firmware Engineer',
      '    Vexa Robotics GmbH, Munich',
      '    * Drivers in C for STM32.',
      '',
      '2016-10 .. 2019-03',
      '    Embedded Developer',
      '    Ostwind Systems AG, Augsburg',
    ].join('\n');
    expect(positions(await extractText(text))).toEqual([
      {
        company: 'Vexa Robotics GmbH',
        title: 'Firmware Engineer',
        startDate: '2019-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Ostwind Systems AG',
        title: 'Embedded Developer',
        startDate: '2016-10',
        endDate: '2019-03',
        current: undefined,
      },
    ]);
  });
});

describe('Markdown as site generators and note apps write it', () => {
  it('reads a Jekyll page: front matter, HTML entities and spans, kramdown attribute lists, a Liquid include', async () => {
    const page = [
      '---',
      'layout: resume',
      'tags: [career, job-hunt-2024]',
      'permalink: /cv/',
      '---',
      '',
      '# Petar Dimitrov',
      '{: .name }',
      '',
      '## Experience',
      '{: .section }',
      '',
      '**[Rila Software Ltd.](https://example.com)** &mdash; Plovdiv',
      '{: .company }',
      '',
      '*Backend Developer* <span class="date">Feb 2020 &ndash; Present</span>',
      '{: .role }',
      '',
      '- Go services on PostgreSQL.',
      '',
      '## Skills',
      '',
      '{% include skills.html items="Go, PostgreSQL, Docker" %}',
    ].join('\n');
    const result = await extractText(page, 'cv.md');
    expect(positions(result)).toEqual([
      {
        company: 'Rila Software Ltd.',
        title: 'Backend Developer',
        startDate: '2020-02',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(result.resume.skills).toEqual([
      expect.objectContaining({ name: 'Skills', keywords: ['Go', 'PostgreSQL', 'Docker'] }),
    ]);
  });

  it('reads an Obsidian note: properties, callouts, task boxes, wikilinks, "Role:"/"When:" items and Key:: fields', async () => {
    const note = [
      '---',
      'tags: [cv, typescript-notes]',
      'created: 2024-03-01',
      '---',
      '# CV – Léa Gagnon',
      '',
      '> [!info] Contact',
      '> Québec, QC · lea@example.com',
      '',
      '> [!todo] Before sending',
      '> - [ ] update numbers',
      '',
      '## Experience',
      '',
      '### [[Lumen Analytics]]',
      '- **Role:** Frontend Developer, Checkout team',
      '- **When:** 2020-09 → present',
      '- Built the checkout in React and [[TypeScript]]',
      '',
      '### [[Corvo Labs|Corvo]]',
      '- **Role:** Web Developer Intern',
      '- **When:** Summer 2018',
      '',
      '## Skills',
      '- Languages:: TypeScript, Python',
    ].join('\n');
    const result = await extractText(note, 'cv.md');
    expect(positions(result)).toEqual([
      {
        company: 'Lumen Analytics',
        title: 'Frontend Developer',
        startDate: '2020-09',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Corvo',
        title: 'Web Developer Intern',
        startDate: '2018',
        endDate: '2018',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.team).toBe('Checkout team');
    expect(result.resume.skills).toEqual([
      expect.objectContaining({ name: 'Languages', keywords: ['TypeScript', 'Python'] }),
    ]);
  });

  it('reads a pandoc résumé: TeX’s \\hfill is a gap, its closing backslash a line break', async () => {
    const text = [
      '# Experience',
      '',
      '**Noor Analytics**, Doha \\hfill Mar 2019 -- present\\',
      '*Data Scientist*',
      '',
      '# Education',
      '',
      '**Qatar Institute of Technology** \\hfill 2014 -- 2018\\',
      'B.Sc. in Computer Engineering',
    ].join('\n');
    const result = await extractText(text, 'cv.md');
    expect(positions(result)).toEqual([
      {
        company: 'Noor Analytics',
        title: 'Data Scientist',
        startDate: '2019-03',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(education(result.resume)).toEqual([
      {
        institution: 'Qatar Institute of Technology',
        studyType: 'B.Sc.',
        area: 'Computer Engineering',
        startDate: '2014',
        endDate: '2018',
      },
    ]);
  });
});

describe('education lines', () => {
  it('reads bachelor’s degrees named in their own language, a thesis line as no degree, a school without a school word', async () => {
    const text = [
      '# Education',
      '',
      '- Bacharelado em Engenharia de Software, UFPE, 2010 – 2014',
      '- Baccalauréat en génie informatique, Polytechnique Laval, 2014 – 2017',
      '',
      '**Alpen-Adria Universität Klagenfurt** — BSc Informatik',
      'Bachelor thesis on mutation testing.',
      '',
      'Bachelor of Engineering (Honours), QUT Brisbane, 2017 – 2020',
    ].join('\n');
    expect(education((await extractText(text, 'cv.md')).resume)).toEqual([
      {
        institution: 'UFPE',
        studyType: 'Bacharelado',
        area: 'Engenharia de Software',
        startDate: '2010',
        endDate: '2014',
      },
      {
        institution: 'Polytechnique Laval',
        studyType: 'Baccalauréat',
        area: 'génie informatique',
        startDate: '2014',
        endDate: '2017',
      },
      {
        institution: 'Alpen-Adria Universität Klagenfurt',
        studyType: 'BSc',
        area: 'Informatik',
        startDate: undefined,
        endDate: undefined,
      },
      {
        institution: 'QUT Brisbane',
        studyType: 'Bachelor of Engineering (Honours)',
        area: undefined,
        startDate: '2017',
        endDate: '2020',
      },
    ]);
  });
});
