/**
 * Session 28's PDF families (xpdf28): a column of dates (and the place under each) beside the entries with a sidebar
 * or a column of section names further out, a town flush right of "Title, Employer", an employer's name ending in an
 * accented word over its title, and titles that name their field after "in". Inputs are invented people and
 * employers; the expected answers follow from the words and the geometry written here.
 */
import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { documentLines, extractText, fixtureDocument, position, positions } from './extract-text.js';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

describe('a column of dates beside the entries, with more further out on the same side', () => {
  it("reads a sidebar CV with each entry's years on its head's line", async () => {
    const lines = await documentLines(
      'lukas-hofer.pdf',
      await fixtureDocument('dev-s28-xpdf28', 'lukas-hofer.pdf'),
    );
    expect(lines).toContain('2020 – now    Backend Developer    Dynatrace, Linz');
    expect(lines).toContain('summer 2014    Intern    Frequentis, Vienna');
    // The sidebar stays a column of its own, read before the entries.
    expect(lines.indexOf('Gradle')).toBeLessThan(
      lines.indexOf('2020 – now    Backend Developer    Dynatrace, Linz'),
    );
  });

  it("puts the place under the dates on the head's line and joins a section name wrapped in its column", async () => {
    const lines = await documentLines(
      'amara-okonkwo.pdf',
      await fixtureDocument('dev-s28-xpdf28', 'amara-okonkwo.pdf'),
    );
    expect(lines).toContain('EMPLOYMENT HISTORY');
    expect(lines).toContain('04/2021 – present    Backend Engineer, Paystack    Lagos, Nigeria');
    // A place wrapped onto a second line of its cell goes with it.
    expect(lines).toContain('01/2016 – 07/2018    Customer Support Agent, Jumia    Ibadan, Nigeria (remote)');
    expect(lines).toContain('Settlement and payout services in Go on PostgreSQL; card events over Kafka.');
  });
});

describe('a town flush right of "Title, Employer"', () => {
  it('is where the job was, the part after the comma the employer', async () => {
    const result = await extractText(
      [
        'Marek Zielinski',
        '',
        'EXPERIENCE',
        '05/2020 – present    Site Reliability Engineer, Allegro    Poznań, Poland',
        'On call for the checkout platform.',
        // A title the vocabulary does not know, at an employer its words show: the layout's employer slot.
        '02/2016 – 04/2020    Medical Interpreter, Lingua Translation Services    Kraków, Poland',
        'Polish–German interpreting for hospital patients.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Allegro', 'Site Reliability Engineer', '2020-05', 'present'),
      position('Lingua Translation Services', 'Medical Interpreter', '2016-02', '2020-04'),
    ]);
  });
});

describe('an employer whose name ends in an accented word', () => {
  const entry = (employer: string) => [
    item(employer, 40, 100, { size: 10.5, font: 'bold' }),
    item('March 2019 - Present', 440, 100, { width: 115 }),
    item('Data Analyst', 40, 114, { width: 60 }),
    item('Bogotá, Colombia', 470, 114, { width: 85 }),
    item('Dashboards for the sales team over the warehouse tables.', 52, 129),
  ];

  it('stays a line of its own over the title ("…ía" is no line cut at "a")', () => {
    expect(texts(entry('Servicios Energía'))).toEqual([
      'Servicios Energía    March 2019 - Present',
      'Data Analyst    Bogotá, Colombia',
      'Dashboards for the sales team over the warehouse tables.',
    ]);
  });

  it('still joins a line cut at the word "a" itself', () => {
    expect(texts(entry('Analytics for a'))[0]).toBe(
      'Analytics for a Data Analyst    March 2019 - Present Bogotá, Colombia',
    );
  });
});

describe('a title that names its field after "in"', () => {
  it('is a title', () => {
    expect(titleScore('Software Development Engineer in Test')).toBeGreaterThan(0);
    expect(titleScore('Senior Lecturer in Computer Science')).toBeGreaterThan(0);
  });

  it('is no title where "in" names a place, a student\'s field or a sentence', () => {
    expect(titleScore('Software Engineer in Berlin')).toBe(0);
    expect(titleScore('Student in Computer Science')).toBe(0);
    expect(titleScore('Worked in Test')).toBe(0);
  });

  it('opens an entry "Employer, City — Title" over its dates', async () => {
    const result = await extractText(
      [
        'Ruwan Silva',
        '',
        'EXPERIENCE',
        'Calcey, Colombo — Senior Engineer in Test',
        'APRIL 2022 - PRESENT',
        'Playwright suites for the booking app.',
        'Pearson Lanka, Colombo — QA Engineer',
        'JULY 2019 - MARCH 2022',
        'Regression tests in Java.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Calcey', 'Senior Engineer in Test', '2022-04', 'present'),
      position('Pearson Lanka', 'QA Engineer', '2019-07', '2022-03'),
    ]);
  });
});

describe('a separate projects section whose rows name the company', () => {
  const resume = (company: string) =>
    [
      'Chen Jia',
      '',
      'Work Experience',
      '2020.03 – Present    Tencent Music Entertainment    Android Engineer',
      'Player team of the music app.',
      '2017.07 – 2020.02    Hikvision Digital Technology Co., Ltd.    Software Engineer',
      'Camera configuration tools.',
      '',
      'Project Experience',
      '2021.05 – 2023.08    Lyrics sync rewrite    Company: Tencent Music Entertainment',
      'Environment: Kotlin, Jetpack Compose',
      `2018.01 – 2019.12    3D camera calibration    Company: ${company}`,
      'Environment: C++, OpenCV',
    ].join('\n');
  const projectsOf = async (company: string) =>
    ((await extractText(resume(company))).resume.work ?? []).map((work) => ({
      employer: work.name,
      projects: (work.positions ?? []).flatMap((held) =>
        (held.projects ?? []).map((project) => project.name),
      ),
    }));

  it('puts each project on the position at the company its row names, in a cell of the row, by the first word of the name too', async () => {
    expect(await projectsOf('Hikvision')).toEqual([
      { employer: 'Tencent Music Entertainment', projects: ['Lyrics sync rewrite'] },
      { employer: 'Hikvision Digital Technology Co., Ltd.', projects: ['3D camera calibration'] },
    ]);
  });

  it('leaves a project whose company no position names where it is', async () => {
    const work = await projectsOf('Hik');
    expect(work[1]).toEqual({ employer: 'Hikvision Digital Technology Co., Ltd.', projects: [] });
  });
});
