import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { titleScore, townBeforeStateCode } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions } from './extract-text.js';

/**
 * Session 32: a place beside a job's dates under "Title | Employer" (the state's code one a legal form spells too),
 * "Date" as an ongoing end, and "… Personnel" as a post (Ghanaian national service).
 */

describe('townBeforeStateCode', () => {
  it('reads a town and its state or province code written without a comma, a postcode after it or not', () => {
    expect(townBeforeStateCode('Whyalla SA')).toBe('Whyalla');
    expect(townBeforeStateCode('Mount Gambier SA 5290')).toBe('Mount Gambier');
    expect(townBeforeStateCode('Bundaberg QLD')).toBe('Bundaberg');
    expect(townBeforeStateCode('Kelowna BC')).toBe('Kelowna');
    expect(townBeforeStateCode('Cedar Rapids IA 52401')).toBe('Cedar Rapids');
  });

  it('reads no code that is no state, no lower-case name and no bare code', () => {
    expect(townBeforeStateCode('Lindqvist AG')).toBeNull();
    expect(townBeforeStateCode('Ostara GmbH')).toBeNull();
    expect(townBeforeStateCode('whyalla SA')).toBeNull();
    expect(townBeforeStateCode('SA')).toBeNull();
    expect(townBeforeStateCode('Port Lincoln, SA')).toBeNull();
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
    // A field's label: "End Date: …" is the end's label, no ongoing end.
    expect(findDates('Start Date: 2018-02 | End Date: 2020-11').map((date) => date.kind)).toEqual(['range']);
    expect(findDates('2018 - Date: 2020').some((date) => date.ongoing)).toBe(false);
  });
});

describe('"… Personnel" as a post', () => {
  it('names a post with a word before it, and no post alone', () => {
    expect(titleScore('National Service Personnel')).toBeGreaterThan(0);
    expect(titleScore('IT Support Personnel')).toBeGreaterThan(0);
    expect(titleScore('Personnel')).toBe(0);
    expect(titleScore('ICT Attachee')).toBeGreaterThan(0);
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

describe('a town with its state code under "Title, Employer" and a team in brackets after the title', () => {
  it('reads the town line as the place under "Title, Employer" where the code is no legal form', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Software Engineer, Kestrel Avionics',
        'Bundaberg QLD  ·  Feb 2015 – Dec 2017',
        '• Flight planning in C++.',
        '',
        'Graduate Engineer, Brolga Defence',
        'Port Lavaca TX  ·  Feb 2013 – Jan 2015',
        '• Test rigs in Python.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Kestrel Avionics', 'Software Engineer', '2015-02', '2017-12'),
      position('Brolga Defence', 'Graduate Engineer', '2013-02', '2015-01'),
    ]);
  });

  it('reads "(Platform Group)" after the title as the team, the name on the line below as the employer', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Staff Engineer (Platform Group)',
        'Halyard Systems, Leeds',
        'Mar 2020 – Present',
        '• Build tooling in Go.',
        '',
        'Senior Engineer (Payments Team)',
        'Cobble Finance, York',
        'Jan 2016 – Feb 2020',
        '• Card payments in Java.',
        '',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Halyard Systems', 'Staff Engineer', '2020-03', 'present'),
      position('Cobble Finance', 'Senior Engineer', '2016-01', '2020-02'),
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.team).toBe('Platform Group');
  });

  it('keeps a group in brackets as the employer when no other line names one', async () => {
    const result = await extractText(
      [
        'Corin Mabbutt',
        '',
        'Experience',
        '',
        'Staff Engineer (Halyard Group)',
        'Mar 2020 – Present',
        '• Build tooling in Go.',
        '',
      ].join('\n'),
    );
    expect(positions(result)[0]?.title).toBe('Staff Engineer');
    expect(positions(result)[0]?.company).toBe('Halyard Group');
  });
});
