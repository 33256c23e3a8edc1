import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/extract/sentences.js';
import {
  extractBytes,
  extractText,
  positions,
  resultRoleRows,
  roleRows,
  rolesUnderHead,
  schools,
} from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

/**
 * Session 20 (xroles3): conventions that lost or invented positions. Every document is written here with invented
 * names, so each expected position is what its lines say.
 */

const person = ['Jane Roe', 'jane.roe@example.com', ''];

/** roleRows of a résumé of `person`, then `heading` over a blank line and `lines`. */
const rolesIn = (heading: string, ...lines: string[]) =>
  roleRows([...person, heading, '', ...lines].join('\n'));

/** Each position's company, title, start and end (true for a current position). */
const heads = (result: Awaited<ReturnType<typeof extractBytes>>) =>
  positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate ?? p.current]);

describe('promotions one after another at one employer', () => {
  it('"Promoted to A (2019), then to B (2022)" opens two positions after the first title', async () => {
    expect(
      await rolesIn(
        'EXPERIENCE',
        'Northwind Freight    2015 – present',
        'Software Engineer',
        'Promoted to Senior Engineer (2019), then to Staff Engineer (2022)',
        '- Built the routing service.',
        '',
        'Larkspur Systems    2012 – 2015',
        'Developer',
        '- Wrote the billing reports.',
      ),
    ).toEqual([
      ['Northwind Freight', 'Software Engineer', '2015', '2019'],
      ['Northwind Freight', 'Senior Engineer', '2019', '2022'],
      ['Northwind Freight', 'Staff Engineer', '2022', 'present'],
      ['Larkspur Systems', 'Developer', '2012', '2015'],
    ]);
  });

  it('a dated title, "promoted to" a dated title, "then to" a third: three positions', async () => {
    expect(
      await rolesIn(
        'EXPERIENCE',
        'Northwind Freight',
        'Analyst (2014 – 2016), promoted to Senior Analyst (2016 – 2019), then to Analytics Manager (2019 – present)',
        '- Ran the demand forecasts.',
      ),
    ).toEqual([
      ['Northwind Freight', 'Analyst', '2014', '2016'],
      ['Northwind Freight', 'Senior Analyst', '2016', '2019'],
      ['Northwind Freight', 'Analytics Manager', '2019', 'present'],
    ]);
  });

  it('titles held in turn on one line, joined by an arrow or ", then", each with its dates', async () => {
    expect(
      await rolesIn(
        'EXPERIENCE',
        'Northwind Freight — Lviv',
        'Senior Data Engineer (01/2022 – present) ← Data Engineer (03/2019 – 12/2021)',
        '• Built the warehouse loaders.',
        '',
        'Larkspur Systems — Kyiv',
        'Support Analyst (2014 – 2015), then Consultant (2015 – 2017)',
        '• Wrote the onboarding guide.',
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Data Engineer', '2022-01', 'present'],
      ['Northwind Freight', 'Data Engineer', '2019-03', '2021-12'],
      ['Larkspur Systems', 'Support Analyst', '2014', '2015'],
      ['Larkspur Systems', 'Consultant', '2015', '2017'],
    ]);
  });

  it('leaves a range written with an arrow as one range', async () => {
    expect(
      await rolesIn(
        'EXPERIENCE',
        'Machine Learning Engineer, Quillon Data',
        '2016 → 2021',
        '- Built the ranking models.',
      ),
    ).toEqual([['Quillon Data', 'Machine Learning Engineer', '2016', '2021']]);
  });
});

