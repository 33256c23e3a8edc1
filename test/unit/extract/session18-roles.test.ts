import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { sentences } from '../../../src/extract/sentences.js';
import { extractText, position, positions, positionsOf as roles } from './extract-text.js';

/**
 * Session 18 (roles): conventions a position's header is written in that the metamorphic variants of the tuned-on
 * documents (src/eval/variants.ts) showed the extractor misread. Every input is constructed here.
 */

describe('a number ending a name before a column gap', () => {
  it('is no day of the month the gap sets apart', () => {
    expect(findDates('Brain Station 23    Jul 2016 – Dec 2017').map((date) => date.text)).toEqual([
      'Jul 2016 – Dec 2017',
    ]);
    expect(findDates('Studio 21\tMar 2015 – Feb 2016').map((date) => date.text)).toEqual([
      'Mar 2015 – Feb 2016',
    ]);
    // A day and its month written together still read as a day.
    expect(findDates('15 June 2020')[0]?.from).toEqual({ year: 2020, month: 6, day: 15 });
  });

  it('leaves the number in the employer’s name', async () => {
    expect(
      await roles([
        'Ana Lima',
        'ana@example.com',
        '',
        'EXPERIENCE',
        '',
        'Software Engineer',
        'Brain Station 23    Jul 2016 – Dec 2017',
        '- Built the payments API',
        '',
        'Junior Developer',
        'Studio 21    Mar 2015 – Jun 2016',
        '- Wrote the booking site',
      ]),
    ).toEqual([
      position('Brain Station 23', 'Software Engineer', '2016-07', '2017-12'),
      position('Studio 21', 'Junior Developer', '2015-03', '2016-06'),
    ]);
  });
});

describe('an employer on a line of its own over its title', () => {
  it('is one when its name closes with a legal form in lower case ("Orbis d.d.", "Lumenta s.r.o.")', async () => {
    expect(
      await roles([
        'Ivo Marić',
        'ivo@example.com',
        '',
        'Experience',
        '',
        '  Kovra Systems',
        '  Staff Frontend Engineer    Mar 2022 – Present',
        '     * Led the design system guild',
        '',
        '  Orbis d.d.',
        '  Frontend Developer    Sep 2016 – Feb 2022',
        '     * Public-sector portals in Angular',
        '',
        '  Lumenta s.r.o.',
        '  Junior Developer    Jan 2015 – Aug 2016',
        '     * Internal tools in PHP',
      ]),
    ).toEqual([
      position('Kovra Systems', 'Staff Frontend Engineer', '2022-03', 'present'),
      position('Orbis d.d.', 'Frontend Developer', '2016-09', '2022-02'),
      position('Lumenta s.r.o.', 'Junior Developer', '2015-01', '2016-08'),
    ]);
  });

  it('is one when set in lower case as its brand is ("plinq", "shop.example", "nord data ag")', async () => {
    expect(
      await roles([
        'Sam de Boer',
        'sam@example.nl',
        '',
        'EXPERIENCE',
        '',
        'Marlow Energy',
        'Scala Developer    2018 – 2019',
        '- Metering ingestion with Akka Streams',
        '',
        'plinq',
        'PHP Developer    2017 – 2018',
        '- Payment requests in the PHP backend',
        '',
        'shop.example',
        'Software Engineer    2012 – 2017',
        '- Order management in Java',
        '',
        'nord data ag',
        'Werkstudent    2010 – 2012',
        '- Test automation in Python',
      ]),
    ).toEqual([
      position('Marlow Energy', 'Scala Developer', '2018', '2019'),
      position('plinq', 'PHP Developer', '2017', '2018'),
      position('shop.example', 'Software Engineer', '2012', '2017'),
      position('nord data ag', 'Werkstudent', '2010', '2012'),
    ]);
  });

  it('is no employer when a wrapped sentence’s last word stands alone under it', async () => {
    const found = await roles([
      'Sam de Boer',
      'sam@example.nl',
      '',
      'EXPERIENCE',
      '',
      'Marlow Energy',
      'Scala Developer    2018 – 2019',
      '- Metering ingestion with Akka Streams and Cassandra for the',
      'utilities',
      'PHP Developer    2017 – 2018',
      '- Payment requests in the PHP backend',
    ]);
    expect(found.map((position) => position.company)).toEqual(['Marlow Energy', 'Marlow Energy']);
  });
});

