import { describe, expect, it } from 'vitest';
import { isLocation } from '../../../src/extract/vocabulary.js';
import { roleRows } from './extract-text.js';

/** Session 17: a US federal résumé's blocks (agency, address, dates as a field, terms, title, supervisor). */

describe('a federal résumé written as text', () => {
  it('reads the agency over its address and "Dates of Employment", the title under the terms of the job', async () => {
    expect(
      await roleRows(
        [
          'MARGARET OYELOWO',
          'Rockville, MD 20850 | moyelowo@example.org',
          '',
          'WORK EXPERIENCE',
          '',
          'National Institute of Standards and Technology, Information Technology Laboratory',
          '100 Bureau Drive, Gaithersburg, MD 20899',
          'Dates of Employment: 02/2020 - Present',
          'Hours per week: 40',
          'Computer Scientist',
          'Series/Grade: GS-1550-13',
          'Supervisor: Paul Okafor, (301) 555-0110; may be contacted',
          'Duties, Accomplishments and Related Skills:',
          'Built measurement data services in Python.',
          '',
          'Social Security Administration',
          '6401 Security Boulevard, Baltimore, MD 21235',
          'Dates of Employment: 07/2015 - 01/2020',
          'Hours per week: 40',
          'IT Specialist (INFOSEC)',
          'Salary: $74,000 per year',
          'Supervisor: Ruth Glass, (410) 555-0191; may be contacted',
          'Duties, Accomplishments and Related Skills:',
          'Ran vulnerability scans and patched Linux servers.',
        ].join('\n'),
      ),
    ).toEqual([
      ['National Institute of Standards and Technology', 'Computer Scientist', '2020-02', 'present'],
      ['Social Security Administration', 'IT Specialist (INFOSEC)', '2015-07', '2020-01'],
    ]);
  });

  it('looks past the agency\'s place ("City, ST Country") to its dates and the title under them', async () => {
    expect(
      await roleRows(
        [
          'Omar Castellanos',
          'omar.castellanos@example.org',
          '',
          'Work Experience',
          '',
          'Bureau of Labor Statistics',
          'Washington, DC United States',
          '03/2021 - Present',
          'Grade Level: GS-1530-13 · Hours per week: 40',
          'Mathematical Statistician',
          'Supervisor: Ann Lee (202-555-0133) · Okay to contact this Supervisor: Yes',
          '',
          'Environmental Protection Agency',
          'Research Triangle Park, NC United States',
          '06/2017 - 02/2021',
          'Grade Level: GS-1530-12 · Hours per week: 40',
          'Statistician',
          'Supervisor: Jim Ross (919-555-0140) · Okay to contact this Supervisor: No',
        ].join('\n'),
      ),
    ).toEqual([
      ['Bureau of Labor Statistics', 'Mathematical Statistician', '2021-03', 'present'],
      ['Environmental Protection Agency', 'Statistician', '2017-06', '2021-02'],
    ]);
  });

  it('reads "City, ST Country" as a place, a state code then a country', () => {
    expect(
      ['Silver Spring, MD United States', 'Austin, TX United States', 'Acme, MD Holdings'].map(isLocation),
    ).toEqual([true, true, false]);
  });
});
