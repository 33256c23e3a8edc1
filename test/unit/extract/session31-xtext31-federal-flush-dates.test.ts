import { describe, expect, it } from 'vitest';
import { federalBlocks } from '../../../src/extract/federal-blocks.js';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { roleRows } from './extract-text.js';

/** Session 31: a USAJOBS block whose "Agency, Office" line holds the dates flush right. */

const lines = (text: string): DocLine[] => modelLines(text.split('\n').map((line) => ({ text: line })));

describe('federalBlocks with the dates flush right on the employer line', () => {
  it('reads the agency and its office before the gap, the dates after it, and the title under the labelled lines', () => {
    const out = federalBlocks(
      lines(
        [
          'Federal Emergency Management Agency, Office of the CIO          02/2019 - Present',
          'Hyattsville, MD, US',
          'Hours per week: 40',
          'Series/Grade: GS-2210-12 (promoted to GS-2210-13 in 03/2021)',
          'Supervisor: Ines Varga, (202) 555-0177, may be contacted',
          'IT Specialist (INFOSEC)',
          'Rank: none',
          'Duties, Accomplishments and Related Skills:',
          '- Hardened the grants portal.',
        ].join('\n'),
      ),
    ).map((line) => line.text);
    expect(out).toEqual([
      'Employer: Federal Emergency Management Agency | Department: Office of the CIO | Job Title: IT Specialist (INFOSEC) | Location: Hyattsville, MD | Dates: 02/2019 - Present',
      'Hardened the grants portal.',
    ]);
  });

  it('takes a tab before the dates as their gap too', () => {
    const out = federalBlocks(
      lines(
        [
          'Bonneville Power Administration\t06/2012 - 09/2016',
          'Portland, OR United States',
          'Salary: $81,000 Per Year',
          'Okay to contact this Supervisor: Yes',
          'Electrical Engineer',
          'Duties, Accomplishments and Related Skills:',
          'Modelled substations in MATLAB.',
        ].join('\n'),
      ),
    ).map((line) => line.text);
    expect(out[0]).toBe(
      'Employer: Bonneville Power Administration | Job Title: Electrical Engineer | Location: Portland, OR | Dates: 06/2012 - 09/2016',
    );
  });

  it('leaves a block whose first line has dates after a single space (a sentence, not a column) as it is', () => {
    const text = [
      'Worked at the depot 06/2012 - 09/2016',
      'Hours per week: 40',
      'Electrical Engineer',
      'Duties, Accomplishments and Related Skills:',
      'Modelled substations.',
    ].join('\n');
    expect(federalBlocks(lines(text)).map((line) => line.text)).toEqual(text.split('\n'));
  });
});

describe('a federal résumé with "Agency, Office    dates" headers, read whole', () => {
  it('gives each agency its title under the labelled lines, a grade promotion and a rank adding nothing', async () => {
    expect(
      await roleRows(
        [
          'WENDELL A. PRICKETT',
          'Tulsa, OK 74103 | wendell.prickett@example.org',
          '',
          'WORK EXPERIENCE',
          '',
          'Department of the Interior, Bureau of Indian Affairs              04/2020 - Present',
          'Albuquerque, NM, US',
          'Hours per week: 40',
          'Series/Grade: GS-1550-12 (promoted to GS-1550-13 in 05/2022)',
          'Supervisor: Gloria Begay, (505) 555-0119, may be contacted',
          'Computer Scientist',
          'Duties, Accomplishments and Related Skills:',
          '- Moved the trust accounting reports from COBOL to Python.',
          '',
          'U.S. Air Force                                                    08/2012 - 03/2020',
          'Tinker AFB, OK, US',
          'Hours per week: 40+',
          'Cyber Systems Operations (AFSC 3D0X2)',
          'Rank: Staff Sergeant (E-5)',
          'Duties, Accomplishments and Related Skills:',
          '- Administered Windows Server for a maintenance wing.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Department of the Interior', 'Computer Scientist', '2020-04', 'present'],
      ['U.S. Air Force', 'Cyber Systems Operations (AFSC 3D0X2)', '2012-08', '2020-03'],
    ]);
  });
});