describe('prose about help given at a place is no position there', () => {
  const told = (...said: string[]) =>
    rolesIn(
      'ABOUT ME',
      [
        'I began my career in 2012 at Northwind Freight as a developer.',
        'In 2016 I joined Larkspur Systems as a senior engineer.',
        ...said,
        'I have been a staff engineer at Quillon Data since 2020.',
      ].join(' '),
    );
  const told3 = [
    ['Northwind Freight', 'developer', '2012', '2016'],
    ['Larkspur Systems', 'senior engineer', '2016', '2020'],
    ['Quillon Data', 'staff engineer', '2020', 'present'],
  ];

  it('mentoring, supporting or volunteering at a named place opens no position', async () => {
    expect(
      await told(
        'I spent a year mentoring at Code Harbour.',
        'I spent weekends supporting at Ada Hall Trust.',
        'I served as a mentor at Rails Meadow.',
        'I worked with Tern Foundation as a volunteer mentor.',
      ),
    ).toEqual(told3);
  });

  it('"I was a mentor for X" is help given too; "I worked at X as a support engineer" is a position', async () => {
    expect(await told('I was a mentor for Code Harbour in 2018.')).toEqual(told3);
    expect(
      await rolesIn(
        'ABOUT ME',
        'I worked at Bellweather Health as a support engineer from 2014 to 2016. Since 2016 I have been a staff ' +
          'engineer at Quillon Data.',
      ),
    ).toEqual([
      ['Bellweather Health', 'support engineer', '2014', '2016'],
      ['Quillon Data', 'staff engineer', '2016', 'present'],
    ]);
  });
});

describe('prose that tells of several employers in one sentence', () => {
  it('reads the employer told first, ended by "until I joined … in <year>"', async () => {
    expect(
      await rolesIn(
        'CAREER',
        'After my PhD I spent two years (2016 – 2018) as a postdoctoral researcher at Veldhoven Institute, working ' +
          'on point clouds. In 2018 I moved to Marrow Labs in Utrecht as a research engineer, building video ' +
          'prototypes, until I joined Quillon Data in 2021.',
      ),
    ).toEqual([
      ['Veldhoven Institute', 'postdoctoral researcher', '2016', '2018'],
      ['Marrow Labs', 'research engineer', '2018', '2021'],
    ]);
  });

  it('a move to a city before the employer joined names the employer, not the city', async () => {
    expect(
      await rolesIn(
        'ABOUT ME',
        'I started out in 2012 as a manual tester at Corvane in Rabat. In 2015 I moved to Lyon and joined Brisemont ' +
          'Assurances as a test automation engineer. Since 2019 I have been the QA lead at Quillon Data.',
      ),
    ).toEqual([
      ['Corvane', 'manual tester', '2012', '2015'],
      ['Brisemont Assurances', 'test automation engineer', '2015', '2019'],
      ['Quillon Data', 'QA lead', '2019', 'present'],
    ]);
  });

  it('"I started out in <year> on the service desk at X": a position at X from that year', async () => {
    expect(
      await rolesIn(
        'ABOUT ME',
        'I started out in 2011 on the service desk at Harrowgate Council, where I learnt scripting. In 2014 I ' +
          'moved to Tidewater Bank as a systems administrator.',
      ),
    ).toEqual([
      ['Harrowgate Council', undefined, '2011', '2014'],
      ['Tidewater Bank', 'systems administrator', '2014', undefined],
    ]);
  });
});

describe('a French title a line names with its employer', () => {
  it('"Employer, City — Testeuse logiciel" over its dates is a position with that title', async () => {
    expect(
      await rolesIn(
        'EXPÉRIENCE PROFESSIONNELLE',
        'Banque Lemaire, Lyon — Ingénieure QA',
        "JANV. 2022 - AUJOURD'HUI",
        'Tests de bout en bout avec Cypress.',
        '',
        'Rivière Télécom, Nantes — Testeuse logiciel',
        'SEPT. 2019 - DÉC. 2021',
        'Campagnes de tests fonctionnels.',
        '',
        'Atelier Moreau, Nantes — Testeur intégrateur',
        'AVR. 2018 - AOÛT 2019',
        'Recette des versions.',
      ),
    ).toEqual([
      ['Banque Lemaire', 'Ingénieure QA', '2022-01', 'present'],
      ['Rivière Télécom', 'Testeuse logiciel', '2019-09', '2021-12'],
      ['Atelier Moreau', 'Testeur intégrateur', '2018-04', '2019-08'],
    ]);
  });
});