describe('an employer line known by the layout', () => {
  it('stands over a dated title the vocabulary does not know, once employer lines stand over dated titles', async () => {
    expect(
      await roles([
        'Ruth Adeyemi',
        'ruth@example.co.uk',
        '',
        'EMPLOYMENT',
        '',
        'Harlow Retail Group',
        'Senior Software Developer    Sep 2021 – Present',
        '- Checkout services in C#',
        '',
        'Medway Council',
        'Applications Developer    Oct 2016 – Aug 2021',
        '- Council tax web forms in ASP.NET MVC',
        '',
        'Chemist Direct',
        'IT Graduate Scheme    Jul 2015 – Sep 2016',
        '- Rotations in the store systems teams',
      ]),
    ).toEqual([
      position('Harlow Retail Group', 'Senior Software Developer', '2021-09', 'present'),
      position('Medway Council', 'Applications Developer', '2016-10', '2021-08'),
      position('Chemist Direct', 'IT Graduate Scheme', '2015-07', '2016-09'),
    ]);
  });
});

describe('a legal form written with periods inside a header', () => {
  it('ends no sentence, so the header is no prose ("Pvt. Ltd.", "Sdn. Bhd.")', async () => {
    expect(
      sentences('Machine Learning Engineer, Kestrel Internet Pvt. Ltd. | Sep 2021 – Present'),
    ).toHaveLength(1);
    expect(
      await roles([
        'Meera Rao',
        'meera@example.in',
        '',
        'EXPERIENCE',
        'Senior Machine Learning Engineer, Kestrel Internet Pvt. Ltd. | Sep 2021 – Present',
        '    - Query understanding models in PyTorch.',
        '',
        'Data Engineer, Halcyon Digital Sdn. Bhd. | Jul 2017 – Aug 2021',
        '    - Forecasting pipelines in Python.',
      ]),
    ).toEqual([
      position('Kestrel Internet Pvt. Ltd.', 'Senior Machine Learning Engineer', '2021-09', 'present'),
      position('Halcyon Digital Sdn. Bhd.', 'Data Engineer', '2017-07', '2021-08'),
    ]);
    // A sentence after a name's period still starts where a capital follows any other word.
    expect(sentences('Shipped the app. Then led the team.')).toHaveLength(2);
  });
});

describe('an employer set as a heading over its title', () => {
  it('needs no capitals in every word ("### Česká spořitelna", "**Komerční banka**")', async () => {
    const markdown = [
      '# Jana Dvořák',
      '',
      '## Experience',
      '',
      '### Rohlik Group',
      'Senior Data Engineer    Oct 2021 – Present',
      '',
      '- Lakehouse on Databricks',
      '',
      '### Česká spořitelna',
      'BI Developer    Jul 2017 – Sep 2021',
      '',
      '- Data marts in Oracle',
      '',
      '**Komerční banka**',
      'Junior Analyst    Jan 2015 – Jun 2017',
      '',
      '- Reports in Excel and SQL',
    ];
    expect(
      (await roles(markdown, 'resume.md')).map((position) => [position.company, position.title]),
    ).toEqual([
      ['Rohlik Group', 'Senior Data Engineer'],
      ['Česká spořitelna', 'BI Developer'],
      ['Komerční banka', 'Junior Analyst'],
    ]);
  });
});

