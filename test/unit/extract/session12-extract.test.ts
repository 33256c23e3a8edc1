import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { titleScore } from '../../../src/extract/vocabulary.js';
import {
  extractBytes,
  extractText,
  positions,
  schools,
  seedCatalogue,
  technologiesByPosition,
} from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

/** Session 12: rirekisho event rows, titles that open with a technology, head-first German titles, catalogue breadth. */

/** A rirekisho's history table, as a PDF prints its ruled rows: year, month, event. */
const RIREKISHO = [
  { text: 'RIREKISHO (Resume)', size: 14, bold: true },
  'Name    Aoi Kuroda',
  'Contact    aoi.kuroda@example.jp',
  '',
  'Year    Month    Education and work history',
  { text: 'Education', bold: true },
  '2006    4    Entered Minato Prefectural High School',
  '2009    3    Graduated from Minato Prefectural High School',
  '2009    4    Entered Tohoku University, Faculty of Engineering, Department of Applied Physics',
  '2013    3    Graduated from Tohoku University (Master of Engineering)',
  { text: 'Work history', bold: true },
  '2013    4    Joined Hoshizora Systems Co., Ltd. as Software Engineer, Billing Group',
  '2016    10    Promoted to Senior Software Engineer',
  '2018    6    Resigned from Hoshizora Systems Co., Ltd. for personal reasons',
  '2018    7    Joined Kumo Logistics, Inc. as Data Engineer',
  '2021    4    Appointed Data Platform Lead, Routing team (Tokyo office)',
  'Currently employed',
  'End',
  'Year    Month    Licences and qualifications',
  '2012    8    Ordinary driving licence',
  '2015    4    Fundamental Information Technology Engineer Examination',
  '',
  { text: 'Career summary', bold: true },
  'July 2018 – present    Kumo Logistics, Inc. — route planning pipelines in Python on Apache Airflow and BigQuery.',
  'April 2013 – June 2018    Hoshizora Systems Co., Ltd. — billing batch jobs in Java on PostgreSQL.',
];

