import { describe, expect, it } from 'vitest';
import { adoptionYears, timelineYears, yearsCovered } from '../../../src/career/timeline.js';
import { monthNumber } from '../../../src/graph/months.js';

const m = monthNumber;

describe('yearsCovered', () => {
  it('counts a year once for any month of it, across intervals', () => {
    expect(
      yearsCovered([
        [m(2018, 12), m(2019, 1)],
        [m(2019, 6), m(2019, 7)],
        [m(2021, 2), m(2021, 2)],
      ]),
    ).toEqual([2018, 2019, 2021]);
  });
});

describe('timelineYears', () => {
  const role = (id: string, start: number | undefined, end: number | undefined, current = false) => ({
    id,
    startMonth: start,
    endMonth: end,
    current,
  });

  it('lists every year from the first to the last, a break as an empty year', () => {
    const years = timelineYears(
      [
        role('a', m(2015, 11), m(2016, 2)),
        role('b', m(2018, 1), undefined, true),
        role('undated', undefined, undefined),
      ],
      [{ technology: 'go', use: { spans: [m(2015, 11), m(2016, 2)], current: false, currentSince: null } }],
      m(2018, 4),
    );
    expect(years.map((year) => [year.year, year.roles.map((r) => r.id), year.technologies])).toEqual([
      [2015, ['a'], ['go']],
      [2016, ['a'], ['go']],
      [2017, [], []],
      [2018, ['b'], []],
    ]);
  });

  it('leaves out what starts after now and cuts what runs past it', () => {
    const years = timelineYears(
      [role('a', m(2019, 6), m(2022, 3)), role('later', m(2021, 1), m(2021, 12))],
      [
        { technology: 'go', use: { spans: [m(2019, 6), m(2022, 3)], current: false, currentSince: null } },
        { technology: 'rust', use: { spans: [m(2021, 1), m(2021, 12)], current: false, currentSince: null } },
      ],
      m(2020, 5),
    );
    expect(years.map((year) => [year.year, year.roles.map((r) => r.id), year.technologies])).toEqual([
      [2019, ['a'], ['go']],
      [2020, ['a'], ['go']],
    ]);
  });

  it('is empty when nothing is dated', () => {
    expect(timelineYears([role('x', undefined, undefined)], [], m(2020, 1))).toEqual([]);
  });
});

describe('adoptionYears', () => {
  it('fills the years between with 0', () => {
    expect(
      adoptionYears([
        { year: 2019, people: 2 },
        { year: 2022, people: 1 },
      ]),
    ).toEqual([
      { year: 2019, people: 2 },
      { year: 2020, people: 0 },
      { year: 2021, people: 0 },
      { year: 2022, people: 1 },
    ]);
  });
});
