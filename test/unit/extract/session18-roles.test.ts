import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 18 (roles): conventions a position's header is written in that the metamorphic variants of the tuned-on
 * documents (src/eval/variants.ts) showed the extractor misread. Every input is constructed here.
 */

async function roles(lines: string[], fileName = 'resume.txt') {
  return positions(await extractText(lines.join('\n'), fileName));
}

describe('a number ending a name before a column gap', () => {
  it('is no day of the month the gap sets apart', () => {
    expect(findDates('Brain Station 23    Jul 2016 – Dec 2017').map((date) => date.text)).toEqual([
      'Jul 2016 – Dec 2017',
    ]);
    expect(findDates('Studio 21\tMar 2015 – Feb 2016').map((date) => date.text)).toEqual([
      'Mar 2015 – Feb 2016',
    ]);
    // A day and its month written together still read as a day.
    expect(findDates('15 June 2020')[0]?.from).toEqual({ year: 2020, month: 6, day: 15 });
  });

  it('leaves the number in the employer’s name', async () => {
    expect(
      await roles([
        'Ana Lima',
        'ana@example.com',
        '',
        'EXPERIENCE',
        '',
        'Software Engineer',
        'Brain Station 23    Jul 2016 – Dec 2017',
        '- Built the payments API',
        '',
        'Junior Developer',
        'Studio 21    Mar 2015 – Jun 2016',
        '- Wrote the booking site',
      ]),
    ).toEqual([
      {
        company: 'Brain Station 23',
        title: 'Software Engineer',
        startDate: '2016-07',
        endDate: '2017-12',
        current: undefined,
      },
      {
        company: 'Studio 21',
        title: 'Junior Developer',
        startDate: '2015-03',
        endDate: '2016-06',
        current: undefined,
      },
    ]);
  });
});
