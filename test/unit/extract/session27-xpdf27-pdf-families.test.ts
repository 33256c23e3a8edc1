/**
 * Session 27's PDF families (xpdf27): a tabular CV's "Employer, City" over the title, breaks and hours a week in
 * the CV's language, "Brand (Legal name)" employers and "X → Y" titles with the promotion's month in a bullet. Inputs
 * are invented people and employers; the expected answers follow from the words written here.
 */
import { describe, expect, it } from 'vitest';
import { titleBeforeArrow, toldRoles } from '../../../src/extract/promotions.js';
import { titleUnderHead } from '../../../src/extract/read-pdf.js';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { documentLines, extractText, fixtureDocument, position, positions, schools } from './extract-text.js';

describe('a title under a dated head in a table cell starts a line of its own', () => {
  it('splits a title from "Employer, City" and from "University, Institute"', () => {
    expect(titleUnderHead('Kellner Medizintechnik GmbH, Lübeck', 'Softwareentwickler')).toBe(true);
    expect(
      titleUnderHead('Universität Kassel, Institut für Informatik', 'Wissenschaftlicher Mitarbeiter'),
    ).toBe(true);
    expect(titleUnderHead('Hafenwerk AG, Bremen', 'Werkstudent (20 Std./Woche)')).toBe(true);
  });

  it('joins a title cut before its last word, and a line that is no title', () => {
    expect(titleUnderHead('Ostrava Labs, Senior Software', 'Engineer')).toBe(false);
    expect(titleUnderHead('Platform Engineer', 'Developer')).toBe(false);
    expect(titleUnderHead('Hafenwerk AG, Bremen', 'Logistics and Port Systems')).toBe(false);
  });

  it('reads the committed tabular CVs with each title on its own line', async () => {
    const german = await documentLines(
      'jannik-brettschneider.pdf',
      await fixtureDocument('dev-s27-xpdf27', 'jannik-brettschneider.pdf'),
    );
    // The dated head keeps the employer and its place; the title under it is a line of its own.
    const head = german.find((line) => line.includes('Continental Automotive Technologies GmbH, Regensburg'));
    expect(head).toMatch(/^07\/2016 – 02\/2020\s/u);
    expect(head).not.toContain('Softwareentwickler');
    expect(german).toContain('Embedded-Softwareentwickler');
    expect(german).toContain('Studentischer Mitarbeiter (15 Std./Woche)');
    const english = await documentLines(
      'maaike-doornbos.pdf',
      await fixtureDocument('dev-s27-xpdf27', 'maaike-doornbos.pdf'),
    );
    expect(english).toContain('Student Assistant (12 hrs/week)');
  });
});

describe('German staff posts and the helpdesk are titles', () => {
  it('scores an adjective before "Mitarbeiter(in)" and a compound, not the noun alone', () => {
    expect(titleScore('Wissenschaftliche Mitarbeiterin')).toBeGreaterThan(0);
    expect(titleScore('Studentischer Mitarbeiter')).toBeGreaterThan(0);
    expect(titleScore('Vertriebsmitarbeiter')).toBeGreaterThan(0);
    expect(titleScore('Mitarbeiter')).toBe(0);
    expect(titleScore('IT Helpdesk')).toBeGreaterThan(0);
    expect(titleScore('Helpdesk')).toBe(0);
  });
});

describe('"X → Y" with the promotion to Y told in the entry', () => {
  it('finds the title before the arrow on the line as written', () => {
    const line = {
      n: 4,
      raw: 'Support Analyst → Senior Support Analyst',
      text: 'Support Analyst → Senior Support Analyst',
    };
    const title = {
      value: 'Senior Support Analyst',
      line: 4,
      endLine: 4,
      column: 18,
      endColumn: 40,
      confidence: 1,
    };
    expect(titleBeforeArrow(title, [line as never])?.value).toBe('Support Analyst');
    expect(titleBeforeArrow({ ...title, column: 0 }, [line as never])).toBeNull();
  });

  it('reads "Promoted to" run into the line above by a PDF whose bullets were shapes', () => {
    const told = toldRoles(
      'Regression suites for a logistics client in Kotlin Promoted to Senior Tester in 03/2022\n',
    );
    expect(told?.later.title).toBe('Senior Tester');
    expect(told?.later.from).toMatchObject({ year: 2022, month: 3 });
    expect(toldRoles('Wrote the guide on how we got Promoted to production safely\n')).toBeNull();
  });

  it('splits the entry at the promotion, the earlier title the one before the arrow', async () => {
    const result = await extractText(
      [
        'Ngo Thanh Ha',
        '',
        'WORK EXPERIENCE',
        '02/2018 - 06/2023    LOTTE (LOTTE VIETNAM SHOPPING JSC)',
        'Support Analyst → Senior Support Analyst',
        'Store systems support; SQL reports for the merchandising team',
        'Promoted to Senior Support Analyst in 09/2020',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('LOTTE', 'Support Analyst', '2018-02', '2020-09'),
      position('LOTTE', 'Senior Support Analyst', '2020-09', '2023-06'),
    ]);
  });
});

