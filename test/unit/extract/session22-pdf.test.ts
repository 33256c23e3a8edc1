import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { extractDocument } from '../../../src/extract/extract-document.js';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

/**
 * Session 22 (xpdf): PDF layouts from résumé builders, Google Docs and LaTeX (dev-pdf). The reader's item model
 * is fed directly (x from the left, `top` from the top of an A4 page, half an em a character unless a width is
 * given), at the positions Chromium prints such layouts at, with invented people and employers, so every expected
 * line follows from the geometry written here.
 */

/** `lines` appear in `all` one after the other, in this order. */
function consecutive(all: readonly string[], lines: readonly string[]): boolean {
  const at = all.indexOf(lines[0] as string);
  return at >= 0 && lines.every((line, k) => all[at + k] === line);
}

let catalogue: Catalogue | undefined;
async function extractText(text: string) {
  catalogue ??= await loadCatalogue();
  const result = await extractDocument(
    { fileName: 'resume.txt', content: new TextEncoder().encode(text) },
    catalogue,
  );
  return result.resume;
}

describe('a sidebar on the right that names its own sections beside the main column', () => {
  // resume.io-like: "Details", "Skills" (each skill with a level word flush right), "Languages" in 11 pt beside
  // the main column's 10 pt text, many of the sidebar's baselines close to the main column's.
  const page = [
    item('Profile', 39.7, 103.6, { size: 13, font: 'bold' }),
    item('Tester of checkout and claims platforms for retailers.', 39.7, 121.6),
    item('Employment History', 39.7, 150.1, { size: 13, font: 'bold' }),
    item('QA Lead, Brightwell Stores, Durban', 39.7, 172.6, { size: 10.5, font: 'bold' }),
    item('MARCH 2021 — PRESENT', 39.7, 183.1, { size: 8 }),
    item('Wrote the checkout suite in Cypress and TypeScript.', 54.7, 195.8),
    item('Added contract tests to the release pipeline.', 54.7, 218.3),
    item('Test Engineer, Umhlanga Mutual, Durban', 39.7, 239.3, { size: 10.5, font: 'bold' }),
    item('JUNE 2017 — FEBRUARY 2021', 39.7, 249.8, { size: 8 }),
    item('Automated claims regression tests in Java.', 54.7, 262.6),
    item('Details', 414, 63.8, { size: 11, font: 'bold' }),
    item('Durban', 414, 78.8, { size: 9 }),
    item('+27 82 555 0100', 414, 105.8, { size: 9 }),
    item('Skills', 414, 145.6, { size: 11, font: 'bold' }),
    item('Cypress', 414, 161.3, { size: 9 }),
    item('Expert', 532.6, 160.6, { size: 8 }),
    item('Java', 414, 181.6, { size: 9 }),
    item('Experienced', 511.3, 180.8, { size: 8 }),
    item('TypeScript', 414, 201.8, { size: 9 }),
    item('Skillful', 532.7, 201.1, { size: 8 }),
    item('Languages', 414, 249.8, { size: 11, font: 'bold' }),
    item('English', 414, 262.6, { size: 9 }),
    item('Afrikaans', 414, 276.1, { size: 9 }),
  ];

  it('reads the main column, then the sidebar', () => {
    const lines = texts(page);
    expect(
      consecutive(lines, [
        'QA Lead, Brightwell Stores, Durban',
        'MARCH 2021 — PRESENT',
        'Wrote the checkout suite in Cypress and TypeScript.',
        'Added contract tests to the release pipeline.',
        'Test Engineer, Umhlanga Mutual, Durban',
      ]),
    ).toBe(true);
    expect(
      consecutive(lines, ['Skills', 'Cypress    Expert', 'Java    Experienced', 'TypeScript    Skillful']),
    ).toBe(true);
    expect(consecutive(lines, ['Languages', 'English', 'Afrikaans'])).toBe(true);
    expect(lines.indexOf('Skills')).toBeGreaterThan(
      lines.indexOf('Automated claims regression tests in Java.'),
    );
  });

  it('leaves a table whose headings stand alone at the left margin read row by row', () => {
    // A gridded table's label column under page headings set alone on their rows: the headings name no
    // section of the label column, and each label stays beside its value.
    const table = [
      item('Education', 45, 100, { size: 12, font: 'bold' }),
      item('Period', 50, 118, { size: 9, font: 'bold' }),
      item('Degree', 130, 118, { size: 9, font: 'bold' }),
      item('2009 – 2014', 50, 132, { size: 9 }),
      item('Master of Science, Physics', 130, 132),
      item('Lakemoor University, Tampere', 130, 145),
      item('Skills', 45, 170, { size: 12, font: 'bold' }),
      item('Languages', 50, 188, { size: 9, font: 'bold' }),
      item('C, Rust, Python', 130, 188),
      item('Platforms', 50, 202, { size: 9, font: 'bold' }),
      item('Zephyr, FreeRTOS', 130, 202),
    ];
    const lines = texts(table);
    expect(lines).toContain('Languages    C, Rust, Python');
    expect(lines).toContain('Platforms    Zephyr, FreeRTOS');
  });
});

