import { describe, expect, it } from 'vitest';
import { findDegree, opensWithDegree } from '../../../src/extract/vocabulary.js';
import { educationOf, extractText, positions, schools } from './extract-text.js';

/**
 * Session 32 (xfix32e): a line that opens with a job portal's level before the degree as written ("Bachelor's
 * Degree · BS Nursing") opens with a degree wherever the extractor asks so; a bracket's programme word other than
 * "bootcamp" leaves a long note under a degree a note. Made-up people, schools and wording.
 */

const rows = (entries: Awaited<ReturnType<typeof educationOf>>) =>
  entries.map((entry) => [entry.institution, entry.studyType, entry.area, entry.startDate, entry.endDate]);

describe('opensWithDegree', () => {
  it.each([
    ["Bachelor's Degree · BS Nursing", true],
    ["Master's Degree | MBA, Brackenridge University", true],
    ["Bachelor's Degree - B.Sc. Marine Biology", true],
    ['BSc Computer Science, 2011 - 2015', true],
    ["Bachelor's Degree, Marine Biology", true],
    ['Claims Analyst · BS Nursing', false],
    ['Graduated with a BS Nursing', false],
    ['Tollard Freight', false],
  ])('"%s" → %s', (text, expected) => {
    expect(opensWithDegree(text)).toBe(expected);
  });
});

describe("a portal's level before the written degree opens a line with a degree", () => {
  it('a résumé with no headings: the degree line after a job is an education entry, no job', async () => {
    const result = await extractText(
      [
        'Odile Brannagh',
        'odile.brannagh@example.org',
        '',
        'Claims Analyst, Tollard Freight',
        'Jan 2018 - Present',
        '- Reviewed freight claims',
        '',
        "Bachelor's Degree - BS Nursing, Brackenridge University, 2011 - 2015",
      ].join('\n'),
    );
    expect(rows(schools(result))).toEqual([['Brackenridge University', 'BS', 'Nursing', '2011', '2015']]);
    expect(positions(result).map((position) => position.company)).not.toContain('Brackenridge University');
  });

  it('right under a dated job, no education heading: the job keeps its employer', async () => {
    const result = await extractText(
      [
        'Odile Brannagh',
        'odile.brannagh@example.org',
        '',
        'Experience',
        '',
        'Claims Analyst',
        'Tollard Freight',
        '2018 - Present',
        '',
        "Bachelor's Degree · BS Nursing, Brackenridge University, 2015",
      ].join('\n'),
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Tollard Freight', 'Claims Analyst'],
    ]);
    expect(rows(schools(result))).toEqual([['Brackenridge University', 'BS', 'Nursing', undefined, '2015']]);
  });

  it('under Education, a school over the level-and-degree line over its dates is one entry', async () => {
    const entries = await educationOf('', 'Brackenridge', "Bachelor's Degree · BS Nursing", '2011 - 2015');
    expect(rows(entries)).toEqual([['Brackenridge', 'BS', 'Nursing', '2011', '2015']]);
  });
});

describe('a long note under a degree with a programme word in brackets stays a note', () => {
  it.each([
    'Thesis on pallet scheduling for cold-chain depots in northern ports (capstone course)',
    'Coached second-year students in linear algebra and probability (peer tutoring program)',
    'Final project with Tollard Freight on night delivery routes (industry placement programme)',
    'Spent one semester in Valparaíso studying port economics and logistics (exchange program)',
  ])('"%s"', async (note) => {
    const entries = await educationOf(
      '',
      'Brackenridge University',
      'BSc Computer Science, 2011 - 2015',
      note,
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Brackenridge University']);
  });
});

describe("a dash after a portal's level sets the degree as written apart, as the other separators do", () => {
  it.each([
    ["Master's degree - MS, Applied Statistics", 'MS'],
    ["Master's degree · MS, Applied Statistics", 'MS'],
    ["Bachelor's degree - BA", 'BA'],
    ["Bachelor's degree · BA", 'BA'],
  ])('"%s" names the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('a degree spelled out keeps its abbreviation after a dash or in brackets', () => {
    expect(findDegree('Bachelor of Science - BS, Marine Biology')?.text).toBe('Bachelor of Science - BS');
    expect(findDegree("Bachelor's degree (BA)")?.text).toBe("Bachelor's degree (BA)");
  });
});

describe("an acronym, a dash, then the school's name it abbreviates", () => {
  it.each(['BIT – Brackenridge Institute of Technology', 'UCT – University College Tolvana'])(
    '"%s" is one school',
    async (school) => {
      const entries = await educationOf('', school, 'MSc, Robotics', '2014 – 2016');
      expect(entries.map((entry) => entry.institution)).toEqual([school]);
    },
  );

  it("capitals that abbreviate no word of the name are a campus's, no part of it", async () => {
    const entries = await educationOf(
      '',
      'CUSUR – Universidad de Tolvana',
      'Licenciatura, Diseño',
      '2014 – 2018',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Universidad de Tolvana']);
  });
});
