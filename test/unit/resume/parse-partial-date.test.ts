import { describe, expect, it } from 'vitest';
import {
  endsBeforeStart,
  formatPartialDate,
  monthIndex,
  parsePartialDate,
} from '../../../src/resume/parse-partial-date.js';

describe('parsePartialDate', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD, and a bare year number', () => {
    expect(parsePartialDate('2014')).toEqual({ year: 2014, month: null, day: null });
    expect(parsePartialDate('2014-05')).toEqual({ year: 2014, month: 5, day: null });
    expect(parsePartialDate('2014-05-31')).toEqual({ year: 2014, month: 5, day: 31 });
    expect(parsePartialDate(2014)).toEqual({ year: 2014, month: null, day: null });
  });

  it('rejects other forms and impossible dates', () => {
    for (const text of ['2014/05', 'May 2014', '2014-13', '2014-00', '2019-02-29', '14', '2014-5']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate('2020-02-29')).not.toBeNull();
  });

  it('formats back to the same text', () => {
    for (const text of ['2014', '2014-05', '2014-05-31']) {
      expect(formatPartialDate(parsePartialDate(text) ?? { year: 0, month: null, day: null })).toBe(text);
    }
  });
});

describe('monthIndex', () => {
  it('is year * 12 + (month - 1); a bare year starts in January and ends in December', () => {
    expect(monthIndex({ year: 2020, month: 12, day: null }, 'start')).toBe(2020 * 12 + 11);
    expect(monthIndex({ year: 2014, month: null, day: null }, 'start')).toBe(2014 * 12);
    expect(monthIndex({ year: 2014, month: null, day: null }, 'end')).toBe(2014 * 12 + 11);
  });
});

describe('endsBeforeStart', () => {
  const date = (text: string) => parsePartialDate(text) ?? { year: 0, month: null, day: null };

  it('compares at the precision both dates give', () => {
    expect(endsBeforeStart(date('2019-12'), date('2012-12'))).toBe(true);
    expect(endsBeforeStart(date('2019-05'), date('2019-04'))).toBe(true);
    expect(endsBeforeStart(date('2019-05-10'), date('2019-05-02'))).toBe(true);
    expect(endsBeforeStart(date('2019-12'), date('2019'))).toBe(false);
    expect(endsBeforeStart(date('2019'), date('2019-01'))).toBe(false);
    expect(endsBeforeStart(date('2019-05'), date('2019-05'))).toBe(false);
  });
});
