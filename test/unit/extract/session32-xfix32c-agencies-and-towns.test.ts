import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions } from './extract-text.js';

/**
 * Session 32 (audit32c's findings on xword32's rules): a staffing agency named "… Personnel" is an employer, not a
 * post; a town beside the dates is no employer for a title's bracketed group; "Date of …" ends no range.
 */

const experience = (...lines: string[]) => ['Odile Franzetti', '', 'Experience', '', ...lines, ''].join('\n');

describe('"… Personnel": a post only after a kind of post', () => {
  it("scores a staffing agency's name as no title, a kind of post as one", () => {
    expect(titleScore('Brightwell Personnel')).toBe(0);
    expect(titleScore('Larkspur Personnel')).toBe(0);
    expect(titleScore('Admin Personnel')).toBeGreaterThan(0);
    expect(titleScore('Security Personnel')).toBeGreaterThan(0);
  });

  it('reads an agency on its own line over the title as the employer', async () => {
    const result = await extractText(
      experience(
        'Brightwell Personnel',
        'Software Tester',
        'Mar 2019 – Present',
        '• Manual test plans for payroll.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Brightwell Personnel', 'Software Tester', '2019-03', 'present'),
    ]);
  });

  it('reads an agency after the title, and before it across a dash, as the employer', async () => {
    const result = await extractText(
      experience(
        'Warehouse Operative, Thornbury Personnel',
        'Jun 2017 – Feb 2019',
        '• Picked and packed orders.',
        '',
        'Quillon Personnel — Data Entry Clerk',
        'Jan 2016 – May 2017',
        '• Keyed invoices.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Thornbury Personnel', 'Warehouse Operative', '2017-06', '2019-02'),
      position('Quillon Personnel', 'Data Entry Clerk', '2016-01', '2017-05'),
    ]);
  });
});

describe('a group in brackets after the title over a town and the dates', () => {
  it('keeps the bracketed group as the employer and the town as the place', async () => {
    const result = await extractText(
      experience(
        'Software Engineer (Fenwick Data Group)',
        'Sheffield  ·  Jan 2019 – Present',
        '• Data pipelines in Python.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Fenwick Data Group', 'Software Engineer', '2019-01', 'present'),
    ]);
    expect(JSON.stringify(result.resume.work?.[0]?.positions?.[0]?.location)).toContain('Sheffield');
  });

  it('keeps the bracketed organisation as the employer over a town line of its own', async () => {
    const result = await extractText(
      experience(
        'Data Scientist (Maumee Health Organization)',
        'Toledo, Ohio',
        'Jan 2019 – Present',
        '• Readmission models in R.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Maumee Health Organization', 'Data Scientist', '2019-01', 'present'),
    ]);
  });
});

describe('"Date of …" is no ongoing end', () => {
  it('reads the two dates around "Date of Leaving" as no ongoing range', () => {
    expect(findDates('Apr 2016 – Date of Leaving Nov 2018').some((date) => date.ongoing)).toBe(false);
    expect(findDates('Joined 2014 - date of promotion 2017').some((date) => date.ongoing)).toBe(false);
    const [range] = findDates('Sept 2020 – Date');
    expect(range?.kind).toBe('range');
    expect(range?.ongoing).toBe(true);
  });
});

describe('a legal form that spells a state code beside the dates under "Title | Unit"', () => {
  it('keeps a company of several words before "AB" or "SA" as the employer', async () => {
    const result = await extractText(
      experience(
        'Embedded Engineer | Connectivity',
        'Lindvall Teknik AB  ·  Jan 2019 – Present',
        '• Modem drivers in C.',
        '',
        'Data Engineer | Analytics',
        'Carouge Logistique SA  ·  Feb 2016 – Dec 2018',
        '• Batch jobs in Scala.',
      ),
    );
    expect(positions(result).map((item) => item.company)).toEqual([
      'Lindvall Teknik AB',
      'Carouge Logistique SA',
    ]);
  });

  it('reads a one-word town, a town before a postcode or one named with a word of the land as the place across the bar', async () => {
    const result = await extractText(
      experience(
        'Software Engineer | Gawler Sensing',
        'Whyalla SA  ·  Mar 2020 – Present',
        '• Firmware in C.',
        '',
        'Graduate Engineer | Tarrant Ledger',
        'Port Pirie SA 5540  ·  Feb 2017 – Feb 2020',
        '• Reports in Python.',
        '',
        'Engineering Intern | Brolga Defence',
        'Victor Harbor SA  ·  Nov 2015 – Feb 2016',
        '• Test rigs in C.',
      ),
    );
    expect(positions(result)).toEqual([
      position('Gawler Sensing', 'Software Engineer', '2020-03', 'present'),
      position('Tarrant Ledger', 'Graduate Engineer', '2017-02', '2020-02'),
      position('Brolga Defence', 'Engineering Intern', '2015-11', '2016-02'),
    ]);
    const places = (result.resume.work ?? []).map((work) => JSON.stringify(work.positions?.[0]?.location));
    expect(places[0]).toContain('Whyalla');
    expect(places[1]).toContain('Port Pirie');
    expect(places[2]).toContain('Victor Harbor');
  });
});
