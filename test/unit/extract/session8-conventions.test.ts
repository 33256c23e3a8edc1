import { describe, expect, it } from 'vitest';
import { withoutLinkMarkers } from '../../../src/extract/decode-text.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { splitSections } from '../../../src/extract/sections.js';
import { looseSectionKind, sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/** Conventions of résumés in the wild, each on constructed input whose answer is known. */
describe('a web page dumped as text (lynx, w3m)', () => {
  const dump = [
    '                                Tomas Brenner',
    '   Backend engineer · Oslo · [2]tomas@brenner.example',
    '',
    'Experience',
    '',
    '  Backend Engineer — [3]Kestrel Freight',
    '',
    '   Oslo · Jan 2020 – present',
    '     * Order services in Go.',
    '',
    'References',
    '',
    '   1. https://brenner.example/cv',
    '   2. mailto:tomas@brenner.example',
    '   3. https://kestrel-freight.example/',
  ];

  it('drops the link markers whose targets are listed at the end', () => {
    expect(
      withoutLinkMarkers(['See [1]Acme and [2]Globex', '1. https://a.example', '2. https://b.example']),
    ).toEqual(['See Acme and Globex', '1. https://a.example', '2. https://b.example']);
  });

  it('keeps bracketed numbers that no numbered link list explains (a citation "[12]")', () => {
    const text = ['Cited as [12]Smith and [13]Jones', 'nothing else'];
    expect(withoutLinkMarkers(text)).toEqual(text);
  });

  it('reads the employer without its marker', async () => {
    expect(positions(await extractText(dump.join('\n')))).toEqual([
      {
        company: 'Kestrel Freight',
        title: 'Backend Engineer',
        startDate: '2020-01',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('a heading set loudly with a word the vocabulary does not know', () => {
  it('names its section by the one section word it holds, a bracketed qualifier aside', () => {
    expect(looseSectionKind('PERMANENT ROLES (before contracting)')).toBe('experience');
    expect(looseSectionKind('Contract History')).toBe('experience');
    expect(looseSectionKind('Formal Education')).toBe('education');
  });

  it('names none when the words name two kinds or none, or most words are unknown', () => {
    expect(looseSectionKind('Skills and Education')).toBeNull();
    expect(looseSectionKind('ACME FREIGHT LTD')).toBeNull();
    expect(looseSectionKind('Northwind Harbour History Museum')).toBeNull();
  });

  it('opens that section in a contractor’s résumé', async () => {
    const text = [
      'DANA WHITLOCK',
      'Contract Platform Engineer',
      '',
      'CONTRACTS',
      '---------',
      'Feb 2023 - Jan 2025    Platform Engineer',
      '                       Harbour Mutual, Bristol',
      '  - Terraform modules for the data platform.',
      '',
      'PERMANENT ROLES (before contracting)',
      '------------------------------------',
      '2016 - 2023    Systems Engineer, Westgate Council',
    ];
    expect(positions(await extractText(text.join('\n')))).toEqual([
      {
        company: 'Harbour Mutual',
        title: 'Platform Engineer',
        startDate: '2023-02',
        endDate: '2025-01',
        current: undefined,
      },
      {
        company: 'Westgate Council',
        title: 'Systems Engineer',
        startDate: '2016',
        endDate: '2023',
        current: undefined,
      },
    ]);
  });
});

describe('an employer named with a remark or a place', () => {
  it('keeps the name and leaves out a bracketed agency, owner or short form', async () => {
    const text = [
      'Experience',
      '',
      'Platform Engineer, Westmoor Rail (via Harper Recruitment)',
      'Jan 2022 - Dec 2023',
      '',
      'Backend Engineer, Coinvale (a Northbank company)',
      'Mar 2019 - Dec 2021',
    ];
    expect(positions(await extractText(text.join('\n'))).map((position) => position.company)).toEqual([
      'Westmoor Rail',
      'Coinvale',
    ]);
  });

  it('reads "Company: Name, City, Country" in a form as the employer and its place', async () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'Company: Gulfstream Payments, Dubai, UAE',
      'Designation: Android Developer',
      'Duration: June 2016 – February 2019',
    ];
    expect(positions(await extractText(text.join('\n')))).toEqual([
      {
        company: 'Gulfstream Payments',
        title: 'Android Developer',
        startDate: '2016-06',
        endDate: '2019-02',
        current: undefined,
      },
    ]);
  });
});

describe('HTML inside Markdown (a table of positions, a folded list)', () => {
  const text = [
    '# Rosa Lindqvist',
    '',
    '## Experience',
    '',
    '<table>',
    '  <tr>',
    '    <td><b>Apr 2021 – present</b><br>Malmö</td>',
    '    <td>',
    '      <b>Senior Data Engineer</b>, Norrvik Energy<br>',
    '      <ul><li>Pipelines in Spark and Airflow.</li></ul>',
    '    </td>',
    '  </tr>',
    '</table>',
    '',
    '<details>',
    '<summary><b>Earlier roles (2012 – 2016)</b></summary>',
    '',
    '- **Database Administrator**, Kvarn Logistics, Lund — *Mar 2012 – Feb 2016*',
    '',
    '</details>',
  ];

  it('reads a cell break as a gap and a bold summary as a heading, not a position', async () => {
    expect(positions(await extractText(text.join('\n'), 'resume.md'))).toEqual([
      {
        company: 'Norrvik Energy',
        title: 'Senior Data Engineer',
        startDate: '2021-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Kvarn Logistics',
        title: 'Database Administrator',
        startDate: '2012-03',
        endDate: '2016-02',
        current: undefined,
      },
    ]);
  });
});

describe('section headings set small, entry headers set large (a Europass CV)', () => {
  it('opens a section at a line set as the section heading before it, though louder lines lie between', () => {
    const lines = modelLines([
      { text: 'PERSONAL INFORMATION', size: 0.88 },
      { text: 'Marta Lindholm', size: 1.65, heading: 1 },
      { text: 'marta@example.com', size: 1 },
      { text: '' },
      { text: 'WORK EXPERIENCE', size: 0.88 },
      { text: '03/2020–Present    Backend Developer', size: 1.18, heading: 2 },
      { text: 'Tallow Systems, Tartu (Estonia)', size: 1 },
      { text: '' },
      { text: 'EDUCATION AND TRAINING', size: 0.88 },
      { text: '10/2011–07/2015    Bachelor of Science in Informatics', size: 1.18, heading: 2 },
    ]);
    expect(splitSections(lines).map((section) => [section.kind, section.title])).toEqual([
      ['other', 'PERSONAL INFORMATION'],
      ['experience', 'WORK EXPERIENCE'],
      ['education', 'EDUCATION AND TRAINING'],
    ]);
  });
});

describe('a functional résumé (skills and accomplishments first, in sentences)', () => {
  it('reads "Summary of Qualifications" as a summary and a long letter-spaced heading as its section', () => {
    expect(sectionKind('Summary of Qualifications')).toBe('summary');
    const lines = modelLines([
      { text: 'S U M M A R Y O F Q U A L I F I C AT I O N S', size: 1.05 },
      { text: 'Test engineer of ten years.', size: 1 },
      { text: '' },
      { text: 'R E L E VA N T S K I L L S A N D A C C O M P L I S H M E N T S', size: 1.05 },
      { text: 'Built a regression suite in Cypress for four teams; 900 tests run nightly.', size: 1 },
    ]);
    expect(
      splitSections(lines).map((section) => [section.kind, section.lines.filter((l) => !l.blank).length]),
    ).toEqual([
      ['summary', 1],
      ['skills', 1],
    ]);
  });

  it('finds the technologies a sentence under a skills heading names, though it has commas and semicolons', async () => {
    const text = [
      'Skills and Accomplishments',
      'Designed a WebDriver framework in Java with TestNG, used by six teams; 2,400 tests run nightly.',
    ];
    const result = await extractText(text.join('\n'));
    expect((result.resume.skills ?? []).flatMap((group) => group.keywords ?? [])).toEqual([
      'WebDriver',
      'Java',
      'TestNG',
    ]);
  });
});

describe('employment told one sentence a position ("Working as … in …")', () => {
  it('reads each sentence as a position with its title, employer and dates, the current one ongoing', async () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      '• Working as Module Lead in Veltrix Solutions Pvt Ltd, Chennai from Mar 2020 to till date.',
      '• Worked as Software Engineer in Korvan Systems Limited, Pune from Jul 2015 to Feb 2020.',
    ];
    expect(positions(await extractText(text.join('\n')))).toEqual([
      {
        company: 'Veltrix Solutions Pvt Ltd',
        title: 'Module Lead',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Korvan Systems Limited',
        title: 'Software Engineer',
        startDate: '2015-07',
        endDate: '2020-02',
        current: undefined,
      },
    ]);
  });
});

describe('an employer line with its span over the titles held there', () => {
  it('reads the undated-role line as the employer of the titles dated within its span', async () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      '',
      'Brightwater, Porto    Oct 2018 – present',
      'Engineering Manager, Checkout & Payments (since Jan 2022)',
      'Ran two squads for the payment flow.',
      'Senior Backend Engineer, Checkout (Oct 2018 – Dec 2021)',
      'Built the basket service in Python.',
      'Quillon, Braga    Mar 2014 – Sep 2018',
      'Software Engineer, Platform team',
      'Deployment engine in C#.',
    ];
    expect(positions(await extractText(text.join('\n')))).toEqual([
      {
        company: 'Brightwater',
        title: 'Engineering Manager',
        startDate: '2022-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Brightwater',
        title: 'Senior Backend Engineer',
        startDate: '2018-10',
        endDate: '2021-12',
        current: undefined,
      },
      {
        company: 'Quillon',
        title: 'Software Engineer',
        startDate: '2014-03',
        endDate: '2018-09',
        current: undefined,
      },
    ]);
  });
});

describe('the title as the first item under an employer (markdown-cv)', () => {
  it('reads a short title-cased item naming a role as the title, the other items as highlights', async () => {
    const text = [
      '## Occupation',
      '',
      '`2019-present`',
      '__Lindenfeld Analytics__, Graz',
      '',
      '- Data Engineer, Pricing',
      '- Streaming jobs in Scala on Kafka for the pricing team.',
      '',
      '`2016-2019`',
      '__Murtal Werke__, Leoben',
      '',
      '- Junior Developer',
      '- Reports for the plant in Python.',
    ];
    const result = await extractText(text.join('\n'), 'resume.md');
    expect(positions(result)).toEqual([
      {
        company: 'Lindenfeld Analytics',
        title: 'Data Engineer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Murtal Werke',
        title: 'Junior Developer',
        startDate: '2016',
        endDate: '2019',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.map((work) => work.positions?.[0]?.highlights)).toEqual([
      ['Streaming jobs in Scala on Kafka for the pricing team.'],
      ['Reports for the plant in Python.'],
    ]);
  });
});
