import { describe, expect, it } from 'vitest';
import { NAME_JOINERS, NAME_PARTICLES } from '../../../src/extract/vocabulary.js';
import { extractText, schools } from './extract-text.js';

/** Session 18: the particles of names in Romance and Germanic languages, one list read by every rule. */

const header = ['Ines Okafor', 'ines.okafor@example.com', ''];

describe('name particles', () => {
  it('joins a school name a narrow column cut after "des" or "und"', async () => {
    const result = await extractText(
      [
        ...header,
        'Education',
        '',
        'École Nationale Supérieure des',
        'Mines de Paris',
        'Diplôme d’Ingénieur, 2014',
        '',
        'Hochschule für Wirtschaft und',
        'Recht Berlin',
        'Bachelor of Science, Informatik, 2011',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).toEqual([
      'École Nationale Supérieure des Mines de Paris',
      'Hochschule für Wirtschaft und Recht Berlin',
    ]);
  });

  it('keeps every particle among the words that stay in lower case inside a name', () => {
    expect(NAME_PARTICLES.filter((particle) => !NAME_JOINERS.has(particle))).toEqual([]);
    expect(['von', 'van', 'de', 'della', 'für', 'of'].every((word) => NAME_JOINERS.has(word))).toBe(true);
  });
});
