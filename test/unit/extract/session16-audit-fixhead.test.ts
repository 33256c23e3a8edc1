import { describe, expect, it } from 'vitest';
import { position, positionsOf as roles } from './extract-text.js';

/**
 * Session 16 audit (fixhead): a "City, Region, CC" place under a title-only head stays a place, and an agency
 * after "via" is cut from an employer only, never from a title. Inputs are the audit's constructed résumés.
 */

describe('"City, Region, CC" under a title-only head', () => {
  it('keeps "Munich, Bavaria, DE" and "Manchester, England, GB" places of the employer above (t21)', async () => {
    expect(
      await roles([
        'Pat Quinn',
        'pat@example.com',
        '',
        'Work Experience',
        'Software Engineer, Shopify                        03/2017 - 01/2019',
        'Toronto, ON, CA',
        'Senior Engineer                                   02/2019 - 05/2020',
        'Toronto, Ontario, CA',
        'Staff Engineer                                    06/2020 - 05/2022',
        'Munich, Bavaria, DE',
        'Principal Engineer                                06/2022 - Present',
        'Manchester, England, GB',
      ]),
    ).toEqual([
      position('Shopify', 'Software Engineer', '2017-03', '2019-01'),
      position('Shopify', 'Senior Engineer', '2019-02', '2020-05'),
      position('Shopify', 'Staff Engineer', '2020-06', '2022-05'),
      position('Shopify', 'Principal Engineer', '2022-06', 'present'),
    ]);
  });

  it('keeps "Lyon, Auvergne, FR" a place (t20)', async () => {
    expect(
      await roles([
        'Pat Quinn',
        'pat@example.com',
        '',
        'Work Experience',
        'Software Engineer, Shopify                        03/2019 - 01/2021',
        'Toronto, Ontario, CA',
        '- Checkout.',
        'Senior Engineer, Celonis                          02/2021 - 05/2022',
        'Munich, Bavaria, DE',
        '- Process mining.',
        'Staff Engineer                                    06/2022 - Present',
        'Lyon, Auvergne, FR',
        '- Servers.',
      ]),
    ).toEqual([
      position('Shopify', 'Software Engineer', '2019-03', '2021-01'),
      position('Celonis', 'Senior Engineer', '2021-02', '2022-05'),
      position('Celonis', 'Staff Engineer', '2022-06', 'present'),
    ]);
  });

  it('reads "Globex, Porto, PT" as an employer where the document writes "Employer, City, CC", but not "Lisbon, Lisboa, PT" (t28)', async () => {
    const found = await roles([
      'Eli Grant',
      'eli@example.com',
      '',
      'Experience',
      'Jan 2019 - Present    Software Engineer',
      'Acme Corp, Austin, TX',
      '- Built services.',
      'Mar 2016 - Dec 2018   Developer',
      'Globex, Porto, PT',
      '- Web apps.',
      'Jun 2014 - Feb 2016   Intern',
      'Lisbon, Lisboa, PT',
    ]);
    expect(found.slice(0, 2)).toEqual([
      position('Acme Corp', 'Software Engineer', '2019-01', 'present'),
      position('Globex', 'Developer', '2016-03', '2018-12'),
    ]);
    // The internship names no employer: whatever the entry inherits, a city is none.
    expect(found.slice(2).map(({ company, ...rest }) => [company === 'Lisbon', rest])).toEqual([
      [false, { title: 'Intern', startDate: '2014-06', endDate: '2016-02', current: undefined }],
    ]);
  });

  it('never reads a title before "City, CC" as the employer ("Engineer, Berlin, DE", t4)', async () => {
    const found = await roles([
      'Peter Pan',
      'peter@example.com',
      '',
      'Work Experience',
      '03/2019 - 01/2021   Software Engineer',
      'Engineer, Berlin, DE',
      '- Backend work.',
      '02/2021 - Present   Senior Engineer',
      'Zalando, Berlin, DE',
      '- Platform work.',
      '',
      'Education',
      'Technical University of Munich, M.Sc. in Informatics, 2016 - 2018',
    ]);
    expect(found.filter((position) => position.company === 'Engineer')).toEqual([]);
    expect(found).toContainEqual(position('Zalando', 'Senior Engineer', '2021-02', 'present'));
  });
});

describe('an agency after "via"', () => {
  it('stays in a title ("Engineer via Upwork", t1)', async () => {
    const found = await roles([
      'Jane Doe',
      'jane@example.com',
      '',
      'Experience',
      'Senior Engineer, Acme Corp                      Jan 2019 - Present',
      '- Built things.',
      'Engineer via Upwork                             2017 - 2018',
      '- Freelance.',
      'Software Engineer, Breakthrough Energy          2015 - 2017',
      '- Worked.',
      'Analyst at AT&T                                 2013 - 2015',
    ]);
    // The Upwork entry names no employer of its own: its company is left out of the comparison.
    expect(found.map((p, i) => (i === 1 ? { ...p, company: null } : p))).toEqual([
      position('Acme Corp', 'Senior Engineer', '2019-01', 'present'),
      { company: null, title: 'Engineer via Upwork', startDate: '2017', endDate: '2018', current: undefined },
      position('Breakthrough Energy', 'Software Engineer', '2015', '2017'),
      position('AT&T', 'Analyst', '2013', '2015'),
    ]);
  });

  it("names the agency the employer where a title stands before it in the employer's slot (t10)", async () => {
    const found = await roles([
      'Kim Kay',
      'kim@example.com',
      '',
      'Experience',
      'Software Engineer',
      'Engineer via Upwork, Remote                     2019 - Present',
      '- Client work.',
    ]);
    expect(found).toEqual([position('Upwork', 'Software Engineer', '2019', 'present')]);
  });
});
