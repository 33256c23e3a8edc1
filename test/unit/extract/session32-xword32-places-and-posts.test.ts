import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { titleScore, townWithStateCode } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions } from './extract-text.js';

/**
 * Session 32: a place beside a job's dates under "Title | Employer" (the state's code one a legal form spells too),
 * "Date" as an ongoing end, and "… Personnel" as a post (Ghanaian national service).
 */

describe('townWithStateCode', () => {
  it('reads a town and its state or province code written without a comma, a postcode after it or not', () => {
    expect(townWithStateCode('Whyalla SA')).toBe(true);
    expect(townWithStateCode('Mount Gambier SA 5290')).toBe(true);
    expect(townWithStateCode('Bundaberg QLD')).toBe(true);
    expect(townWithStateCode('Kelowna BC')).toBe(true);
    expect(townWithStateCode('Cedar Rapids IA 52401')).toBe(true);
  });

  it('reads no code that is no state, no lower-case name and no bare code', () => {
    expect(townWithStateCode('Lindqvist AG')).toBe(false);
    expect(townWithStateCode('Ostara GmbH')).toBe(false);
    expect(townWithStateCode('whyalla SA')).toBe(false);
    expect(townWithStateCode('SA')).toBe(false);
    expect(townWithStateCode('Port Lincoln, SA')).toBe(false);
  });
});

describe('a place beside the dates under "Title | Employer"', () => {
  it('reads the town line as the place and the name across the bar as the employer, whatever legal form the code spells', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Software Engineer | Gawler Sensing',
        'Whyalla SA  ·  Mar 2020 – Present',
        '• Firmware in C for soil probes.',
        '',
        'Graduate Developer | Tarrant Ledger',
        'Elko NV  ·  Feb 2017 – Feb 2020',
        '• Reports in Python.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Gawler Sensing', 'Software Engineer', '2020-03', 'present'),
      position('Tarrant Ledger', 'Graduate Developer', '2017-02', '2020-02'),
    ]);
    expect(JSON.stringify(result.resume.work?.[0]?.positions?.[0]?.location)).toContain('Whyalla');
  });

  it('reads "Employer | Title" over the town line the same way', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Gawler Sensing | Software Engineer',
        'Lethbridge AB  ·  Mar 2020 – Present',
        '• Firmware in C for soil probes.',
        '',
        'Tarrant Ledger | Graduate Developer',
        'Remote  ·  Feb 2017 – Feb 2020',
        '• Reports in Python.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Gawler Sensing', 'Software Engineer', '2020-03', 'present'),
      position('Tarrant Ledger', 'Graduate Developer', '2017-02', '2020-02'),
    ]);
  });

  it('keeps a company with a legal form beside the dates when the line above names the title alone', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Software Engineer',
        'Almendro Pagos SA  ·  Mar 2020 – Present',
        '• Payment services in Java.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Almendro Pagos SA', 'Software Engineer', '2020-03', 'present'),
    ]);
  });
});

describe('"Date" as the end of a range', () => {
  it('reads "Month YYYY – Date" as ongoing, and no "Date" outside a range', () => {
    const [range] = findDates('Senior Backend Developer (March 2021 – Date)');
    expect(range?.kind).toBe('range');
    expect(range?.ongoing).toBe(true);
    expect(findDates('Date of Birth: 14th June, 1993').map((date) => date.kind)).toEqual(['single']);
    expect(findDates('Start Date').length).toBe(0);
  });
});

describe('"… Personnel" as a post', () => {
  it('names a post with a word before it, and no post alone', () => {
    expect(titleScore('National Service Personnel')).toBeGreaterThan(0);
    expect(titleScore('IT Support Personnel')).toBeGreaterThan(0);
    expect(titleScore('Personnel')).toBe(0);
  });

  it('heads the last employer of a Ghanaian CV with its national service post', async () => {
    const result = await extractText(
      [
        'Kojo Badu-Asamoah',
        '',
        'WORK EXPERIENCE',
        '',
        'Sankofa Logistics Limited, Takoradi',
        'Software Developer (May 2019 – Date)',
        'Duties:',
        '• Fleet tracking in PHP and MySQL.',
        'Cape Three Points Lodge, Busua',
        'National Service Personnel (September 2017 – August 2018)',
        'Duties:',
        '• Kept the booking spreadsheet in Microsoft Excel.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Sankofa Logistics Limited', 'Software Developer', '2019-05', 'present'),
      position('Cape Three Points Lodge', 'National Service Personnel', '2017-09', '2018-08'),
    ]);
  });
});