describe('an employer in capitals whose name holds a section’s word', () => {
  it('stays the employer over its dated title ("RIMAC TECHNOLOGY", "DELL TECHNOLOGIES")', async () => {
    const found = await roles([
      'ANA PERIĆ',
      'ana@example.com',
      '',
      'WORK EXPERIENCE',
      '',
      'KORVA SYSTEMS',
      'Staff Frontend Engineer    Mar 2022 – Present',
      '- Design system in Lit and Storybook',
      '',
      'ORBIT TECHNOLOGY',
      'Senior Frontend Developer    Jun 2019 – Feb 2022',
      '- Fleet dashboard in React',
      '',
      'NORTHWIND TECHNOLOGIES',
      'Frontend Developer    Sep 2016 – May 2019',
      '- Public portals in Angular',
      '',
      'SKILLS',
      'TypeScript, React, Angular',
    ]);
    expect(found.map((position) => [position.company, position.title, position.startDate])).toEqual([
      ['KORVA SYSTEMS', 'Staff Frontend Engineer', '2022-03'],
      ['ORBIT TECHNOLOGY', 'Senior Frontend Developer', '2019-06'],
      ['NORTHWIND TECHNOLOGIES', 'Frontend Developer', '2016-09'],
    ]);
  });

  it('still heads a section of its own over lines with no dates ("TECHNOLOGIES USED")', async () => {
    const result = await extractText(
      [
        'ANA PERIĆ',
        '',
        'WORK EXPERIENCE',
        '',
        'KORVA SYSTEMS',
        'Staff Frontend Engineer    Mar 2022 – Present',
        '- Design system in Lit',
        '',
        'TECHNOLOGIES USED',
        'TypeScript, React, Angular',
      ].join('\n'),
    );
    expect(positions(result).map((position) => position.company)).toEqual(['KORVA SYSTEMS']);
    expect((result.resume.skills ?? []).flatMap((skill) => skill.keywords ?? [])).toEqual(
      expect.arrayContaining(['TypeScript', 'React', 'Angular']),
    );
  });
});

describe('"Sysadmin" as a title', () => {
  it('is a role noun, so "Sysadmin at Locaweb" names the title and its employer', async () => {
    expect(
      await roles([
        'Rafa Costa',
        'rafa@example.com',
        '',
        'EXPERIENCE',
        '',
        '- Platform Engineer at Nubank, 2021 – Present',
        '  - Terraform and Argo CD',
        '- Sysadmin at Locaweb, 2015 – 2018',
        '  - Linux and Puppet',
      ]),
    ).toEqual([
      position('Nubank', 'Platform Engineer', '2021', 'present'),
      position('Locaweb', 'Sysadmin', '2015', '2018'),
    ]);
  });
});

describe('a label of markup alone in a skills section', () => {
  it('names no skill group, so the document still reads ("</details>:")', async () => {
    const result = await extractText(
      ['# Jo Bloggs', '', '## Skills', '', 'Go · Python', '', '</details>:', '', 'Redis'].join('\n'),
      'resume.md',
    );
    expect(result.resume.skills?.every((group) => group.name.trim() !== '')).toBe(true);
    expect(result.resume.skills?.flatMap((group) => group.keywords ?? [])).toEqual(
      expect.arrayContaining(['Go', 'Python', 'Redis']),
    );
  });
});

describe('"Occupation" as the heading of the positions held', () => {
  it('opens the work history (the markdown-cv template writes "## Occupation")', async () => {
    const found = await roles(
      [
        '# Sipho Dube',
        '',
        '## Occupation',
        '',
        'Kapa Retail',
        'Senior Software Engineer    2021 — Present',
        '- Search relevance in Scala',
        '',
        'Yebo Pay',
        'Software Engineer    2018 — 2021',
        '- Kotlin services on AWS',
      ],
      'resume.md',
    );
    expect(found.map((position) => [position.company, position.title])).toEqual([
      ['Kapa Retail', 'Senior Software Engineer'],
      ['Yebo Pay', 'Software Engineer'],
    ]);
  });
});
