import { describe, expect, it } from 'vitest';
import { roleRows as roles } from './extract-text.js';

/** Session 16: employer lines and header shapes of the layouts engineers send (dev-formats). */

describe('"Employer, City, Country" under "dates  Title"', () => {
  it('reads an employer before "City, CC" as the employer, not the line as a place', async () => {
    expect(
      await roles(
        [
          'Kevin Brandt',
          '',
          'Experience',
          '08/2020 – 01/2024    Principal Frontend Engineer',
          'Infosys, San Francisco, US',
          '- Job scheduler in Python.',
          '',
          '02/2017 – 07/2020    Staff Frontend Engineer',
          'Analog Devices, Boston, US',
          '- Search index in Sass.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Infosys', 'Principal Frontend Engineer', '2020-08', '2024-01'],
      ['Analog Devices', 'Staff Frontend Engineer', '2017-02', '2020-07'],
    ]);
  });

  it('reads a name the catalogues do not know before "City, CC" as the employer ("Careem, Dubai, AE")', async () => {
    expect(
      await roles(
        [
          'Tariq Nasser',
          '',
          'Experience',
          '09/2021 – Present       Senior Frontend Engineer',
          '                        Quillmark, Dubai, AE',
          '                        - Rider web app in React and TypeScript.',
          '',
          '10/2015 – 04/2018       Web Developer',
          '                        Sandgate Logistics, Amman, JO',
          '                        - Shipment tracking pages in PHP.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Quillmark', 'Senior Frontend Engineer', '2021-09', 'present'],
      ['Sandgate Logistics', 'Web Developer', '2015-10', '2018-04'],
    ]);
  });

  it('keeps "City, State, US" under an employer line a place ("Austin, Texas, US", "Austin, TX, US")', async () => {
    expect(
      await roles(
        [
          'Tariq Nasser',
          '',
          'Experience',
          'Quillmark',
          'Senior Frontend Engineer',
          'Jan 2021 – Present',
          'Austin, Texas, US',
          '- Rider web app in React and TypeScript.',
          'Sandgate Logistics',
          'Web Developer',
          'Oct 2015 – Dec 2020',
          'Austin, TX, US',
          '- Shipment tracking pages in PHP.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Quillmark', 'Senior Frontend Engineer', '2021-01', 'present'],
      ['Sandgate Logistics', 'Web Developer', '2015-10', '2020-12'],
    ]);
  });

  it('reads "Employer, City, Region, Country" as the employer and its place', async () => {
    expect(
      await roles(
        [
          'Kevin Brandt',
          '',
          'Experience',
          'Staff Frontend Engineer    02/2017 – 07/2020',
          'Analog Devices, Boston, MA, USA',
          '- Search index in Sass.',
        ].join('\n'),
      ),
    ).toEqual([['Analog Devices', 'Staff Frontend Engineer', '2017-02', '2020-07']]);
  });

  it('keeps a LinkedIn place "City, Region, Country" under the dates as the place of the employer above', async () => {
    expect(
      await roles(
        [
          'Kevin Brandt',
          '',
          'Experience',
          'Adyen',
          '7 years 11 months',
          'Senior Engineer',
          'March 2021 - Present (5 years 9 months)',
          'Amsterdam, North Holland, Netherlands',
          'Built card payments in Java.',
          'Engineer',
          'January 2019 - February 2021 (2 years 2 months)',
          'Amsterdam, North Holland, Netherlands',
          'Built the payouts ledger in Java.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Adyen', 'Senior Engineer', '2021-03', 'present'],
      ['Adyen', 'Engineer', '2019-01', '2021-02'],
    ]);
  });
});

describe('a contract through an agency', () => {
  it('leaves the agency after "via" or "through" out of the employer', async () => {
    expect(
      await roles(
        [
          'Hana Kowalczyk',
          '',
          'Experience',
          'Frontend Contractor at Hootsuite via Robert Half    Feb 2021 – Aug 2022',
          '- Composer in Vue.js.',
          'Software Engineer (contract) at Telus via Randstad    Jan 2019 – Jan 2021',
          '- Billing portal.',
          'Contract Developer, Shopify (through Hays)    2017 – 2018',
          '- Checkout.',
          'Java Engineer (contract via Hays) | Nov 2015 - Aug 2016',
          'Adyen, Amsterdam',
          '- Payments in Java.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Hootsuite', 'Frontend Contractor', '2021-02', '2022-08'],
      ['Telus', 'Software Engineer', '2019-01', '2021-01'],
      ['Shopify', 'Contract Developer', '2017', '2018'],
      ['Adyen', 'Java Engineer', '2015-11', '2016-08'],
    ]);
  });
});