describe('breaks in the CV language and hours a week', () => {
  it('reads no position from an "Elternzeit" row and drops "(20 hrs/week)" from a title', async () => {
    const result = await extractText(
      [
        'Pia Lindqvist',
        '',
        'EXPERIENCE',
        '05/2022 – present    Nordhafen Logistik GmbH',
        'Softwareentwicklerin',
        '01/2021 – 04/2022    Elternzeit',
        '09/2017 – 12/2020    Kvarn Data AB',
        'Data Analyst (20 hrs/week)',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Nordhafen Logistik GmbH', 'Softwareentwicklerin', '2022-05', 'present'),
      position('Kvarn Data AB', 'Data Analyst', '2017-09', '2020-12'),
    ]);
  });
});

describe('a Period | Duties | Environment table is read row by row', () => {
  it('puts each row’s Environment cell under the row, not after the page as a sidebar', async () => {
    const lines = await documentLines(
      'haruka-ishikawa.pdf',
      await fixtureDocument('dev-s27-xpdf27', 'haruka-ishikawa.pdf'),
    );
    const row = lines.findIndex(
      (line) => line.startsWith('2020/10 – 2022/09') && line.endsWith('Backend Engineer, Search Team'),
    );
    const tools = lines.indexOf('Go, Elasticsearch, BigQuery');
    const next = lines.findIndex((line) => line.startsWith('Tohoku Information Systems'));
    expect(row).toBeGreaterThan(-1);
    expect(tools).toBeGreaterThan(row);
    expect(tools).toBeLessThan(next);
  });
});

describe('client projects under an employer line are no positions', () => {
  it('reads rows of work in sentence case as projects of the one position the employer line is', async () => {
    const result = await extractText(
      [
        'Daichi Kuroda',
        '',
        'CAREER DETAILS',
        '',
        'Hokuriku Data Service Co., Ltd. (April 2014 – March 2021)',
        '',
        '2018/04 – 2021/03    Core banking batch renewal for a credit union (role: leader)',
        'Java and Oracle Database batch design',
        '',
        '2014/07 – 2018/03    Insurance claims portal maintenance (role: programmer)',
        'Screens in Java with Struts',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Hokuriku Data Service Co., Ltd.',
        title: undefined,
        startDate: '2014-04',
        endDate: '2021-03',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.projects?.map((project) => project.name)).toEqual([
      'Core banking batch renewal for a credit union',
      'Insurance claims portal maintenance',
    ]);
  });

  it('keeps a titled row under an employer line a position', async () => {
    const result = await extractText(
      [
        'Daichi Kuroda',
        '',
        'CAREER DETAILS',
        '',
        'Hokuriku Data Service Co., Ltd. (April 2014 – March 2021)',
        '',
        '2018/04 – 2021/03    Project Manager, Public Sector Division',
        'Java and Oracle Database batch design',
      ].join('\n'),
    );
    expect(positions(result).map((one) => one.title)).toContain('Project Manager');
    expect(
      result.resume.work?.flatMap((work) => work.positions ?? []).flatMap((one) => one.projects ?? []),
    ).toEqual([]);
  });
});

describe('a line opening with "starting" goes on with the text above', () => {
  it('reads no position from "starting October 2023" under a bullet', async () => {
    const result = await extractText(
      [
        'Rin Takeda',
        '',
        'EXPERIENCE',
        '',
        'Kobe Ledger Inc.    2021/04 – present',
        'Platform Engineer',
        '- Led the migration of the billing jobs to Kubernetes',
        'starting October 2023',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Kobe Ledger Inc.', 'Platform Engineer', '2021-04', 'present'),
    ]);
  });
});

describe('"Degree (Field)" over "SCHOOL, CITY | dates"', () => {
  it('takes the school from the line under the degree and leaves F.Sc. and HSSC out', async () => {
    const result = await extractText(
      [
        'Sana Iqbal',
        '',
        'EDUCATION',
        '',
        'MS (Data Science)',
        'ITU, LAHORE | 2019 - 2021',
        'HSSC (Pre-Medical)',
        'KIPS COLLEGE, FAISALABAD | 2012 - 2014',
        'F.Sc. (Pre-Engineering)',
        'GOVERNMENT COLLEGE, MULTAN | 2010 - 2012',
      ].join('\n'),
    );
    expect(schools(result).map((school) => [school.institution, school.studyType, school.area])).toEqual([
      ['ITU', 'MS', 'Data Science'],
    ]);
  });
});