describe("a list in a sidebar whose lines fall near the main column's baselines", () => {
  // Novorésumé-like, at the positions Chromium prints it: the name and headline right of a contact block, skills
  // one per line every 23.2 pt down the sidebar (a drawn rating under each), the main column's lines at their own
  // baselines; most skills fall within 3 pt of a main line, none on one.
  const skills = [
    'Kubernetes',
    'Terraform',
    'AWS',
    'Ansible',
    'Linux',
    'Prometheus',
    'Grafana',
    'Go',
    'Python',
    'Bash',
  ];
  const page = [
    item('Rui Tavares', 204.1, 62.3, { size: 24, width: 188.8, font: 'bold' }),
    item('Platform Engineer', 204.1, 81.8, { size: 12, width: 142.7 }),
    item('Platform engineer who keeps deploys dull: Kubernetes, Terraform, alerts.', 204.1, 102.8, {
      size: 9.5,
      width: 330.9,
    }),
    item('WORK EXPERIENCE', 204.1, 127.6, { size: 11.5, width: 124.1, font: 'bold' }),
    item('Site Reliability Engineer', 204.1, 148.6, { size: 11, width: 149.6, font: 'bold' }),
    item('Marlin Bank', 204.1, 160.6, { size: 10.5, width: 58 }),
    item('08/2021 – Present', 204.1, 171.1, { size: 8.5, width: 77.2 }),
    item('Recife', 537.4, 171.1, { size: 8.5, width: 29.8 }),
    item('Achievements/Tasks', 204.1, 183.1, { size: 8, width: 81.4 }),
    item('Run forty Kubernetes clusters on AWS; wrote the upgrade playbooks', 217.1, 195.1, {
      size: 9.5,
      width: 319.6,
    }),
    item('for them.', 217.1, 206.3, { size: 9.5, width: 47 }),
    item('Swapped threshold alerts for SLOs in Prometheus and Grafana.', 217.1, 217.6, {
      size: 9.5,
      width: 323.3,
    }),
    item('DevOps Engineer', 204.1, 236.3, { size: 11, width: 106.5, font: 'bold' }),
    item('Cabral Foods', 204.1, 248.3, { size: 10.5, width: 60 }),
    item('03/2019 – 07/2021', 204.1, 258.8, { size: 8.5, width: 80.2 }),
    item('Olinda', 536.5, 258.8, { size: 8.5, width: 30.6 }),
    item('Achievements/Tasks', 204.1, 270.8, { size: 8, width: 81.4 }),
    item('Moved ninety services to Terraform modules; wrote release tools in Go.', 217.1, 282.8, {
      size: 9.5,
      width: 333.7,
    }),
    item('Systems Administrator', 204.1, 301.6, { size: 11, width: 142.2, font: 'bold' }),
    item('Serra Hosting', 204.1, 313.6, { size: 10.5, width: 64 }),
    item('02/2016 – 02/2019', 204.1, 324.1, { size: 8.5, width: 80.2 }),
    item('Recife', 537.4, 324.1, { size: 8.5, width: 29.8 }),
    item('Achievements/Tasks', 204.1, 336.1, { size: 8, width: 81.4 }),
    item('Kept the hosting fleet on Linux patched with Ansible.', 217.1, 348.1, { size: 9.5, width: 250 }),
    item('✉ rui.tavares@example.org', 17, 48.8, { size: 9.5, width: 132.5 }),
    item('☎ +55 81 90000 1234', 17, 63.8, { size: 9.5, width: 110.4 }),
    item('⌂ Recife, Brazil', 17, 79.6, { size: 9.5, width: 87.8 }),
    item('SKILLS', 17, 104.3, { size: 11.5, width: 44.4, font: 'bold' }),
    ...skills.map((name, k) => item(name, 17, 122.3 + k * 23.25, { size: 9.5 })),
    item('EDUCATION', 17, 391.6, { size: 11.5, width: 74.7, font: 'bold' }),
    item('BSc Information Systems', 17, 409.6, { size: 9.5, width: 125, font: 'bold' }),
    item('Universidade do Recife Norte', 17, 425.2, { size: 9.5, width: 130 }),
    item('2012 – 2015', 17, 438.6, { size: 8, width: 49.8 }),
  ];

  it('reads the sidebar apart from the main column', () => {
    const lines = texts(page);
    expect(consecutive(lines, ['SKILLS', ...skills])).toBe(true);
    expect(
      consecutive(lines, [
        'Systems Administrator',
        'Serra Hosting',
        '02/2016 – 02/2019    Recife',
        'Achievements/Tasks',
        'Kept the hosting fleet on Linux patched with Ansible.',
      ]),
    ).toBe(true);
  });
});

