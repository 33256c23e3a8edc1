import { describe, expect, it } from 'vitest';
import { splitLines, withoutRunningHeaders } from '../../../src/extract/decode-text.js';
import { extractText, position, positions } from './extract-text.js';

/**
 * Session 21 (auditfix3): inputs a real résumé could hold on which this session's rules misfired. Invented people
 * and employers; each expected answer is what the text says.
 */

describe('a running header after a page break names the person, never an entry', () => {
  // The document opens with a title, not a name; a position after the break opens with the same words.
  const text = [
    'Software Engineer',
    'Tamsin Okoro',
    '',
    'EXPERIENCE',
    '',
    'Backend Developer, Marlow Data, 2021 – present',
    '- Built APIs',
    '\fSoftware Engineer, Birchwood Labs, 2017 – 2021',
    '- Built queues in Go',
    '',
  ].join('\n');

  it('keeps a position header that repeats the first line but holds a date range', () => {
    const lines = splitLines(text);
    const kept = withoutRunningHeaders(text, lines);
    expect(kept).toContain('Software Engineer, Birchwood Labs, 2017 – 2021');
  });

  it('still blanks a running header that holds the name and a single date', () => {
    const paged = 'Tamsin Okoro\nEngineer\n\nPage 1 of 2\nTamsin Okoro – CV, March 2024\n- Built queues\n';
    const kept = withoutRunningHeaders(paged, splitLines(paged));
    expect(kept[4]).toBe('');
  });

  it('extracts the position after the break', async () => {
    expect(positions(await extractText(text))).toEqual([
      position('Marlow Data', 'Backend Developer', '2021', 'present'),
      position('Birchwood Labs', 'Software Engineer', '2017', '2021'),
    ]);
  });
});

describe('a header set as a sentence keeps the period of an abbreviated employer', () => {
  it('keeps "Intl." and "Natl." whole before the dates', async () => {
    const result = await extractText(
      [
        'Tamsin Okoro',
        '',
        'EXPERIENCE',
        '',
        'Analyst, Ferro Intl. 2014 – 2016.',
        'Clerk, Halden Natl. 2012 – 2014.',
        'Tester, Sandpiper Freight. 2010 – 2012.',
        '',
      ].join('\n'),
    );
    expect(positions(result).map((found) => found.company)).toEqual([
      'Ferro Intl.',
      'Halden Natl.',
      'Sandpiper Freight',
    ]);
  });
});

describe('a grade written as its class or honour after the school', () => {
  it('is no campus of the school', async () => {
    const result = await extractText(
      [
        'Tamsin Okoro',
        '',
        'EDUCATION',
        '',
        'MSc Data Science, University of Eastmark, Distinction, 2018',
        'BSc Computing, Westmoor University, First Class, 2016',
        'BA History, Halden University, Magna Cum Laude, 2012',
        '',
      ].join('\n'),
    );
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual([
      'University of Eastmark',
      'Westmoor University',
      'Halden University',
    ]);
  });

  it('leaves a real campus after a university system', async () => {
    const result = await extractText(
      [
        'Tamsin Okoro',
        '',
        'EDUCATION',
        '',
        'BSc Biology, University of Eastmark, Kingsbridge, 2015',
        '',
      ].join('\n'),
    );
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual([
      'University of Eastmark, Kingsbridge',
    ]);
  });
});