describe('a timeline whose entries are labelled by kind', () => {
  it('an entry labelled as studies is no position; those labelled as positions are', async () => {
    expect(
      await roleRows(
        [
          ...person,
          'TIMELINE',
          '========',
          '',
          'May 2020 -> Current    POSITION',
          '    Platform Engineer',
          '    Kestrel Freight, Accra',
          '    Runs the deployment pipeline.',
          '',
          'Feb 2017 -> Apr 2020    POSITION',
          '    Backend Developer',
          '    Tidewater Bank, Accra',
          '    Built the payments API.',
          '',
          'Sep 2013 -> Jul 2017    EDUCATION',
          '    BSc Computer Science',
          '    University of Cape Coast',
          '    First class.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Kestrel Freight', 'Platform Engineer', '2020-05', 'present'],
      ['Tidewater Bank', 'Backend Developer', '2017-02', '2020-04'],
    ]);
  });
});

describe('an employer named with a unit of it', () => {
  it('"Department of X, Office of Y": the first is the employer, the second its unit', async () => {
    expect(
      await roleRows(
        [
          ...person,
          'PROFESSIONAL EXPERIENCE',
          'Information Security Specialist',
          'Department of Coastal Affairs, Office of Digital Services',
          'Dates of employment: 10/2019 – Present',
          '• Ran the vulnerability scans.',
          '',
          'Systems Administrator',
          'Harbourline Systems, Inc.',
          'Dates of employment: 07/2012 – 09/2019',
          '• Kept the servers patched.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Department of Coastal Affairs', 'Information Security Specialist', '2019-10', 'present'],
      ['Harbourline Systems, Inc.', 'Systems Administrator', '2012-07', '2019-09'],
    ]);
  });

  it('"X Government (Department of Y)": the government is the employer', async () => {
    expect(
      await rolesUnderHead(
        'Northshore Freight, Perth\tMar 2012 – Present',
        'Senior Developer',
        '• Route planning in C#.',
        '',
        'Tasmanian Government (Department of Roads and Harbours), Hobart\tNov 2008 – Feb 2012',
        'Graduate Developer',
        '• Vehicle registration screens.',
      ),
    ).toEqual([
      ['Northshore Freight', 'Senior Developer', '2012-03', 'present'],
      ['Tasmanian Government', 'Graduate Developer', '2008-11', '2012-02'],
    ]);
  });
});

describe("work on one's own account in a timeline of positions", () => {
  it('"Freelance" over "Own practice" takes no employer from the position above: it is work of one\'s own', async () => {
    const result = await extractText(
      [
        '# Jane Roe',
        '',
        'jane.roe@example.com',
        '',
        '## Experience',
        '',
        '2019 ▸ 2022',
        '### Interactive Developer',
        'Maple Lantern Studio · Montréal',
        'Campaign microsites in Three.js.',
        '',
        '2017 ▸ 2019',
        '### Freelance',
        'Own practice',
        'Generative-art commissions in Processing.',
        '',
        '2015 ▸ 2017',
        '### Junior Developer',
        'Quillon Games · Québec',
        'Community pages in jQuery.',
      ].join('\n'),
      'cv.md',
    );
    expect(resultRoleRows(result)).toEqual([
      ['Maple Lantern Studio', 'Interactive Developer', '2019', '2022'],
      ['Quillon Games', 'Junior Developer', '2015', '2017'],
    ]);
    expect((result.resume.projects ?? []).map((project) => [project.name, project.technologies])).toEqual([
      ['Freelance', ['Processing']],
    ]);
  });
});

describe('how a title was held, after it', () => {
  it('"(intern)" after a title the vocabulary does not know and ", working student" after a title are left out', async () => {
    expect(
      await rolesUnderHead(
        'QA Tester, Vientiane Kestrel, Vientiane — Mar 2023 to now',
        '  Manual testing of the wallet app.',
        'IT Support (intern), Quillon Bank, Vientiane — Jun 2020 - Sep 2020',
        '  Fixed laptops.',
      ),
    ).toEqual([
      ['Vientiane Kestrel', 'QA Tester', '2023-03', 'present'],
      ['Quillon Bank', 'IT Support', '2020-06', '2020-09'],
    ]);
    expect(
      await rolesUnderHead(
        'Kestrel Freight — Lviv',
        'Data Engineer (03/2019 – 12/2021)',
        '• Built the loaders.',
        '',
        'Tidewater Systems — Kyiv',
        'QA Engineer, working student (09/2016 – 06/2017)',
        '• Wrote the regression tests.',
      ),
    ).toEqual([
      ['Kestrel Freight', 'Data Engineer', '2019-03', '2021-12'],
      ['Tidewater Systems', 'QA Engineer', '2016-09', '2017-06'],
    ]);
  });
});