describe('a column of dates and labels set smaller, a little off the baselines beside it', () => {
  // moderncv: each entry's dates right-aligned in a narrow left column in 9 pt, 1.6 pt above the baseline of the
  // 10.5 pt line beside them; the skills' labels the same way. Each still belongs to its row.
  const left = (text: string, top: number) =>
    item(text, 130 - [...text].length * 4.5, top - 1.6, { size: 9 });
  const right = (text: string, top: number, font = 'body') => item(text, 145, top, { size: 10.5, font });
  const page = [
    left('since 03/2021', 100),
    right('Senior Data Engineer, Tulpar Bank, Bishkek', 100, 'bold'),
    right('Built the lakehouse on Apache Spark and Delta Lake.', 114),
    left('2019–2021', 140),
    right('Data Engineer, Ala-Too Telecom, Bishkek', 140, 'bold'),
    right('Ran the Hadoop cluster and its Hive jobs.', 154),
    left('2016–2018', 180),
    right('BI Analyst, Ala-Too Telecom, Bishkek', 180, 'bold'),
    right('Wrote the churn reports in SQL.', 194),
    left('Languages', 230),
    right('Python, SQL, Scala', 230),
    left('Platforms', 250),
    right('Spark, Kafka, ClickHouse', 250),
    left('Databases', 270),
    right('Oracle, PostgreSQL', 270),
  ];

  it('keeps each on the line beside it', () => {
    const lines = texts(page);
    expect(lines).toContain('2019–2021    Data Engineer, Ala-Too Telecom, Bishkek');
    expect(lines).toContain('Platforms    Spark, Kafka, ClickHouse');
  });
});

describe('the old Europass CV: labels in a left column beside their values', () => {
  // Labels right-aligned against a rule at x 190, values from x 200, a row every 14 pt and a gap before each
  // section. The column also holds the form's section names and its one-off labels, so fewer than half its
  // labels are said twice; the record's labels are said again for the second job.
  const rows: [label: string, value: string | null][] = [
    ['Personal information', null],
    ['Surname(s) / First name(s)', 'Kowalczyk Marta'],
    ['Address', 'Poznań, Poland'],
    ['Telephone', '+48 601 000 111'],
    ['E-mail', 'marta.k@example.pl'],
    ['Desired employment / Occupational field', 'PHP Developer'],
    ['Work experience', null],
    ['Dates', '04/2020 – present'],
    ['Occupation or position held', 'Senior PHP Developer'],
    ['Main activities and responsibilities', 'Develop the booking platform in PHP and Symfony.'],
    ['Name and address of employer', 'Warta Travel Sp. z o.o., Poznań, Poland'],
    ['Dates', '09/2016 – 03/2020'],
    ['Occupation or position held', 'PHP Developer'],
    ['Main activities and responsibilities', 'Built shop plugins for small retailers.'],
    ['Name and address of employer', 'Kodowo Studio, Leszno, Poland'],
    ['Education and training', null],
    ['Dates', '2011 – 2016'],
    ['Title of qualification awarded', 'Master of Engineering'],
    ['Principal subjects / occupational skills covered', 'Computer Science'],
    ['Personal skills and competences', null],
    ['Mother tongue(s)', 'Polish'],
    ['Other language(s)', 'English, German'],
    ['Computer skills and competences', 'PHP, Symfony, MySQL, Git'],
  ];
  let top = 80;
  const page = rows.flatMap(([label, value]) => {
    top += value === null ? 24 : 14;
    const size = value === null ? 12 : 9.5;
    return [
      item(label, 190 - [...label].length * size * 0.5, top, {
        size,
        ...(value === null && { font: 'bold' }),
      }),
      ...(value === null ? [] : [item(value, 200, top, { size: 9.5 })]),
    ];
  });

  it('keeps each label on the line of its value', () => {
    const lines = texts(page);
    expect(lines).toContain('Occupation or position held    Senior PHP Developer');
    expect(lines).toContain('Name and address of employer    Kodowo Studio, Leszno, Poland');
    expect(lines).toContain('Dates    09/2016 – 03/2020');
  });
});