describe('a rirekisho: one row per event, year | month | event', () => {
  it('reads each position from the event that opens it to the next that changes it, with the stack its employer line names', async () => {
    const result = await extractBytes(await makePdf([column(50, 50, RIREKISHO)]), 'rirekisho.pdf');
    expect(positions(result)).toEqual([
      {
        company: 'Hoshizora Systems Co., Ltd.',
        title: 'Software Engineer',
        startDate: '2013-04',
        endDate: '2016-10',
        current: undefined,
      },
      {
        company: 'Hoshizora Systems Co., Ltd.',
        title: 'Senior Software Engineer',
        startDate: '2016-10',
        endDate: '2018-06',
        current: undefined,
      },
      {
        company: 'Kumo Logistics, Inc.',
        title: 'Data Engineer',
        startDate: '2018-07',
        endDate: '2021-04',
        current: undefined,
      },
      {
        company: 'Kumo Logistics, Inc.',
        title: 'Data Platform Lead',
        startDate: '2021-04',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Java', 'PostgreSQL'],
      ['Java', 'PostgreSQL'],
      ['Python', 'Apache Airflow', 'BigQuery'],
      ['Python', 'Apache Airflow', 'BigQuery'],
    ]);
  });

  it('reads the university from its entry and graduation rows, not the high school or the licences', async () => {
    const result = await extractBytes(await makePdf([column(50, 50, RIREKISHO)]), 'rirekisho.pdf');
    expect(schools(result)).toEqual([
      {
        institution: 'Tohoku University',
        studyType: 'Master of Engineering',
        area: 'Applied Physics',
        startDate: '2009-04',
        endDate: '2013-03',
      },
    ]);
  });

  it('reads the same rows as Word table cells and as plain text', async () => {
    const rows = [
      ['2010', '4', 'Entered Hokkai University, Department of Computer Science'],
      ['2014', '3', 'Graduated from Hokkai University (Bachelor of Science)'],
      ['2014', '4', 'Joined Sakura Devices Co., Ltd. as Firmware Engineer'],
      ['2019', '1', 'Promoted to Senior Firmware Engineer'],
      ['', '', 'Currently employed'],
      ['', '', 'End'],
    ];
    const expected = [
      {
        company: 'Sakura Devices Co., Ltd.',
        title: 'Firmware Engineer',
        startDate: '2014-04',
        endDate: '2019-01',
        current: undefined,
      },
      {
        company: 'Sakura Devices Co., Ltd.',
        title: 'Senior Firmware Engineer',
        startDate: '2019-01',
        endDate: undefined,
        current: true,
      },
    ];
    const docx = await makeDocx([
      { paragraph: 'Ren Takagi', bold: true },
      { paragraph: 'ren.takagi@example.jp' },
      { heading: 'Education and work history' },
      { table: [[['Year'], ['Month'], ['Event']], ...rows.map((row) => row.map((cell) => [cell]))] },
    ]);
    const word = await extractBytes(docx, 'rirekisho.docx');
    expect(positions(word)).toEqual(expected);
    expect(schools(word)).toEqual([
      {
        institution: 'Hokkai University',
        studyType: 'Bachelor of Science',
        area: 'Computer Science',
        startDate: '2010-04',
        endDate: '2014-03',
      },
    ]);
    const text = await extractText(
      [
        'Ren Takagi',
        'ren.takagi@example.jp',
        '',
        'WORK HISTORY',
        ...rows.map(([year, month, event]) => `${(year ?? '').padEnd(6)}${(month ?? '').padEnd(4)}${event}`),
      ].join('\n'),
    );
    expect(positions(text)).toEqual(expected);
  });

  it("gives an employer's summary line to its positions only where it names the employer in whole words", async () => {
    const result = await extractText(
      [
        'Mika Arai',
        'mika.arai@example.jp',
        '',
        'WORK HISTORY',
        '2012  4   Joined Rail, Inc. as Software Engineer',
        '2017  6   Resigned from Rail, Inc.',
        '2017  7   Joined Kumo Logistics, Inc. as Data Engineer',
        '          Currently employed',
        '          End',
        '',
        'CAREER SUMMARY',
        'Kumo Logistics, Inc.: trailing-window delivery metrics in Python on Prometheus.',
        'Rail, Inc.: billing batch jobs in Java.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Rail, Inc.', title: 'Software Engineer', technologies: ['Java'] },
      { company: 'Kumo Logistics, Inc.', title: 'Data Engineer', technologies: ['Python', 'Prometheus'] },
    ]);
  });

  it('leaves a dated list that is no event history to the ordinary reader', async () => {
    const result = await extractText(
      [
        'Experience',
        '2019.12 - 2021.09  Software Engineer, Birchwood Analytics',
        '2017.07 - 2019.11  Junior Developer, Fernhill Labs',
        '2016.01 - 2017.06  Intern, Fernhill Labs',
      ].join('\n'),
    );
    expect(
      positions(result).map((position) => [position.title, position.startDate, position.endDate]),
    ).toEqual([
      ['Software Engineer', '2019-12', '2021-09'],
      ['Junior Developer', '2017-07', '2019-11'],
      ['Intern', '2016-01', '2017-06'],
    ]);
  });
});

describe('a title that opens with a technology', () => {
  it('names the technology in "Android Engineer" at a line start, not a flagged word such as Go or Spring', async () => {
    const matcher = createMentionMatcher((await seedCatalogue()).technologies);
    const found = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(found('Android Engineer')).toEqual(['android']);
    expect(found('Python Developer')).toEqual(['python']);
    expect(found('Go Developer')).toEqual([]);
    expect(found('Spring Semester')).toEqual([]);
    expect(found('Android and the rest of the team')).toEqual([]);
  });

  it('gives the technology to the position the title line opens', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Brightwave Payments',
        'Senior Mobile Engineer',
        'January 2022 - Present',
        'Checkout screens in Kotlin.',
        '',
        'Android Engineer',
        'March 2019 - December 2021',
        'Offline sync for the merchant app.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Brightwave Payments', title: 'Senior Mobile Engineer', technologies: ['Kotlin'] },
      { company: 'Brightwave Payments', title: 'Android Engineer', technologies: ['Android'] },
    ]);
  });
});