describe('a résumé with no headings', () => {
  it("a school's dated line over its degree stays an entry of studies, no position", async () => {
    expect(
      await rolesIn(
        'BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE',
        '10/2018 - heute      Senior Software Engineer',
        '                     Kestrel Vergleich GmbH, München',
        '                     Microservices in Go.',
        '',
        'Werdegang / Studies:',
        '',
        '10/2010 - 09/2014    Technische Hochschule Lechfeld',
        '                     B.Sc. Informatik',
      ),
    ).toEqual([['Kestrel Vergleich GmbH', 'Senior Software Engineer', '2018-10', 'present']]);
  });

  it("a degree's line under the last job is no part of that job's header", async () => {
    expect(
      await roleRows(
        [
          'Neo Kgosi',
          'Francistown, Botswana - neo.kgosi@example.com - 71 555 000',
          '',
          'Junior Data Analyst, Kalahari Mutual Assurance, Francistown - Jan 2024 to date',
          'Excel and Power BI reports on claims.',
          '',
          'Data Intern, Tswana Statistics Office, Francistown - Jun 2023 to Dec 2023',
          '',
          'BSc Statistics, University of Kestrel, 2023',
          '',
          'Skills: Excel, SQL, Python',
        ].join('\n'),
      ),
    ).toEqual([
      ['Kalahari Mutual Assurance', 'Junior Data Analyst', '2024-01', 'present'],
      ['Tswana Statistics Office', 'Data Intern', '2023-06', '2023-12'],
    ]);
  });
});

describe('a Dutch graduation internship', () => {
  it('"Afstudeerstage (…) — Employer, City" is a title, its bracket a translation', async () => {
    expect(
      await rolesUnderHead(
        'Software Engineer — Kanaal Systems, Utrecht\tFeb 2016 – Aug 2019',
        '- Customer portals in Java.',
        '',
        'Afstudeerstage (final-year internship) — Van Dam Techniek, Delft\tSep 2015 – Jan 2016',
        '- Prototype of a log viewer in Python.',
      ),
    ).toEqual([
      ['Kanaal Systems', 'Software Engineer', '2016-02', '2019-08'],
      ['Van Dam Techniek', 'Afstudeerstage', '2015-09', '2016-01'],
    ]);
  });
});

describe('abbreviations that end no sentence', () => {
  it('"Ss.", "Sts.", "Mt.", "Ft." are followed by the name they abbreviate', () => {
    const text =
      'I studied at Ss. Cyril and Methodius University. I taught at Sts. Peter and Paul School. ' +
      'Then I moved to Mt. Pleasant and Ft. Collins. I left in 2020.';
    expect(sentences(text).map(({ start, end }) => text.slice(start, end).trim())).toEqual([
      'I studied at Ss. Cyril and Methodius University.',
      'I taught at Sts. Peter and Paul School.',
      'Then I moved to Mt. Pleasant and Ft. Collins.',
      'I left in 2020.',
    ]);
  });
});

/**
 * A PDF work history set as a table "Period | Position & Organisation | Location" (the organisation under the title
 * in its cell, the description in that column below), then sections whose rows are a label or dates at the left
 * margin beside their text: the education (dates, school and place over the degree), certifications, skills.
 */
