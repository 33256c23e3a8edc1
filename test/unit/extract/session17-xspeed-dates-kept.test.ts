import { describe, expect, it } from 'vitest';
import { findDates, forgetDates } from '../../../src/extract/dates.js';

/** Session 17: a line's dates are read once per document and handed out again, unchanged and unshared. */

describe('dates kept for the document being read', () => {
  it('gives the same dates for a text asked again, in an array of its own', () => {
    forgetDates();
    const first = findDates('Backend Engineer, Larkspur — Apr 2016 - Nov 2017');
    first.pop();
    const again = findDates('Backend Engineer, Larkspur — Apr 2016 - Nov 2017');
    expect(first).toEqual([]);
    expect(again).toEqual([
      {
        start: 29,
        end: 48,
        kind: 'range',
        from: { year: 2016, month: 4, day: null },
        to: { year: 2017, month: 11, day: null },
        ongoing: false,
        text: 'Apr 2016 - Nov 2017',
      },
    ]);
  });

  it('hands out dates no caller can change for the next', () => {
    forgetDates();
    const [range] = findDates('2019 – 2021');
    expect(() => {
      (range as { end: number }).end = 0;
    }).toThrow(TypeError);
    expect(findDates('2019 – 2021')[0]?.end).toBe(11);
  });
});
