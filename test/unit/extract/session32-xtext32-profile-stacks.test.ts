import { describe, expect, it } from 'vitest';
import { sectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, resultRoleRows, roleRows } from './extract-text.js';

/** Session 32: job-site profiles copied as text, a heading joining work with volunteering over stacked jobs. */

describe('sectionKind of a heading joining work with volunteering', () => {
  it('reads work joined with volunteering as experience', () => {
    expect(sectionKind('Work & Volunteer Experience')).toBe('experience');
    expect(sectionKind('Work and Volunteer Experience')).toBe('experience');
    expect(sectionKind('Experience & Volunteering')).toBe('experience');
    expect(sectionKind('Volunteering and Employment')).toBe('experience');
  });

  it('keeps volunteering alone, or volunteer work, apart from the jobs', () => {
    expect(sectionKind('Volunteer Experience')).toBe('other');
    expect(sectionKind('Volunteer Work')).toBe('other');
    expect(sectionKind('Volunteering')).toBe('other');
    expect(sectionKind('Leadership & Volunteer Experience')).toBe('other');
  });
});

describe("titleScore of a student's campus jobs", () => {
  it('reads a monitor of a place, an attendant, an aide and an ambassador as titles', () => {
    for (const title of [
      'Lab Monitor',
      'Computer Lab Monitor',
      'Desk Attendant',
      'Lab Aide',
      'Student Ambassador',
    ]) {
      expect(titleScore(title), title).toBe(2);
    }
  });

  it('reads a monitor with no place before it as no title', () => {
    expect(titleScore('Performance Monitor')).toBe(0);
    expect(titleScore('Monitor')).toBe(0);
  });
});

describe('a job-site profile: title over "Employer · City" over "dates · type"', () => {
  it('reads each stack under "Work & Volunteer Experience" as a position, a college among them', async () => {
    expect(
      await roleRows(
        [
          'Marguerite Obi-Lindqvist',
          'Mechanical Engineering, Bachelor of Science · Georgia Institute of Technology',
          '',
          'Work & Volunteer Experience',
          'Controls Engineering Intern',
          'Siemens · Atlanta, GA',
          'Jun 2023 - Aug 2023 · Internship',
          'Wrote PLC test scripts in Python.',
          '',
          'Teaching Assistant',
          'Georgia Institute of Technology · Atlanta, GA',
          'Jan 2022 - Present · Part-time',
          'Graded MATLAB assignments.',
          '',
          'Skills',
          'Python · MATLAB',
        ].join('\n'),
      ),
    ).toEqual([
      ['Siemens', 'Controls Engineering Intern', '2023-06', '2023-08'],
      ['Georgia Institute of Technology', 'Teaching Assistant', '2022-01', 'present'],
    ]);
  });

  it("reads a lab monitor's job over a library's name as the title and the employer", async () => {
    expect(
      await roleRows(
        [
          'Marguerite Obi-Lindqvist',
          '',
          'Work Experience',
          'Computer Lab Monitor',
          'Price Gilbert Library · Atlanta, GA',
          'Aug 2021 - May 2022 · Part-time',
          'Reset passwords and cleared printer jams.',
        ].join('\n'),
      ),
    ).toEqual([['Price Gilbert Library', 'Computer Lab Monitor', '2021-08', '2022-05']]);
  });

  it('reads no position from a section headed "Volunteer Experience" alone', async () => {
    expect(
      await roleRows(
        [
          'Marguerite Obi-Lindqvist',
          '',
          'Experience',
          'Controls Engineering Intern',
          'Siemens · Atlanta, GA',
          'Jun 2023 - Aug 2023 · Internship',
          '',
          'Volunteer Experience',
          'Build Crew Lead',
          'Habitat for Humanity · Atlanta, GA',
          'Sep 2021 - May 2022',
        ].join('\n'),
      ),
    ).toEqual([['Siemens', 'Controls Engineering Intern', '2023-06', '2023-08']]);
  });
});

