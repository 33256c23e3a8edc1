import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, technologiesByPosition } from './extract-text.js';

/** Session 28 (audit): "<title> in <employer>" is no title of its own; "<title> in <field>" is. */

describe('titleScore: a role held in a field, not at an employer', () => {
  it('reads a field of study or a known tail after "in" as part of the title', () => {
    expect(titleScore('Quality Engineer in Test')).toBe(1);
    expect(titleScore('Assistant Lecturer in Applied Mathematics')).toBe(1);
    expect(titleScore('Lecturer in Geography')).toBe(1);
    expect(titleScore('Graduate Engineer in Training')).toBe(1);
  });

  it('scores no title when an employer or its place follows "in"', () => {
    expect(titleScore('Software Engineer in Wipro')).toBe(0);
    expect(titleScore('Analyst in Kearney')).toBe(0);
    expect(titleScore('Teacher in Ogun State')).toBe(0);
    expect(titleScore('Senior Consultant in Larsen Toubro Infotech')).toBe(0);
  });
});

describe('extractText: positions written "<title> in <employer>"', () => {
  it('keeps both positions with their technologies', async () => {
    const text = [
      'Ravi Menon',
      '',
      'EXPERIENCE',
      '',
      'Systems Engineer in Wipro    Mar 2019 – Present',
      '• Wrote Python jobs for the billing feed.',
      '',
      'Project Engineer in Mphasis    Aug 2016 – Feb 2019',
      '• Automated regression suites with Cypress.',
    ].join('\n');
    const result = await extractText(text);
    const positions = (result.resume.work ?? []).flatMap((work) => work.positions ?? []);
    expect(positions.map((position) => [position.startDate, position.endDate ?? null])).toEqual([
      ['2019-03', null],
      ['2016-08', '2019-02'],
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Python'],
      ['Cypress'],
    ]);
  });
});