describe('a German title that puts the role first', () => {
  it('reads "Werkstudent Softwareentwicklung" and "Working Student Data Engineering" as titles', async () => {
    expect(titleScore('Werkstudent Softwareentwicklung')).toBe(2);
    expect(titleScore('Praktikant IT-Sicherheit')).toBe(2);
    expect(titleScore('Working Student Data Engineering')).toBe(2);
    expect(titleScore('Softwareentwicklung')).toBe(0);
    const result = await extractText(
      [
        '## Experience',
        '',
        '#### Game Programmer',
        'Nordlicht Games GmbH, Hamburg | 09/2016 – 03/2020',
        '- Engine tools in C++.',
        '',
        '#### Werkstudent Softwareentwicklung',
        'Lindenhof Spiele GmbH, Hamburg | 10/2014 – 08/2016',
        '- Browser game tools in PHP.',
      ].join('\n'),
      'lebenslauf.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Nordlicht Games GmbH',
        title: 'Game Programmer',
        startDate: '2016-09',
        endDate: '2020-03',
        current: undefined,
      },
      {
        company: 'Lindenhof Spiele GmbH',
        title: 'Werkstudent Softwareentwicklung',
        startDate: '2014-10',
        endDate: '2016-08',
        current: undefined,
      },
    ]);
  });
});

describe('a title with what the job became', () => {
  it('keeps the title held under "later …" and the last title of an arrow', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '**Quellwerk Analytics** — Senior Data Engineer, later Team Lead  ',
        '2016 – 2021, Brno',
        '- Batch pipelines in Python.',
        '',
        '- **2011 – 2016** · Software Engineer → Senior Software Engineer · **Tarnow Systems**, Kraków',
        '  - Billing services in Java.',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Quellwerk Analytics', 'Senior Data Engineer'],
      ['Tarnow Systems', 'Senior Software Engineer'],
    ]);
  });

  it('keeps a title whose capitalised word names a product line, and an arrow inside brackets', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '**Harbour Mutual** — Product Owner (Later Life Lending)  ',
        '2019 – 2022, Leeds',
        '',
        '**Ferrovia Data** — Migration Lead (Oracle -> PostgreSQL)  ',
        '2016 – 2019, Turin',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Harbour Mutual', 'Product Owner (Later Life Lending)'],
      ['Ferrovia Data', 'Migration Lead (Oracle -> PostgreSQL)'],
    ]);
  });
});

describe('the catalogue names the tools of embedded, health, banking, games and test work', () => {
  it('finds them in a bullet, each as one technology, the longest spelling first', async () => {
    const matcher = createMentionMatcher((await seedCatalogue()).technologies);
    const found = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(found('API tests with REST Assured against an Oracle schema')).toEqual([
      'rest-assured',
      'oracle-database',
    ]);
    expect(found('HL7 and FHIR feeds through Mirth Connect')).toEqual(['hl7', 'fhir', 'mirth-connect']);
    expect(found('Modbus and CANopen gateways debugged over JTAG with TRACE32')).toEqual([
      'modbus',
      'canopen',
      'jtag',
      'trace32',
    ]);
    expect(found('Vector CANoe and Simulink models')).toEqual(['canoe', 'simulink']);
    expect(found('ported to PlayStation 4 and Xbox One')).toEqual(['playstation', 'xbox']);
    expect(found('reports in Crystal Reports on MS SQL Server')).toEqual(['crystal-reports', 'sql-server']);
    // "Oracle" alone is the database; "Oracle PL/SQL" is the language, not the database as well.
    expect(found('stored procedures in Oracle PL/SQL')).toEqual(['plsql']);
  });
});