describe('"Title / Employer" and "Title (Employer)" lines with the dates flush right', () => {
  it('reads the title before a spaced slash and the employer after it', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Platform Engineer / Nedbank                              Feb 2020 - Present',
          '  - Kubernetes clusters for the card platform.',
          '',
          'Systems Administrator / Old Mutual                       Mar 2016 - Jan 2020',
          '  - Linux servers and backups.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Nedbank', 'Platform Engineer', '2020-02', 'present'],
      ['Old Mutual', 'Systems Administrator', '2016-03', '2020-01'],
    ]);
  });

  it('keeps two posts held as one, joined by a slash, as one title under the employer', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Library Assistant / Systems Support',
          'Rhodes University - Makhanda',
          'March 2014 to February 2016',
        ].join('\n'),
      ),
    ).toEqual([['Rhodes University', 'Library Assistant / Systems Support', '2014-03', '2016-02']]);
  });

  it('keeps a technology after the slash in the title, before the employer after a dash', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Développeur PHP / Symfony – Qonto, Paris      Jan 2018 - Dec 2020',
          '  - Écrans du portail client.',
        ].join('\n'),
      ),
    ).toEqual([['Qonto', 'Développeur PHP / Symfony', '2018-01', '2020-12']]);
  });

  it('keeps a bracket after the title in it when the employer follows on the same line', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Research Assistant (Data Science), Wits Health Consortium, Johannesburg      Aug 2014 - Aug 2015',
          '  - Survey data cleaning in R.',
        ].join('\n'),
      ),
    ).toEqual([['Wits Health Consortium', 'Research Assistant (Data Science)', '2014-08', '2015-08']]);
  });

  it('reads a bracket naming an organisation, on a line with only a title and dates, as the employer', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Software Developer (Karoo Freight Lines)                 Jun 2017 - Mar 2021',
          '  - Dispatch board in TypeScript.',
          '',
          'Junior Developer (Hollard Insurance)                     Sep 2015 - May 2017',
          '  - Claims tools in Java.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Karoo Freight Lines', 'Software Developer', '2017-06', '2021-03'],
      ['Hollard Insurance', 'Junior Developer', '2015-09', '2017-05'],
    ]);
  });

  it('reads "Title (Employer, Town)" as the title, the employer and where the job was', async () => {
    const result = await extractText(
      [
        'Casimir Ndlovu-Brandt',
        '',
        'EXPERIENCE',
        '',
        'QA Engineer (Yoco, Cape Town)                            Feb 2019 - Present',
        '  - Cypress suites for the merchant app.',
        '',
        'Software Tester (Hollard Insurance, Johannesburg)        Mar 2016 - Jan 2019',
        '  - Selenium regression in Java.',
      ].join('\n'),
    );
    expect(resultRoleRows(result)).toEqual([
      ['Yoco', 'QA Engineer', '2019-02', 'present'],
      ['Hollard Insurance', 'Software Tester', '2016-03', '2019-01'],
    ]);
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => position.location),
      ),
    ).toEqual([{ city: 'Cape Town' }, { city: 'Johannesburg' }]);
  });

  it('reads the bracket as the employer when the dates stand on the next line', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Support Analyst (Hollard Insurance)',
          '2012 - 2015',
          '  - Helpdesk scripts in PowerShell.',
        ].join('\n'),
      ),
    ).toEqual([['Hollard Insurance', 'Support Analyst', '2012', '2015']]);
  });

  it('keeps each bracket in its title when an employer stands over its titles on a line of its own', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Takealot, Cape Town',
          'Senior Developer (Payments Platform)                   2020 - present',
          '  - Payment APIs in Go.',
          'Developer (Mobile Apps)                                2017 - 2020',
          '  - Android screens in Kotlin.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Takealot', 'Senior Developer (Payments Platform)', '2020', 'present'],
      ['Takealot', 'Developer (Mobile Apps)', '2017', '2020'],
    ]);
  });

  it('keeps a specialty in brackets in the title when the employer is named on its own line', async () => {
    expect(
      await roleRows(
        [
          'Casimir Ndlovu-Brandt',
          '',
          'EXPERIENCE',
          '',
          'Takealot, Cape Town',
          'Senior Software Engineer (Platform)                      Jun 2019 - Present',
          '  - Search services in Go.',
        ].join('\n'),
      ),
    ).toEqual([['Takealot', 'Senior Software Engineer (Platform)', '2019-06', 'present']]);
  });
});
