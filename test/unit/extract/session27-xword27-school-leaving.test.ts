import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

const schools = async (text: string) =>
  ((await extractText(text)).resume.education ?? []).map((entry) => [
    entry.institution,
    entry.studyType ?? null,
  ]);

describe('a secondary school on its own line over the school-leaving certificate it gave: no entry', () => {
  it('drops "St. Gregory\'s College, Lagos" over "West African Senior School Certificate (WAEC), 2009"', async () => {
    expect(
      await schools(
        [
          'EDUCATION',
          '',
          'University of Ibadan',
          'B.Sc. Computer Science, 2015',
          '',
          "St. Gregory's College, Lagos",
          'West African Senior School Certificate (WAEC), 2009',
        ].join('\n'),
      ),
    ).toEqual([['University of Ibadan', 'B.Sc.']]);
  });

  it('keeps a polytechnic over its HND and drops a certificate named alone', async () => {
    expect(
      await schools(
        [
          'EDUCATION',
          '',
          'Lagos State Polytechnic',
          'HND Computer Science, 2017',
          '',
          'Senior School Certificate (NECO), 2011',
        ].join('\n'),
      ),
    ).toEqual([['Lagos State Polytechnic', 'HND']]);
  });
});
