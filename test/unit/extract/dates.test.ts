import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';

/** Shapes résumés write dates in, and the range each means, at the precision it is written. */
const SHAPES: [string, ReturnType<typeof parseDateRange>][] = [
  ['Apr 2016 - Nov 2017', { startDate: '2016-04', endDate: '2017-11' }],
  ['April 2016 – November 2017', { startDate: '2016-04', endDate: '2017-11' }],
  ['December 2020 - Present', { startDate: '2020-12', current: true }],
  ['Feb 2019 - December 2020', { startDate: '2019-02', endDate: '2020-12' }],
  ['2019/12 - 2021/09', { startDate: '2019-12', endDate: '2021-09' }],
  ['2018.07 – 2021.12', { startDate: '2018-07', endDate: '2021-12' }],
  ['2019-02 – 2020-12', { startDate: '2019-02', endDate: '2020-12' }],
  ['09/2020 – Now', { startDate: '2020-09', current: true }],
  ['9/2020 - 3/2021', { startDate: '2020-09', endDate: '2021-03' }],
  ['06.2015 – 08.2017', { startDate: '2015-06', endDate: '2017-08' }],
  ['[ 01/10/2013 – 10/07/2015 ]', { startDate: '2013-10-01', endDate: '2015-07-10' }],
  ['15.03.2019 - 31.12.2020', { startDate: '2019-03-15', endDate: '2020-12-31' }],
  ['01/09/2021 – Current', { startDate: '2021-09-01', current: true }],
  ['10/31/2013 - 02/28/2015', { startDate: '2013-10-31', endDate: '2015-02-28' }],
  ['Jan 2020 to Present', { startDate: '2020-01', current: true }],
  ['Jan 2020 to date', { startDate: '2020-01', current: true }],
  ['March 2018 till date', { startDate: '2018-03', current: true }],
  ['Oct 2019 – current', { startDate: '2019-10', current: true }],
  ['2021 - Ongoing', { startDate: '2021', current: true }],
  ['since 2023', { startDate: '2023', current: true }],
  ['Since March 2021', { startDate: '2021-03', current: true }],
  ['2020 onwards', { startDate: '2020', current: true }],
  ['2013 to 2019', { startDate: '2013', endDate: '2019' }],
  ['2013–2019', { startDate: '2013', endDate: '2019' }],
  ['2013-2019', { startDate: '2013', endDate: '2019' }],
  ['2013 — 2019', { startDate: '2013', endDate: '2019' }],
  ['2013–19', { startDate: '2013', endDate: '2019' }],
  ['2016-17', { startDate: '2016', endDate: '2017' }],
  ['from 2015 to 2018', { startDate: '2015', endDate: '2018' }],
  ['between 2015 and 2017', { startDate: '2015', endDate: '2017' }],
  ['Summer 2014', { startDate: '2014' }],
  ['Fall 2012 – Spring 2014', { startDate: '2012', endDate: '2014' }],
  // Seasons in the languages the month table reads: the year is all they give.
  ['Été 2015', { startDate: '2015' }],
  ['ÉTÉ 2011', { startDate: '2011' }],
  ['verano 2018', { startDate: '2018' }],
  ['Verão de 2017', { startDate: '2017' }],
  ['Estate 2016', { startDate: '2016' }],
  ['Sommer 2016 – Herbst 2017', { startDate: '2016', endDate: '2017' }],
  ['zomer 2019', { startDate: '2019' }],
  ['Lato 2014', { startDate: '2014' }],
  ['léto 2013', { startDate: '2013' }],
  ['Kesä 2012', { startDate: '2012' }],
  // Now-words and months of more languages: Italian, French, Catalan, Tagalog, Norwegian, Spanish, German, Ukrainian.
  ['marzo 2019 – attualmente', { startDate: '2019-03', current: true }],
  ['janvier 2019 – actuellement', { startDate: '2019-01', current: true }],
  ['sept. 2020 – actuel', { startDate: '2020-09', current: true }],
  ['gener 2018 – actualitat', { startDate: '2018-01', current: true }],
  ['febrer 2018 – agost 2021', { startDate: '2018-02', endDate: '2021-08' }],
  ["setembre 2016 fins a l'actualitat", { startDate: '2016-09', current: true }],
  ['Hunyo 2019 – Kasalukuyan', { startDate: '2019-06', current: true }],
  ['des. 2019 – nå', { startDate: '2019-12', current: true }],
  ['Abril 2017 – Vigente', { startDate: '2017-04', current: true }],
  ['03/2019 – dato', { startDate: '2019-03', current: true }],
  ['01.2019 – laufend', { startDate: '2019-01', current: true }],
  ['Березень 2019 – дотепер', { startDate: '2019-03', current: true }],
  ['вересня 2015 – по теперішній час', { startDate: '2015-09', current: true }],
  ['Январь 2017 — Декабрь 2019', { startDate: '2017-01', endDate: '2019-12' }],
  ["Jun '18 – Aug '20", { startDate: '2018-06', endDate: '2020-08' }],
  ['Jun ’98 – Aug ’01', { startDate: '1998-06', endDate: '2001-08' }],
  ['Jan – Mar 2020', { startDate: '2020-01', endDate: '2020-03' }],
  ['Nov – Feb 2020', { startDate: '2019-11', endDate: '2020-02' }],
  ['Jan. 2019 - Sept. 2020', { startDate: '2019-01', endDate: '2020-09' }],
  ['Sep 2017 ~ Jun 2019', { startDate: '2017-09', endDate: '2019-06' }],
  ['May 2015 → Jul 2016', { startDate: '2015-05', endDate: '2016-07' }],
  ['June 15, 2020 – July 1, 2021', { startDate: '2020-06-15', endDate: '2021-07-01' }],
  ['15 June 2020 - 1 July 2021', { startDate: '2020-06-15', endDate: '2021-07-01' }],
  ['2019-12-01 – 2020-01', { startDate: '2019-12-01', endDate: '2020-01' }],
  ['Q3 2019 – Q1 2020', { startDate: '2019', endDate: '2020' }],
  ['JAN 2015 - DEC 2016', { startDate: '2015-01', endDate: '2016-12' }],
  ['Aug 2010 through May 2012', { startDate: '2010-08', endDate: '2012-05' }],
  ['2009 – present', { startDate: '2009', current: true }],
  ['2023-01 -- Today', { startDate: '2023-01', current: true }],
  ['2024/05–Now', { startDate: '2024-05', current: true }],
  ['1998 - 2003', { startDate: '1998', endDate: '2003' }],
  ['Dec 2019 - Dec 2012', { startDate: '2019-12', endDate: '2012-12' }],
  ['2014/05', { startDate: '2014-05' }],
  ['Sept 2019', { startDate: '2019-09' }],
  ['2015', { startDate: '2015' }],
];