function gridded(jobs: readonly (readonly [string, string, string, string, string])[]): PdfText[] {
  const texts: PdfText[] = [
    { text: 'Jane Roe', x: 40, top: 50, size: 16, bold: true },
    { text: 'Engineer · jane.roe@example.com', x: 40, top: 70, size: 9 },
    { text: 'WORK HISTORY', x: 40, top: 105, size: 10.5, bold: true },
    { text: 'Period', x: 45, top: 128, size: 9, bold: true },
    { text: 'Position & Organisation', x: 160, top: 128, size: 9, bold: true },
    { text: 'Location', x: 490, top: 128, size: 9, bold: true },
  ];
  let top = 150;
  for (const [dates, title, organisation, city, text] of jobs) {
    texts.push(
      { text: dates, x: 45, top, size: 9 },
      { text: title, x: 160, top, size: 9 },
      { text: city, x: 490, top, size: 9 },
      { text: organisation, x: 160, top: top + 11, size: 9 },
      { text, x: 172, top: top + 24, size: 9 },
    );
    top += 46;
  }
  top += 10;
  const row = (left: string, right: string) => {
    texts.push({ text: left, x: 45, top, size: 9 }, { text: right, x: 160, top, size: 9 });
  };
  texts.push({ text: 'EDUCATION', x: 40, top, size: 10.5, bold: true });
  top += 20;
  row('2008 – 2012', 'Tidewater Technical University');
  texts.push({ text: 'Muscat', x: 490, top, size: 9 });
  texts.push({ text: 'Bachelor of Science in Computer Science', x: 160, top: top + 10, size: 9 });
  top += 37;
  texts.push({ text: 'CERTIFICATIONS', x: 40, top, size: 10.5, bold: true });
  top += 20;
  row('2019', 'Certified Kubernetes Administrator (CKA)');
  top += 19;
  row('2021', 'AWS Certified Solutions Architect');
  top += 28;
  texts.push({ text: 'SKILLS', x: 40, top, size: 10.5, bold: true });
  top += 19;
  for (const [label, values] of [
    ['Languages', 'Python, Go, Bash'],
    ['Cloud', 'AWS, Azure, Terraform'],
    ['Data', 'PostgreSQL, Kafka'],
    ['Observability', 'Prometheus, Grafana'],
  ] as const) {
    row(label, values);
    top += 19;
  }
  return texts;
}

describe('a PDF table of positions followed by label rows at the left margin', () => {
  const jobs = [
    ['2020/03 – present', 'Engineering Lead', 'Platform Architects', 'Muscat', 'Led the platform team.'],
    ['2017/01 – 2020/02', 'Growth Analyst', 'Delivery Partners', 'Sohar', 'Ran the pricing tests.'],
    ['2014/06 – 2016/12', 'Chief Storyteller', 'Harbour Analytics', 'Muscat', 'Wrote the product copy.'],
  ] as const;

  it('reads each cell\'s title and organisation in the order "Position & Organisation" gives', async () => {
    expect(heads(await extractBytes(await makePdf([gridded(jobs)]), 'cv.pdf'))).toEqual([
      ['Platform Architects', 'Engineering Lead', '2020-03', true],
      ['Delivery Partners', 'Growth Analyst', '2017-01', '2020-02'],
      ['Harbour Analytics', 'Chief Storyteller', '2014-06', '2016-12'],
    ]);
  });

  it('reads the sections below row by row: the school with its degree, the skills with their labels', async () => {
    const result = await extractBytes(await makePdf([gridded(jobs)]), 'cv.pdf');
    expect(
      schools(result).map((entry) => [entry.institution, entry.studyType, entry.startDate, entry.endDate]),
    ).toEqual([['Tidewater Technical University', 'Bachelor of Science', '2008', '2012']]);
    const groups = (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['Languages', ['Python', 'Go', 'Bash']],
        ['Observability', ['Prometheus', 'Grafana']],
      ]),
    );
  });
});

describe("the last line of an entry's text is no employer of the next entry", () => {
  it('a paragraph wrapped after a word no phrase ends with goes on on the next line', async () => {
    expect(
      await roleRows(
        [
          '# Jane Roe',
          '',
          'jane.roe@example.com',
          '',
          '## Experience',
          '',
          '### Embedded Engineer',
          '**Kestrel Grid** · Tromsø · Jun 2021 – now',
          '',
          'Firmware for the meters in C with FreeRTOS. Hardware tests run every night on a',
          'BeagleBone Test Bench.',
          '',
          '### Controls Engineer',
          '**Fjordline Power** · Bodø · Sep 2018 – May 2021',
          '',
          'Substation gateways and operator screens; the screens were handed over to',
          'Field Operations.',
        ].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Kestrel Grid', 'Embedded Engineer', '2021-06', 'present'],
      ['Fjordline Power', 'Controls Engineer', '2018-09', '2021-05'],
    ]);
  });

  it('a short line that closes a sentence is text, even in capitals over a title line', async () => {
    expect(
      await rolesIn(
        'EXPERIENCE',
        'since 03/2021    Senior Data Engineer, Tarnwell Bank, Tallinn',
        'Built the lakehouse on Spark and Delta Lake; change data capture from the core banking database.',
        'Alerting in Grafana Cloud.',
        '',
        '09/2017–12/2020    BI Analyst, Vesimo, Tartu',
        'Weekly revenue reports in SQL.',
      ),
    ).toEqual([
      ['Tarnwell Bank', 'Senior Data Engineer', '2021-03', 'present'],
      ['Vesimo', 'BI Analyst', '2017-09', '2020-12'],
    ]);
  });
});

