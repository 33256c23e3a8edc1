import { describe, expect, it } from 'vitest';
import { extractText, schools } from './extract-text.js';

/**
 * Session 16: a school or degree cut where a narrow column (a sidebar) wrapped it, the first line ending on
 * the word that joins it to the rest ("Technical University of" over "Eastmark"). The name is read whole and
 * its provenance spans both lines.
 */

const HEAD = [
  'Mira Testova',
  'mira@example.org',
  '',
  'Experience',
  'Backend Developer, Larkspur Labs, 2018 – present',
  '',
];

describe('names wrapped over two lines', () => {
  it('joins a school cut after "of" and reads the degree under it', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EDUCATION',
        'Technical University of',
        'Eastmark',
        'MSc Computer Science',
        '2014 – 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Technical University of Eastmark',
        studyType: 'MSc',
        area: 'Computer Science',
        startDate: '2014',
        endDate: '2016',
      },
    ]);
    // Lines 8 and 9 of the document: the name starts on one and ends on the other.
    const fact = result.facts.find((found) => found.path === 'education[0].institution');
    expect(fact && [fact.line, fact.endLine, fact.column, fact.endColumn]).toEqual([8, 9, 0, 8]);
  });

  it('joins a degree cut after "in" or "of", the field on the next line', async () => {
    const result = await extractText(
      [
        ...HEAD,
        'EDUCATION',
        'Bachelor of Science in',
        'Computer Engineering',
        'Harlow University',
        '2010 – 2014',
        '',
        'Westmarch University — Master of',
        'Science in Data Science',
        '2014 – 2016',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Harlow University',
        studyType: 'Bachelor of Science',
        area: 'Computer Engineering',
        startDate: '2010',
        endDate: '2014',
      },
      {
        institution: 'Westmarch University',
        studyType: 'Master of Science',
        area: 'Data Science',
        startDate: '2014',
        endDate: '2016',
      },
    ]);
  });

  it('does not join a line ending on a joining word to a line of dates', async () => {
    const result = await extractText(
      [...HEAD, 'EDUCATION', 'MSc in', '2014 – 2016 Eastmark University'].join('\n'),
    );
    expect(schools(result).map((entry) => entry.institution)).toEqual(['Eastmark University']);
  });
});
