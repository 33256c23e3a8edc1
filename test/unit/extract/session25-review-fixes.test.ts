/**
 * Session 25's review of the session's merged extractor rules: three answers the new rules changed for the worse on
 * constructed input (invented people and employers), each pinned here.
 */
import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';
import { extractText, schools, technologiesByPosition } from './extract-text.js';

describe("an employer's name is no technology only in that employer's own position", () => {
  it('keeps a product named at a later employer after an earlier job at its vendor', async () => {
    const result = await extractText(
      [
        'Maren Okafor',
        '',
        'EXPERIENCE',
        '',
        'Site Reliability Engineer, Quillstone Labs | 2021 - present',
        '- Monitored services with Datadog and Grafana; migrated Oracle reports to PostgreSQL.',
        '',
        'Support Engineer, Datadog | 2018 - 2021',
        '- Customer escalations for the agent on Linux.',
        '',
        'Database Administrator, Oracle | 2015 - 2018',
        '- Backups and upgrades.',
      ].join('\n'),
    );
    const first = technologiesByPosition(result)[0];
    expect(first?.company).toBe('Quillstone Labs');
    expect(first?.technologies).toEqual(expect.arrayContaining(['Datadog', 'Grafana', 'PostgreSQL']));
    expect(first?.technologies.some((name) => /oracle/i.test(name))).toBe(true);
  });
});

describe('ongoing words of running text are ongoing only as the end of a range', () => {
  it.each([
    ['I am presently leading a platform team.'],
    ['Continuing Education, Harrowgate Online'],
    ['Comimos hoy en Lisboa.'],
  ])('%s names no date', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it.each([
    ['June 1, 2021 - Continuing', { startDate: '2021-06-01', current: true }],
    ['2019 – hoy', { startDate: '2019', current: true }],
    ['Mar 2020 - presently', { startDate: '2020-03', current: true }],
  ])('%s is a range still running', (text, range) => {
    expect(parseDateRange(text)).toEqual(range);
  });

  it('makes no school of a "Continuing Education" line', async () => {
    const result = await extractText(
      [
        'Tomas Rilke',
        '',
        'EDUCATION',
        'BSc Computer Science, University of Eastmoor, 2012 - 2016',
        'Continuing Education, Harrowgate Online',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).not.toContain('Education');
  });
});

describe('a month word that is also a given name', () => {
  it('reads "Ian 2019 – 2021" as years, the month not stated', () => {
    expect(parseDateRange('Ian 2019 – 2021')).toEqual({ startDate: '2019', endDate: '2021' });
  });

  it('reads a Romanian range that names both months', () => {
    expect(parseDateRange('ian. 2019 – mar. 2021')).toEqual({ startDate: '2019-01', endDate: '2021-03' });
  });
});