describe('a PDF head "Employer (ABC) | City" that runs to the column\'s edge', () => {
  it("is not joined to the entry's text set in under it", async () => {
    const texts: PdfText[] = [
      { text: 'Jane Roe', x: 34, top: 50, size: 16, bold: true },
      { text: 'jane.roe@example.com', x: 34, top: 70, size: 9.5 },
      { text: 'EXPERIÊNCIA PROFISSIONAL', x: 34, top: 100, size: 10.5, bold: true },
      { text: 'Analista de Testes', x: 34, top: 125, size: 10.5, bold: true },
      { text: 'jan. 2019 – dez. 2021', x: 224, top: 125, size: 8.5 },
      { text: 'Kestrel Telecomunicações | Beira', x: 34, top: 138, size: 9.5 },
      { text: 'Testes funcionais do sistema de faturação.', x: 47, top: 151, size: 9.5 },
      { text: 'Estagiário de Desenvolvimento', x: 34, top: 175, size: 10.5, bold: true },
      { text: 'jun. 2017 – dez. 2017', x: 224, top: 175, size: 8.5 },
      { text: 'Centro de Informática da Universidade do Sul (CIUS) | Nampula', x: 34, top: 188, size: 9.5 },
      { text: 'Formulários de matrícula em PHP para o portal.', x: 47, top: 201, size: 9.5 },
    ];
    expect(heads(await extractBytes(await makePdf([texts]), 'cv.pdf'))).toEqual([
      ['Kestrel Telecomunicações', 'Analista de Testes', '2019-01', '2021-12'],
      ['Centro de Informática da Universidade do Sul', 'Estagiário de Desenvolvimento', '2017-06', '2017-12'],
    ]);
  });
});

describe('a PDF date set a narrow gap after a head that wraps', () => {
  it('reads the date cell apart: the head and the date each joined with its wrapped line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const size = 10.5;
    // Each head ends a narrow gap (6 pt, less than an em) before its date, as a right-aligned date column sets it.
    const job = (top: number, head: string, wrap: string, dates: string, end: string): PdfText[] => {
      const x = 70 + font.widthOfTextAtSize(head, size) + 6;
      return [
        { text: head, x: 70, top, size },
        { text: dates, x, top, size },
        { text: wrap, x: 70, top: top + 13, size },
        { text: end, x, top: top + 13, size },
        { text: 'Cleaned and modelled the survey data in R and Python.', x: 70, top: top + 27, size },
      ];
    };
    const texts: PdfText[] = [
      { text: 'Jane Roe', x: 70, top: 50, size: 16, bold: true },
      { text: 'jane.roe@example.com', x: 70, top: 70, size },
      { text: 'Experience', x: 70, top: 100, size: 12.5, bold: true },
      ...job(
        125,
        'Data Analyst (Epidemiology), Kestrel-Harbour-Lilongwe',
        'Trust, Blantyre',
        'Aug. 2018 – Aug.',
        '2020',
      ),
      ...job(
        175,
        'Research Assistant (Field Surveys), Tidewater-Nkhata-Bay',
        'Foundation, Mzuzu',
        'Jan. 2016 – Jul.',
        '2018',
      ),
    ];
    expect(heads(await extractBytes(await makePdf([texts]), 'cv.pdf'))).toEqual([
      ['Kestrel-Harbour-Lilongwe Trust', 'Data Analyst (Epidemiology)', '2018-08', '2020-08'],
      ['Tidewater-Nkhata-Bay Foundation', 'Research Assistant (Field Surveys)', '2016-01', '2018-07'],
    ]);
  });
});
