import { describe, expect, it } from 'vitest';
import { roleRows } from './extract-text.js';

/** Session 17: "Title at Employer" over a line of dates, whatever the title's words and the employer's case. */

describe('"Title at Employer" over its dates', () => {
  it('reads an employer set in lower case as its brand ("bol.com", "idealo, Berlin")', async () => {
    expect(
      await roleRows(
        [
          'Sanne de Wit',
          '',
          'Employment History',
          'QA Automation Engineer at bol.com, Utrecht',
          'March 2021 — Present',
          '• End-to-end suites in Playwright and TypeScript.',
          'Test Analyst at idealo, Berlin',
          'May 2018 — February 2021',
          '• Regression suites in Selenium.',
          'Test Engineer at Coolblue, Rotterdam',
          'May 2016 — April 2018',
          '• Manual testing.',
        ].join('\n'),
      ),
    ).toEqual([
      ['bol.com', 'QA Automation Engineer', '2021-03', 'present'],
      ['idealo', 'Test Analyst', '2018-05', '2021-02'],
      ['Coolblue', 'Test Engineer', '2016-05', '2018-04'],
    ]);
  });

  it('opens an entry at a title no vocabulary knows ("Registered Nurse at …") after a career break', async () => {
    expect(
      await roleRows(
        [
          'Jana Kovac',
          '',
          'Experience',
          '',
          'Junior Developer at Kenjo GmbH',
          '10/2021 to 05/2022',
          'Time tracking features in Angular.',
          '',
          'Career break, 01/2020 to 03/2021',
          'Full-time carer for a family member.',
          '',
          'Registered Nurse at Vivantes Klinikum',
          '09/2012 to 12/2019',
          'Intensive care unit.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Kenjo GmbH', 'Junior Developer', '2021-10', '2022-05'],
      ['Vivantes Klinikum', 'Registered Nurse', '2012-09', '2019-12'],
    ]);
  });
});
