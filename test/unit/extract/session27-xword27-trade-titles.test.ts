import { describe, expect, it } from 'vitest';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, position, positions } from './extract-text.js';

describe('the titles of the trades people come to software from, in the languages CVs are written in', () => {
  it.each([
    'Enfermera',
    'Enfermeiro de UTI',
    'Infirmière',
    'Profesora de Física',
    'Comptable',
    'Fisioterapeuta',
    'Pielęgniarka',
    'Nauczyciel fizyki',
    'Lehrerin',
    'Gesundheits- und Krankenpfleger',
  ])('"%s" is a title', (title) => {
    expect(titleScore(title)).toBeGreaterThan(0);
  });

  it("reads a nurse's job before the move into data, its employer under the title", async () => {
    const result = await extractText(
      [
        'EXPERIENCIA',
        '',
        'Analista de BI',
        'Sanitas · Madrid',
        'abril de 2022 - actualidad',
        '',
        'Enfermero',
        'Hospital Universitario La Paz · Madrid',
        'mayo de 2014 - marzo de 2022',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Sanitas', 'Analista de BI', '2022-04', 'present'),
      position('Hospital Universitario La Paz', 'Enfermero', '2014-05', '2022-03'),
    ]);
  });
});

describe('title over employer over dates with no blank line between jobs (a Word file copied out as text)', () => {
  it('reads a title in sentence case right under the last item of the job above', async () => {
    const result = await extractText(
      [
        'DOŚWIADCZENIE',
        'Analityk danych',
        'Allegro · Poznań',
        'od 03.2022',
        '• Raporty w Power BI',
        'Księgowa',
        'Biuro Rachunkowe Nowak · Poznań',
        'maj 2015 - luty 2022',
        '• Rozliczenia w Excelu',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Allegro', 'Analityk danych', '2022-03', 'present'),
      position('Biuro Rachunkowe Nowak', 'Księgowa', '2015-05', '2022-02'),
    ]);
  });
});
