import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** Conventions of real résumés, each written here with made-up names so the answer is known. */
describe('résumé conventions', () => {
  it('reads an employer line over its dates over the title, the employer once above two positions', async () => {
    const result = await extractText(
      [
        'Work history',
        '',
        'Northwind Foods, Leeds',
        'March 2020 to date',
        'Lead Developer',
        '- Runs the order service',
        '',
        'June 2017 to February 2020',
        'Developer (fixed-term contract)',
        '- Built the warehouse API',
        '',
        'Bramble Housing, York',
        'January 2015 to May 2017',
        'Digital Apprenticeship',
        '- Wrote the tenancy forms',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Northwind Foods',
        title: 'Lead Developer',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Northwind Foods',
        title: 'Developer',
        startDate: '2017-06',
        endDate: '2020-02',
        current: undefined,
      },
      {
        company: 'Bramble Housing',
        title: 'Digital Apprenticeship',
        startDate: '2015-01',
        endDate: '2017-05',
        current: undefined,
      },
    ]);
  });
});
