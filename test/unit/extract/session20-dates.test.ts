import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';
import { extractText, position, positions } from './extract-text.js';

// A year followed by a grade ("2014 – 71%") is that year and a score, not a range into the 2070s; and a date the
// format cannot hold (after next year, before 1900) never makes the whole extracted résumé fail validation: it is
// left out of its entry with a warning quoting it, and the rest of the document goes in.

const years = (text: string) =>
  findDates(text).map((mention) => [mention.kind, mention.from?.year ?? null, mention.to?.year ?? null]);

describe('a grade after a year', () => {
  it.each([
    ['2014 – 71%', 2014],
    ['2019 - 85 %', 2019],
    ['2016 – 17/20', 2016],
    ['2012 – 68 percent', 2012],
    ['2011 - 74\u00a0%', 2011],
    ['2015 – 71.5%', 2015],
    ['2017 - 82,4 %', 2017],
  ])('reads "%s" as the year alone', (text, year) => {
    expect(years(text)).toEqual([['single', year, null]]);
  });

  it('still reads a two-digit end year as a range', () => {
    expect(parseDateRange('2016 – 19')).toEqual({ startDate: '2016', endDate: '2019' });
    expect(parseDateRange('2013-15, Quillby College')).toEqual({ startDate: '2013', endDate: '2015' });
    expect(parseDateRange('2009 to 12')).toEqual({ startDate: '2009', endDate: '2012' });
  });

  it('reads the year after a grade point average', () => {
    expect(years('GPA 3.8/4.0, 2018')).toEqual([['single', 2018, null]]);
  });
});

describe('a document with an implausible date still goes in', () => {
  it('keeps the year of a school written with its percentage', async () => {
    const result = await extractText(
      [
        'Anjali Verenkar',
        'anjali.verenkar@example.com',
        '',
        'EXPERIENCE',
        'Data Analyst, Lumenfold Analytics, Jan 2019 – Present',
        '- Built reporting pipelines in Python and SQL.',
        '',
        'EDUCATION',
        'B.E. Mechanical Engineering, Karvali Institute of Technology, 2014 – 71%',
        // A school-leaving certificate ("Higher Secondary") is no entry (session 21): a diploma's line instead.
        'Diploma in Mechanical Engineering, Dunmere Polytechnic, 2010 - 85 %',
      ].join('\n'),
    );
    expect(result.resume.education?.map((school) => [school.institution, school.endDate])).toEqual([
      ['Karvali Institute of Technology', '2014'],
      ['Dunmere Polytechnic', '2010'],
    ]);
  });

  it('reads a grade after a year in an experience entry as that year', async () => {
    const result = await extractText(
      [
        'Tomas Brevik',
        'tomas.brevik@example.com',
        '',
        'EXPERIENCE',
        'Graduate Engineer, Tessaro Motors, 2019 - 85 %',
        '- Wrote test rigs in Python.',
      ].join('\n'),
    );
    const [read] = positions(result);
    expect(read).toMatchObject({ company: 'Tessaro Motors', title: 'Graduate Engineer', startDate: '2019' });
    expect(read?.endDate ?? '2019').toBe('2019');
  });

  it('leaves out an end year past next year with a warning quoting it, and reads the rest', async () => {
    const result = await extractText(
      [
        'Mirela Stancu',
        'mirela.stancu@example.com',
        '',
        'EXPERIENCE',
        'Data Analyst, Lumenfold Analytics, Jun 2018 – 2099',
        '- Built reporting pipelines in Python and SQL.',
        '',
        'Junior Analyst, Brackwater Insurance, 2016 – 18',
        '- Cleaned claims data in Excel.',
        '',
        'EDUCATION',
        'BSc Statistics, University of Eastmark, GPA 3.8/4.0, 2016',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Lumenfold Analytics', 'Data Analyst', '2018-06'),
      position('Brackwater Insurance', 'Junior Analyst', '2016', '2018'),
    ]);
    expect(result.resume.education?.map((school) => school.endDate)).toEqual(['2016']);
    const warnings = result.warnings.filter((warning) => warning.code === 'UNREADABLE_DATE');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.line).toBe(5);
    expect(warnings[0]?.message).toContain('"Jun 2018 – 2099"');
    expect(warnings[0]?.message).toContain('2099');
    expect(result.facts.some((fact) => fact.value.includes('2099'))).toBe(false);
  });

  it('leaves out a start year past next year in a school and a project, keeping their other end', async () => {
    const result = await extractText(
      [
        'Oskar Lindqvale',
        'oskar.lindqvale@example.com',
        '',
        'EXPERIENCE',
        'Backend Engineer, Harrowgate Systems, 2017 – 2021',
        '- Wrote services in Go.',
        '',
        'EDUCATION',
        'MSc Computer Science, University of Eastmark, 2098 – 2016',
        '',
        'PROJECTS',
        'Tidewatch, 2097 – 2020',
        '- A tide table service in Go.',
      ].join('\n'),
    );
    expect(result.resume.work?.[0]?.positions?.[0]).toMatchObject({ startDate: '2017', endDate: '2021' });
    const school = result.resume.education?.[0];
    expect(school?.institution).toBe('University of Eastmark');
    expect(school?.startDate).toBeUndefined();
    expect(school?.endDate).toBe('2016');
    const messages = result.warnings
      .filter((warning) => warning.code === 'UNREADABLE_DATE')
      .map((warning) => warning.message);
    expect(messages.some((message) => message.includes('2098'))).toBe(true);
    const dates = JSON.stringify(result.resume);
    expect(dates).not.toContain('2098');
    expect(dates).not.toContain('2097');
  });

  it('never reads a founding year before 1900 as a date', async () => {
    const result = await extractText(
      [
        'Kemal Arduç',
        'kemal.arduc@example.com',
        '',
        'EXPERIENCE',
        'Actuary, Brackwater Insurance (est. 1875), 2015 – 2020',
        '- Priced policies with R.',
      ].join('\n'),
    );
    expect(result.resume.work?.[0]?.positions?.[0]).toMatchObject({ startDate: '2015', endDate: '2020' });
    expect(JSON.stringify(result.resume)).not.toContain('1875-');
  });
});