describe('dates in a column on the right, the start over the rest of the range', () => {
  // "May 2019" over "– Dec 2021", each set flush right at x 560 beside the title and the employer's line.
  const right = (text: string, top: number) => item(text, 560 - [...text].length * 4.5, top, { size: 9 });
  const page = [
    item('Mobile Developer', 50, 100, { font: 'bold' }),
    right('May 2019', 100),
    item('LAGUNA APPS · Cali', 50, 113, { size: 8.5 }),
    right('– Dec 2021', 113),
    item('Built the courier app in Swift.', 60, 127),
    item('Junior Developer', 50, 150, { font: 'bold' }),
    right('Feb 2017', 150),
    item('SOFTCAFÉ · Pereira', 50, 163, { size: 8.5 }),
    right('– Apr 2019', 163),
    item('Wrote client apps in Java.', 60, 177),
  ];

  it('reads the two lines of dates as one range, on the title line', () => {
    expect(texts(page)).toEqual([
      'Mobile Developer    May 2019 – Dec 2021',
      'LAGUNA APPS · Cali',
      'Built the courier app in Swift.',
      'Junior Developer    Feb 2017 – Apr 2019',
      'SOFTCAFÉ · Pereira',
      'Wrote client apps in Java.',
    ]);
  });
});

describe('a degree wrapped in a narrow sidebar', () => {
  // The sidebar's widest line ends at x 131; the word after each line's last would not have fitted. The main
  // column's baselines fall between the sidebar's, so the page reads as two columns.
  const sidebar = (degree: [string, number][]) => [
    item('hana.kim@example.com', 17, 100, { size: 9.5, width: 114 }),
    ...degree.map(([text, width], k) => item(text, 17, 120 + k * 11.2, { size: 9.5, width })),
    item('2015 – 2019', 17, 120 + degree.length * 11.2, { size: 9.5, width: 59 }),
  ];
  const main = [
    item('Work Experience', 200, 95, { size: 11, font: 'bold' }),
    item('Growth Analyst, Dasom Foods', 200, 107),
    item('2019.04 – 2021.12', 200, 147),
    item('Ran A/B tests on the ordering funnel in SQL.', 200, 161),
    item('Moved reporting to Looker Studio.', 200, 175),
    item('Built churn models in Python.', 200, 189),
  ];

  it('joins a degree cut before the word that ends its name', () => {
    const lines = texts([
      ...sidebar([
        ['Bachelor of Business', 111],
        ['Administration', 80],
      ]),
      ...main,
    ]);
    expect(lines.slice(0, 4)).toEqual([
      'hana.kim@example.com',
      'Bachelor of Business Administration',
      '2015 – 2019',
      'Work Experience',
    ]);
  });

  it('keeps a degree over its field two lines', () => {
    const lines = texts([
      ...sidebar([
        ['Bachelor of Science', 110],
        ['Computer Science', 88],
      ]),
      ...main,
    ]);
    expect(lines.slice(0, 4)).toEqual([
      'hana.kim@example.com',
      'Bachelor of Science',
      'Computer Science',
      '2015 – 2019',
    ]);
  });
});

