import { describe, expect, it } from 'vitest';
import { titleAcrossDash } from '../../../src/extract/employer-beside-title.js';
import type { Part, PartFeatures } from '../../../src/extract/header-parts.js';
import { titleAt } from '../../../src/extract/header-parts.js';
import type { DocLine } from '../../../src/extract/line-model.js';
import { extractText, positions, seedCatalogue } from './extract-text.js';

/**
 * Session 31 (xfix31e): "en", "em", "w", "v", "la"… join a title to its field, mode or place as often as to its
 * employer; a name only its capital letters make an employer goes back into the title when the header names the
 * employer elsewhere. "Title, unit, Name" takes no technology for the employer.
 */

/** One job under an experience heading: its header lines, then a line of work. */
function resume(...header: string[]): string {
  return ['Rosa Quintanilha', '', 'EXPERIENCE', '', ...header, 'Worked on the systems.', ''].join('\n');
}

async function only(text: string) {
  return positions(await extractText(text)).map((item) => [item.company, item.title]);
}

describe('a title held in a field, a mode or a place over the employer line', () => {
  it('keeps the whole title and takes the next line for the employer', async () => {
    expect(
      await only(resume('Développeur Web en Alternance', 'Fromagerie Vallon, Annecy', '2020 – 2022')),
    ).toEqual([['Fromagerie Vallon', 'Développeur Web en Alternance']]);
    expect(
      await only(resume('Analista de Suporte em TI', 'Cooperativa Serrana, Curitiba', '2018 – 2021')),
    ).toEqual([['Cooperativa Serrana', 'Analista de Suporte em TI']]);
    expect(
      await only(resume('Programista Java w Gdańsku', 'Bursztyn Logistyka, Gdańsk', '2017 – 2020')),
    ).toEqual([['Bursztyn Logistyka', 'Programista Java w Gdańsku']]);
    expect(await only(resume('Vývojář v Brně', 'Lipová Data, Brno', '2016 – 2019'))).toEqual([
      ['Lipová Data', 'Vývojář v Brně'],
    ]);
  });

  it('keeps the field with the title when a name after its comma is the employer', async () => {
    expect(await only(resume('Técnico en Soporte Técnico, Talleres Cordillera', '2015 – 2018'))).toEqual([
      ['Talleres Cordillera', 'Técnico en Soporte Técnico'],
    ]);
  });

  it('still reads the name after the joiner as the employer when the header names no other', async () => {
    expect(await only(resume('Desarrolladora Backend en Papelera Andina', '2019 – 2022'))).toEqual([
      ['Papelera Andina', 'Desarrolladora Backend'],
    ]);
  });

  it('reads a legal form after the joiner as the employer over a line with a place', async () => {
    expect(await only(resume('Analista de Dados na Jatobá Sistemas Ltda', 'Recife', '2019 – 2022'))).toEqual([
      ['Jatobá Sistemas Ltda', 'Analista de Dados'],
    ]);
  });
});

describe('"la" after a particle is an article', () => {
  it('splits no title ending in "de", "du", "des" before "la"', async () => {
    const catalogue = await seedCatalogue();
    expect(titleAt('Responsable de la Qualité', catalogue)).toBeNull();
    expect(titleAt('Chef de la Production', catalogue)).toBeNull();
    expect(
      await only(resume('Responsable de la Qualité', 'Laiterie du Vercors, Grenoble', '2019 – 2023')),
    ).toEqual([['Laiterie du Vercors', 'Responsable de la Qualité']]);
  });
});

describe('"Title, unit, Name" with the employer on the next line', () => {
  it('takes no technology after the unit for the employer', async () => {
    expect(
      await only(resume('Frontend Developer, web apps, React', 'Harbourline Freight, Leeds', '2019 – 2022')),
    ).toEqual([['Harbourline Freight', 'Frontend Developer']]);
  });

  it('keeps an employer with an organisation word on the next line', async () => {
    expect(
      await only(resume('Nurse, night shift, Ward Seven', 'St Agnes Hospital, York', '2019 – 2022')),
    ).toEqual([['St Agnes Hospital', 'Nurse']]);
  });
});

describe('titleAcrossDash', () => {
  it('counts one part less for every part of the line, before the title too', () => {
    const text = 'Quarrybank – Senior Engineer – Tech Lead';
    const line = { text } as DocLine;
    const found = (title: number): PartFeatures => ({ title, company: 0, location: false, team: false });
    const part = (word: string, index: number): Part => {
      const start = text.indexOf(word);
      return { line, start, end: start + word.length, text: word, index, count: 3 };
    };
    const parts = [
      { part: part('Quarrybank', 0), found: found(0), label: 'company' as const, strong: false },
      { part: part('Senior Engineer', 1), found: found(2), label: 'title' as const, strong: false },
      { part: part('Tech Lead', 2), found: found(2), label: null, strong: false },
    ];
    titleAcrossDash(parts);
    expect(parts.map((item) => [item.part.text, item.part.index, item.part.count])).toEqual([
      ['Quarrybank', 0, 2],
      ['Senior Engineer – Tech Lead', 1, 2],
    ]);
  });
});
