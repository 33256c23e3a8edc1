import { describe, expect, it } from 'vitest';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

/**
 * A portal CV's page: personal data as a table of labels beside their values, then each job's period in the same left
 * column beside its title, over the employer and the duties. The reader's item model fed directly (x from the left,
 * `top` from the top of an A4 page), so every expected line follows from the geometry written here.
 */
const page = [
  item('Osobní údaje', 40, 60, { size: 11, font: 'bold' }),
  item('Bydliště', 40, 80),
  item('Lidická 18, 779 00 Olomouc', 160, 80),
  item('Telefon', 40, 95),
  item('+420 604 555 218', 160, 95),
  item('E-mail', 40, 110),
  item('dita.kalouskova@email.cz', 160, 110),
  item('Datum narození', 40, 125),
  item('4. 6. 1990', 160, 125),
  item('Řidičský průkaz', 40, 140),
  item('sk. B', 160, 140),
  item('Pracovní zkušenosti', 40, 170, { size: 11, font: 'bold' }),
  item('03/2021 – současnost', 40, 190),
  item('Vývojářka Python', 160, 190, { font: 'bold' }),
  item('Tieto Czech s.r.o., Ostrava', 160, 205),
  item('vývoj služeb v Pythonu a FastAPI', 160, 220),
  item('09/2017 – 02/2021', 40, 245),
  item('Programátorka', 160, 245, { font: 'bold' }),
  item('Unicorn Systems a.s., Praha', 160, 260),
  item('aplikace v Javě a Spring Boot', 160, 275),
  item('07/2016 – 08/2016', 40, 300),
  item('Stážistka', 160, 300, { font: 'bold' }),
  item('Honeywell, Brno', 160, 315),
];

describe("a form's labels over a column of periods beside the jobs", () => {
  it('reads each period on the line of its title, and each label on the line of its value', () => {
    const lines = texts(page);
    for (const expected of [
      'Bydliště    Lidická 18, 779 00 Olomouc',
      'Telefon    +420 604 555 218',
      'E-mail    dita.kalouskova@email.cz',
      '03/2021 – současnost    Vývojářka Python',
      '09/2017 – 02/2021    Programátorka',
      '07/2016 – 08/2016    Stážistka',
    ])
      expect(lines).toContain(expected);
    // The jobs in their order, each period before its employer's line.
    const at = (text: string) => lines.findIndex((line) => line.startsWith(text));
    expect(at('Pracovní zkušenosti')).toBeLessThan(at('03/2021'));
    expect(at('03/2021')).toBeLessThan(at('Tieto Czech'));
    expect(at('Tieto Czech')).toBeLessThan(at('09/2017'));
    expect(at('09/2017')).toBeLessThan(at('Unicorn Systems'));
    expect(at('Unicorn Systems')).toBeLessThan(at('07/2016'));
    expect(at('07/2016')).toBeLessThan(at('Honeywell'));
  });
});
