import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { roleRows as roles } from './extract-text.js';

/**
 * Session 19: the audit of the xroles/xdates merge (audit-x2). Every document is written here, so each expected
 * position is what its lines say.
 */

const person = ['Jane Roe', 'jane.roe@example.com', ''];

describe('a "Promoted to" line of its own (audit-x2, finding 1)', () => {
  it('opens the new title at the employer above when the line is a title and its year', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Developer, Larkspur Systems    2015 – 2018',
          'Promoted to Team Lead in 2017',
          'Shipped the iOS app.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Larkspur Systems', 'Developer', '2015', '2017'],
      ['Larkspur Systems', 'Team Lead', '2017', '2018'],
    ]);
  });

  it('leaves a line that runs on after the year as the text of the job, opening no position', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Software Engineer, Northwind Freight    2018 – 2023',
          'Promoted to Staff Engineer in 2022 and led the platform group',
          'Built the routing service in Go.',
          '',
          'Developer, Larkspur Systems    2015 – 2018',
          'Promoted to team lead in 2017 for the mobile group',
          '- Shipped the iOS app.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Software Engineer', '2018', '2023'],
      ['Larkspur Systems', 'Developer', '2015', '2018'],
    ]);
  });

  it('adds no position for a note that repeats a dated title above it', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Northwind Freight    2016 – 2023',
          'Senior Software Engineer    2019 – 2023',
          'Software Engineer    2016 – 2019',
          'Promoted to Senior Software Engineer in 2019',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Software Engineer', '2019', '2023'],
      ['Northwind Freight', 'Software Engineer', '2016', '2019'],
    ]);
  });
});

describe('"as a TITLE …" in prose (audit-x2, finding 2)', () => {
  it('reads no employer from the platforms or languages the work was for or with', async () => {
    expect(
      await roles(
        [
          ...person,
          'I am a backend engineer. I have shipped apps as a developer for Android and iOS, and I work daily with ' +
            'Python and Go as a backend engineer. From 2015 to 2019 I worked at Larkspur Systems as a developer. ' +
            'In 2019 I joined Northwind Freight as a senior developer.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Larkspur Systems', 'developer', '2015', '2019'],
      ['Northwind Freight', 'senior developer', '2019', undefined],
    ]);
  });

  it('ends an employer\'s name before "and I" opens the next clause', async () => {
    expect(
      await roles(
        [
          ...person,
          'ABOUT ME',
          'I studied computer science at TU Delft. In 2016 I joined Northwind Freight and I led the routing team ' +
            'there until 2020. Since 2020 I have worked at Larkspur Systems as a senior engineer.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', undefined, '2016', '2020'],
      ['Larkspur Systems', 'senior engineer', '2020', 'present'],
    ]);
  });
});

describe('one date alone among ranged entries (audit-x2, finding 3)', () => {
  it("reads the top entry's one year, at or after every range's end, as the start of the current job", async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          '2022    Senior Engineer, Northwind Freight',
          '- Lead the payments platform team.',
          '',
          '2017 – 2022    Software Engineer, Larkspur Systems',
          '- Built the billing service in Java.',
          '',
          '2015 – 2017    Junior Developer, Radiant Controls',
          '- Maintained internal tools.',
          '',
          '2014    Summer Intern, Harbour Analytics',
          '- Wrote test tools.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Engineer', '2022', undefined],
      ['Larkspur Systems', 'Software Engineer', '2017', '2022'],
      ['Radiant Controls', 'Junior Developer', '2015', '2017'],
      ['Harbour Analytics', 'Summer Intern', '2014', '2014'],
    ]);
  });
  it("reads one date after the top entry's name the same way; a season still lies within its year", async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Senior Engineer, Northwind Freight    March 2021',
          '- Lead the payments team.',
          '',
          'Software Engineer, Larkspur Systems    Jan 2017 – Feb 2021',
          '- Built the billing service.',
          '',
          'Intern, Radiant Controls, Summer 2016',
          '- Wrote test tools.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Engineer', '2021-03', undefined],
      ['Larkspur Systems', 'Software Engineer', '2017-01', '2021-02'],
      ['Radiant Controls', 'Intern', '2016', '2016'],
    ]);
  });
});

describe('a month word that is also English, starting a range in running words (audit-x2, finding 4)', () => {
  const ranges = (text: string) =>
    findDates(text).map((date) => [
      date.text,
      date.from?.year,
      date.from?.month ?? null,
      date.to?.year ?? null,
    ]);

  it('is that English word, so the range starts with its year alone', () => {
    expect(ranges('Rolled out 2019 – 2021 roadmap')).toEqual([['2019 – 2021', 2019, null, 2021]]);
    expect(ranges('We set 2019 – 2021 targets for the team')).toEqual([['2019 – 2021', 2019, null, 2021]]);
  });

  it('is a month where the end names one too, or where a column sets the dates apart', () => {
    expect(ranges('Fui promovido em Set 2015 – Out 2018')).toEqual([['Set 2015 – Out 2018', 2015, 9, 2018]]);
    expect(ranges('Engenheiro de Software    Out 2019 – 2021')).toEqual([
      ['Out 2019 – 2021', 2019, 10, 2021],
    ]);
  });
});

describe('now-words and month words that are names (audit-x2, finding 5)', () => {
  const dates = (text: string) =>
    findDates(text).map((date) => [
      date.kind,
      date.from?.year ?? null,
      date.from?.month ?? null,
      date.ongoing,
    ]);

  it('reads "Halen" as "still" only at the end of a range, never alone', () => {
    expect(dates('Van Halen Music    2018')).toEqual([['single', 2018, null, false]]);
    expect(dates('Ocak 2019 – Halen')).toEqual([['range', 2019, 1, true]]);
  });

  it('reads Kasim, Nisan or Maret before a bare year as a name, with a month or a now-word at the other end as a month', () => {
    expect(dates('Data Engineer, Kasim 2019 – 2021')).toEqual([['range', 2019, null, false]]);
    expect(dates('Nisan 2019 – Kasım 2021')).toEqual([['range', 2019, 4, false]]);
    expect(dates('Maret 2019 – Sekarang')).toEqual([['range', 2019, 3, true]]);
  });
});
