/**
 * Session 33 (xdate33): dates as CVs in other languages label and lay them out. Every input is constructed here
 * (invented people and employers), never copied from a fixture set.
 */
import { describe, expect, it } from 'vitest';
import { findDates, LEADING_SEASON } from '../../../src/extract/dates.js';
import { entryLabel } from '../../../src/extract/entry-labels.js';
import { extractText, position, positions } from './extract-text.js';

describe("a job's start and end labelled on lines of their own, as hojas de vida and HR forms write them", () => {
  it.each([
    ['Fecha de ingreso: mayo de 2019', 'from', 'mayo de 2019'],
    ['FECHA DE INGRESO | 03/2017', 'from', '03/2017'],
    ['Fecha de retiro: noviembre de 2022', 'to', 'noviembre de 2022'],
    ['Fecha de egreso: a la fecha', 'to', 'a la fecha'],
    ['Fecha de salida: 2021', 'to', '2021'],
    ['Data de admissão: 08/2014', 'from', '08/2014'],
    ['Data de saída: atual', 'to', 'atual'],
    ["Date d'entrée : septembre 2016", 'from', 'septembre 2016'],
    ['Date de sortie : juin 2020', 'to', 'juin 2020'],
    ['Eintrittsdatum: 01.04.2018', 'from', '01.04.2018'],
    ['Austrittsdatum: 30.09.2021', 'to', '30.09.2021'],
    ['Data di assunzione: marzo 2015', 'from', 'marzo 2015'],
    ['Datum in dienst: jan. 2012', 'from', 'jan. 2012'],
    ['Datum uit dienst: heden', 'to', 'heden'],
  ])('%s', (text, field, value) => {
    expect(entryLabel(text)).toMatchObject({ field, value });
  });

  it('leaves such a label without a date alone ("Fecha de ingreso: inmediata")', () => {
    expect(entryLabel('Fecha de ingreso: inmediata')).toBeNull();
  });

  it('reads a block of labelled lines into the position', async () => {
    const result = await extractText(
      [
        'Yesenia Quintero Barrios',
        '',
        'EXPERIENCIA LABORAL',
        '',
        'Empresa: Cooperativa Lácteos del Valle',
        'Cargo: Analista de Sistemas',
        'Fecha de ingreso: septiembre de 2019',
        'Fecha de retiro: Actualmente',
        'Funciones:',
        '- Reportes en SQL Server.',
        '',
        'Empresa: Transportes Quindío Ltda.',
        'Cargo: Auxiliar de Soporte',
        'Fecha de ingreso: febrero de 2016',
        'Fecha de retiro: agosto de 2019',
        'Funciones:',
        '- Mesa de ayuda.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Cooperativa Lácteos del Valle', 'Analista de Sistemas', '2019-09', 'present'),
      position('Transportes Quindío Ltda.', 'Auxiliar de Soporte', '2016-02', '2019-08'),
    ]);
  });
});

describe('seasons in the languages the month table reads', () => {
  it.each([
    ['Été 2016', 2016],
    ['ÉTÉ 2012', 2012],
    ['Hiver 2014', 2014],
    ['verano de 2018', 2018],
    ['Verão 2017', 2017],
    ['Estate 2013', 2013],
    ['Sommer 2011', 2011],
    ['Frühjahr 2019', 2019],
    ['zomer 2020', 2020],
    ['lato 2010', 2010],
    ['léto 2015', 2015],
    ['leto 2016', 2016],
    ['sommar 2014', 2014],
    ['kesä 2013', 2013],
  ])('%s is its year', (text, year) => {
    const [date] = findDates(text);
    expect(date).toMatchObject({ kind: 'single', text, from: { year, month: null, day: null } });
    expect(LEADING_SEASON.test(text)).toBe(true);
  });

  it('reads "Estate" after a word as English, no season ("Real Estate 2019")', () => {
    expect(findDates('Real Estate 2019').map((date) => date.text)).toEqual(['2019']);
  });

  it('gives a summer job over its title the year as start and end', async () => {
    const result = await extractText(
      [
        'Honorine Dufresne-Vial',
        '',
        'EXPÉRIENCES PROFESSIONNELLES',
        '',
        'Mars 2019 – Présent',
        'Développeuse chez Lumio Santé, Lyon',
        'Applications web en Django et PostgreSQL pour les pharmacies.',
        '',
        'Été 2016',
        'Animatrice chez Camping Les Pins Bleus, Royan',
        'Job d’été.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Lumio Santé', 'Développeuse', '2019-03', 'present'),
      position('Camping Les Pins Bleus', 'Animatrice', '2016', '2016'),
    ]);
  });
});

describe('a year or season leading a line among lines led by ranges, as a date column sets them', () => {
  it('heads an entry, the rest of the line its title, the line below its employer', async () => {
    const result = await extractText(
      [
        'Vendula Hrabalová',
        '',
        'Pracovní zkušenosti',
        '',
        '04/2019 – současnost    Analytička dat',
        'Mall Group a.s., Praha',
        '- reporty v Power BI',
        '',
        'léto 2017    Brigádnice na skladě',
        'Rohlík.cz s.r.o., Praha',
        '',
        '2016    Pomocná síla v kavárně',
        'Kavárna Pod Lipou, Olomouc',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Mall Group a.s.', 'Analytička dat', '2019-04', 'present'),
      position('Rohlík.cz s.r.o.', 'Brigádnice na skladě', '2017', '2017'),
      position('Kavárna Pod Lipou', 'Pomocná síla v kavárně', '2016', '2016'),
    ]);
  });

  it('leaves a dated line in running text where no range leads a line', async () => {
    const result = await extractText(
      [
        'Vendula Hrabalová',
        '',
        'Experience',
        '',
        'Data Analyst, Mall Group a.s., Prague        Apr 2019 – Present',
        '- Reports in Power BI.',
        '',
        '2020 Best Newcomer Award for the pricing dashboards.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Mall Group a.s.', 'Data Analyst', '2019-04', 'present')]);
  });
});
