import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, positions, technologiesByPosition } from './extract-text.js';

/**
 * Audit of session 14: "Tech", "Board" and "Advisory" name a section only set as a heading. A plain
 * line of one of them under a job's header is the team or service line the job was done in.
 */

/** Each position with its company, title, dates and technologies, in document order. */
function jobs(result: ExtractionResult) {
  const technologies = technologiesByPosition(result);
  return positions(result).map(({ current: _current, ...position }, index) => ({
    ...position,
    technologies: technologies[index]?.technologies,
  }));
}

/** Two jobs, the first with a one-word unit line under its header. */
function teamLineResume(unit: string): string {
  return [
    'Lena Fischer',
    '',
    'Experience',
    'Product Manager, Zalando, Berlin, 2018 – 2021',
    unit,
    '- Led checkout work with Kotlin and Kafka.',
    '',
    'Analyst, Otto, Hamburg, 2015 – 2018',
    '- Reporting.',
    '',
    'Education',
    'BSc Economics, University of Hamburg, 2015',
  ].join('\n');
}

describe('a one-word unit line under a job header is no section heading', () => {
  for (const unit of ['Tech', 'Board', 'Advisory', 'Payments']) {
    it(`keeps both jobs, and the first one's technologies, with "${unit}" under the first header`, async () => {
      const result = await extractText(teamLineResume(unit));
      expect(jobs(result)).toEqual([
        {
          company: 'Zalando',
          title: 'Product Manager',
          startDate: '2018',
          endDate: '2021',
          technologies: ['Kotlin', 'Kafka'],
        },
        { company: 'Otto', title: 'Analyst', startDate: '2015', endDate: '2018', technologies: [] },
      ]);
      expect(result.resume.skills ?? []).toEqual([]);
      expect(
        result.resume.education?.map((entry) => [entry.institution, entry.studyType, entry.area]),
      ).toEqual([['University of Hamburg', 'BSc', 'Economics']]);
    });
  }

  it('reads "Advisory" under a consultant\'s header as the service line, not a section', async () => {
    const result = await extractText(
      [
        'Oliver Grant',
        '',
        'Experience',
        'Senior Consultant, KPMG, London, 2018 – 2021',
        'Advisory',
        '- Built valuation models in Python and SQL.',
        '',
        'Associate, Deloitte, Manchester, 2015 – 2018',
        '- Audit support.',
      ].join('\n'),
    );
    expect(jobs(result)).toEqual([
      {
        company: 'KPMG',
        title: 'Senior Consultant',
        startDate: '2018',
        endDate: '2021',
        technologies: ['Python', 'SQL'],
      },
      { company: 'Deloitte', title: 'Associate', startDate: '2015', endDate: '2018', technologies: [] },
    ]);
    expect(result.resume.skills ?? []).toEqual([]);
  });

  it('still reads "TECH" in capitals after a blank line as the list of technologies', async () => {
    const result = await extractText(
      [
        'Lena Fischer',
        '',
        'EXPERIENCE',
        'Product Manager, Zalando, Berlin, 2018 – 2021',
        '- Led checkout work.',
        '',
        'TECH',
        'Kotlin, Kafka, PostgreSQL',
      ].join('\n'),
    );
    expect(jobs(result)).toEqual([
      { company: 'Zalando', title: 'Product Manager', startDate: '2018', endDate: '2021', technologies: [] },
    ]);
    expect(result.resume.skills?.map((skill) => skill.keywords)).toEqual([['Kotlin', 'Kafka', 'PostgreSQL']]);
  });

  it('still ends the education section at "Board" alone after a blank line', async () => {
    const result = await extractText(
      [
        'Dana Whitfield',
        '',
        'Education',
        'M.S., Computer Science — University of Iowa, 2008',
        '',
        'Board',
        'Board member, Iowa Technology Council (2020 – present)',
      ].join('\n'),
    );
    expect(result.resume.education?.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual(
      [['University of Iowa', 'M.S.', 'Computer Science']],
    );
  });

  it('reads "ADVISORY BOARD MEMBER" in capitals as a title, not a section of board seats', async () => {
    const result = await extractText(
      [
        'Maria Lopez',
        '',
        'EXPERIENCE',
        '',
        'ADVISORY BOARD MEMBER',
        'Acme Health, Austin, 2020 – Present',
        '- Advised on Python data tooling.',
        '',
        'CTO',
        'Brightline, Austin, 2015 – 2020',
        '- Built the platform in Go.',
      ].join('\n'),
    );
    expect(jobs(result)).toEqual([
      {
        company: 'Acme Health',
        title: 'ADVISORY BOARD MEMBER',
        startDate: '2020',
        endDate: undefined,
        technologies: ['Python'],
      },
      { company: 'Brightline', title: 'CTO', startDate: '2015', endDate: '2020', technologies: ['Go'] },
    ]);
  });
});