describe('an e-mail address that overflows a narrow sidebar', () => {
  // The sidebar wraps its text at x 150; the e-mail, one unbroken token, runs on to x 174. "Chemnitz" would not have
  // fitted after "Technische Universität" at the edge the other lines wrap at.
  const page = [
    item('Contact', 17, 144, { size: 11, font: 'bold' }),
    item('johanna.brandstetter@posteo.de', 17, 160, { size: 9.5, width: 157 }),
    item('Munich, Germany', 17, 175, { size: 9.5, width: 84 }),
    item('Education', 17, 198, { size: 11, font: 'bold' }),
    item('M.Sc. Mechanical Engineering', 17, 214, { size: 9.5, width: 133 }),
    item('Technische Universität', 17, 236.5, { size: 9.5, width: 107 }),
    item('Chemnitz', 17, 247.7, { size: 9.5, width: 45 }),
    item('2015 – 2017', 17, 259, { size: 9.5, width: 59 }),
    item('Experience', 200, 150, { size: 11, font: 'bold' }),
    item('Development Engineer, Kestrel Drives', 200, 166),
    item('2017 – 2020', 200, 180),
    item('Designed inverter cooling plates for three programmes.', 200, 194),
    item('Built drive-cycle models in MATLAB.', 200, 208),
  ];

  it('does not set the edge the column wraps at', () => {
    const lines = texts(page);
    expect(
      consecutive(lines, ['M.Sc. Mechanical Engineering', 'Technische Universität Chemnitz', '2015 – 2017']),
    ).toBe(true);
  });
});

describe('a bold label a word space before its list', () => {
  it('is a cell of its own, as if a tab stood between', () => {
    const page = [
      item('Mobile', 50, 100, { font: 'bold', width: 33 }),
      item('Kotlin · Swift · Jetpack Compose · SwiftUI', 85, 100, { width: 200 }),
      item('Tools', 50, 114, { font: 'bold', width: 27 }),
      item('Firebase · Git · Fastlane', 79, 114, { width: 110 }),
    ];
    expect(texts(page)).toEqual([
      'Mobile    Kotlin · Swift · Jetpack Compose · SwiftUI',
      'Tools    Firebase · Git · Fastlane',
    ]);
  });

  it("leaves a bold title before a head's fields one line", () => {
    // "(internship) · Kerlann, Rennes": the fields mix separators and open with a bracket, no list of items.
    const page = [
      item('Stagiaire développeuse', 200, 100, { font: 'bold', width: 115 }),
      item('(internship) · Kerlann, Rennes', 318, 100, { width: 150 }),
    ];
    expect(texts(page)).toEqual(['Stagiaire développeuse (internship) · Kerlann, Rennes']);
  });

  it('leaves a bold title before a sentence one line', () => {
    const page = [
      item('Note', 50, 100, { font: 'bold', width: 22 }),
      item('the team shipped weekly, then daily.', 74, 100, { width: 170 }),
    ];
    expect(texts(page)).toEqual(['Note the team shipped weekly, then daily.']);
  });
});

describe('"Title at Employer" under a line of dates and a city', () => {
  it('takes the employer from "at", not the city beside the dates', async () => {
    const resume = await extractText(
      [
        'Rangi Walker',
        '',
        'Experience',
        '',
        'Mar 2021 – Present · Hamilton',
        'Platform Developer at Taniwha Ticketing',
        'Built the seat map editor in Vue.js.',
        '',
        'Jun 2018 – Feb 2021 · Napier',
        'Web Developer at Pīwakawaka Travel',
        'Wrote the booking widget in Angular.',
        '',
      ].join('\n'),
    );
    expect(resume.work?.map((work) => [work.name, work.positions?.map((p) => p.position)])).toEqual([
      ['Taniwha Ticketing', ['Platform Developer']],
      ['Pīwakawaka Travel', ['Web Developer']],
    ]);
  });
});

describe('a form row naming a school and its city', () => {
  it('keeps the school, not its city', async () => {
    const resume = await extractText(
      [
        'Marta Kowalczyk',
        '',
        'Education and training',
        '',
        'Dates    2010 – 2015',
        'Title of qualification awarded    Master of Engineering',
        'Name and type of organisation providing education and training    Lakeside University of Technology, Gniezno',
        '',
      ].join('\n'),
    );
    expect(resume.education?.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Lakeside University of Technology', 'Master of Engineering'],
    ]);
  });
});

describe("a builder's level words beside its skills", () => {
  it('are no technologies', async () => {
    const resume = await extractText(
      [
        'Thandi Nkosi',
        '',
        'Skills',
        '',
        'Playwright    Expert',
        'Selenium    Experienced',
        'Postman    Skillful',
        '',
      ].join('\n'),
    );
    const named = (resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect(named).toEqual(['Playwright', 'Selenium', 'Postman']);
  });
});
