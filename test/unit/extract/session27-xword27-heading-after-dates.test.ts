import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

describe('a plain section heading after a blank line under the dates that closed the entry above', () => {
  it('opens its section: "Skills" under the last school is no entry of the education', async () => {
    const result = await extractText(
      [
        'Education',
        '',
        'Associate of Science in Computer Science',
        'Pima Community College - Tucson, AZ',
        'August 2016 to May 2018',
        '',
        'Certificate in Web Development',
        'Pima Community College - Tucson, AZ',
        '2015 to 2016',
        '',
        'Skills',
        '',
        '- Zendesk (3 years)',
        '- JavaScript (2 years)',
      ].join('\n'),
    );
    expect((result.resume.education ?? []).map((entry) => [entry.institution, entry.endDate])).toEqual([
      ['Pima Community College', '2018-05'],
      ['Pima Community College', '2016'],
    ]);
    expect(result.resume.skills?.map((group) => group.name)).toContain('Skills');
  });
});
