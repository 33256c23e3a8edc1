import { describe, expect, it } from 'vitest';
import { findDegree } from '../../../src/extract/vocabulary.js';
import { extractText } from './extract-text.js';

/** Session 10: a degree keeps the words that say which degree it is. */

describe('degree qualifiers', () => {
  it.each([
    ['M.Sc. (Tech.), Software Engineering', 'M.Sc. (Tech.)'],
    ['MSc Eng., Control Engineering', 'MSc Eng.'],
    ['Diplom-Informatiker, 2009', 'Diplom-Informatiker'],
    ['Diplom-Kaufmann (2004)', 'Diplom-Kaufmann'],
    ['Inżynier (B.Eng.), Automatics', 'Inżynier (B.Eng.)'],
    ['inżynier, Informatyka', 'inżynier'],
    ['Executive MBA, 2021', 'Executive MBA'],
    ['Licence professionnelle, Métiers du numérique', 'Licence professionnelle'],
    ['Mestrado Integrado em Engenharia Eletrotécnica', 'Mestrado Integrado'],
    // Without a qualifier the degree is as before.
    ['MSc, Physics', 'MSc'],
    ['BSc Engineering Physics', 'BSc'],
    ['Diplom, Physik', 'Diplom'],
  ])('reads "%s" as the degree "%s"', (text, degree) => {
    expect(findDegree(text)?.text).toBe(degree);
  });

  it('keeps the qualifier as the study type of an education entry', async () => {
    const text = [
      'Aino Lehtinen',
      'aino@lehtinen.example',
      '',
      'EDUCATION',
      '',
      'Tampere University of Technology',
      'M.Sc. (Tech.), Signal Processing',
      '2011 – 2016',
    ].join('\n');
    const result = await extractText(text);
    expect(
      result.resume.education?.map((entry) => ({
        institution: entry.institution,
        studyType: entry.studyType,
        area: entry.area,
      })),
    ).toEqual([
      {
        institution: 'Tampere University of Technology',
        studyType: 'M.Sc. (Tech.)',
        area: 'Signal Processing',
      },
    ]);
  });
});