describe('the date grammar', () => {
  it.each(SHAPES)('reads %j', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it('finds a range inside a header line and says where it is', () => {
    const line = 'Senior Engineer, Stripe | Jan 2020 – Present | Berlin';
    expect(findDates(line)).toEqual([
      {
        start: 26,
        end: 44,
        kind: 'range',
        from: { year: 2020, month: 1, day: null },
        to: null,
        ongoing: true,
        text: 'Jan 2020 – Present',
      },
    ]);
    expect(line.slice(26, 44)).toBe('Jan 2020 – Present');
  });

  it('reads no date in numbers that are not dates', () => {
    for (const text of [
      '99.95% uptime',
      'from 400s to 46s',
      '2ms reduction',
      "Grid'5000 testbed",
      'v2.2019.1',
      '$2019',
      '1,500 servers',
    ]) {
      expect(findDates(text), text).toEqual([]);
    }
  });

  it('leaves "may" the verb alone, and refuses impossible months and days', () => {
    expect(findDates('This may take a while')).toEqual([]);
    expect(parseDateRange('2019/13')).toEqual({ startDate: '2019' });
    expect(parseDateRange('February 30, 2020')).toBeNull();
  });

  it('keeps two separate years apart when nothing joins them into a range', () => {
    expect(findDates('IEEE CLOUD 2015 and IEEE BigData 2016').map((date) => [date.kind, date.text])).toEqual([
      ['single', '2015'],
      ['single', '2016'],
    ]);
  });

  it('reads an open range at the end of a line, for a range split over two lines', () => {
    expect(parseDateRange('Staff Engineer, Acme | 2019 –')).toEqual({ startDate: '2019', current: true });
  });
});
