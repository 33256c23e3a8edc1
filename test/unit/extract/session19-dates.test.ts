import { describe, expect, it } from 'vitest';
import { type DateRange, findDates, parseDateRange } from '../../../src/extract/dates.js';
import { position, positionsOf } from './extract-text.js';

/** The written text of every date expression found, with its kind: what the grammar took as one date. */
const mentions = (text: string) => findDates(text).map((date) => [date.kind, date.text]);

describe('"now" in the languages and scripts CVs are written in', () => {
  const ONGOING: [string, DateRange][] = [
    ['2021.03 ~ 현재', { startDate: '2021-03', current: true }],
    ['2021년 3월 ~ 현재', { startDate: '2021-03', current: true }],
    ['2020.09 ~ 재직중', { startDate: '2020-09', current: true }],
    ['2019 – 至今', { startDate: '2019', current: true }],
    ['2019年3月 – 至今', { startDate: '2019-03', current: true }],
    ['2019年3月至今', { startDate: '2019-03', current: true }],
    ['2018年4月〜現在', { startDate: '2018-04', current: true }],
    ['2020/03 ～ 现在', { startDate: '2020-03', current: true }],
    ['2017.06 – 目前', { startDate: '2017-06', current: true }],
    ['03/2019 - hiện tại', { startDate: '2019-03', current: true }],
    ['2019 đến nay', { startDate: '2019', current: true }],
    ['2015 – по настоящее время', { startDate: '2015', current: true }],
    ['09.2016 по н.в.', { startDate: '2016-09', current: true }],
    ['2017 – günümüz', { startDate: '2017', current: true }],
    ['2016 – halen', { startDate: '2016', current: true }],
    ['2018 – obecnie', { startDate: '2018', current: true }],
    ['2016 – nu', { startDate: '2016', current: true }],
    ['2020 – oggi', { startDate: '2020', current: true }],
    ['2020 – atualmente', { startDate: '2020', current: true }],
    ['2021 – atual', { startDate: '2021', current: true }],
    ['2023 – actualidad', { startDate: '2023', current: true }],
    ["2019 – aujourd'hui", { startDate: '2019', current: true }],
    ['2019 – présent', { startDate: '2019', current: true }],
    ['2018 – heute', { startDate: '2018', current: true }],
    ['2018 bis heute', { startDate: '2018', current: true }],
    ["sept. 2019 jusqu'à aujourd'hui", { startDate: '2019-09', current: true }],
    ['ene. 2018 hasta la fecha', { startDate: '2018-01', current: true }],
    ['set. 2020 até o momento', { startDate: '2020-09', current: true }],
    ['desde 2019', { startDate: '2019', current: true }],
    ['depuis 2017', { startDate: '2017', current: true }],
  ];
  it.each(ONGOING)('%s', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it('reads "~" and its full-width forms as a range dash', () => {
    expect(parseDateRange('2016.02 ~ 2019.11')).toEqual({ startDate: '2016-02', endDate: '2019-11' });
    expect(parseDateRange('2016.02～2019.11')).toEqual({ startDate: '2016-02', endDate: '2019-11' });
    expect(parseDateRange('2016年2月 〜 2019年11月')).toEqual({ startDate: '2016-02', endDate: '2019-11' });
  });

  it('reads "to" and "since" in the same languages', () => {
    expect(parseDateRange('März 2015 bis Juni 2018')).toEqual({ startDate: '2015-03', endDate: '2018-06' });
    expect(parseDateRange('dal 2019 al 2021')).toEqual({ startDate: '2019', endDate: '2021' });
    expect(parseDateRange('de janv. 2015 à mars 2018')).toEqual({ startDate: '2015-01', endDate: '2018-03' });
    expect(parseDateRange('de 2015 a 2018')).toEqual({ startDate: '2015', endDate: '2018' });
    expect(parseDateRange('с 2015 по 2018')).toEqual({ startDate: '2015', endDate: '2018' });
    expect(parseDateRange('ene. 2018 a la fecha')).toEqual({ startDate: '2018-01', current: true });
    expect(parseDateRange('2019 al presente')).toEqual({ startDate: '2019', current: true });
    expect(parseDateRange('dal 2018')).toEqual({ startDate: '2018', current: true });
    expect(parseDateRange('sinds maart 2019')).toEqual({ startDate: '2019-03', current: true });
    expect(parseDateRange('od 2018')).toEqual({ startDate: '2018', current: true });
    expect(parseDateRange('с 2016')).toEqual({ startDate: '2016', current: true });
  });

  it('reads the hyphen U+2010 and the full-width hyphen as range dashes', () => {
    expect(parseDateRange('Jan 2019 \u2010 Present')).toEqual({ startDate: '2019-01', current: true });
    expect(parseDateRange('2013\u201019')).toEqual({ startDate: '2013', endDate: '2019' });
    expect(parseDateRange('2019.03 \uff0d 現在')).toEqual({ startDate: '2019-03', current: true });
  });

  it('takes a now-word glossed in a second language as one end, the gloss with it', () => {
    expect(mentions('2021.03 ~ 현재 (Present)')).toEqual([['range', '2021.03 ~ 현재 (Present)']]);
    expect(parseDateRange('2021.03 ~ 현재 (Present)')).toEqual({ startDate: '2021-03', current: true });
    expect(mentions('Mar 2020 – Present / 現在 | Tokyo')).toEqual([['range', 'Mar 2020 – Present / 現在']]);
    expect(mentions('Present (현재)')).toEqual([['ongoing', 'Present (현재)']]);
    // Two ranges, each with its own end, are not one gloss.
    expect(mentions('2018 – heute (2019 – present)')).toEqual([
      ['range', '2018 – heute'],
      ['range', '2019 – present'],
    ]);
  });

  it('reads a bilingual ongoing end in a résumé as a current position', async () => {
    const found = await positionsOf([
      'Kim Min-jun',
      'Backend Engineer',
      '',
      'Experience',
      '',
      'Hanbit Soft | Backend Engineer | 2021.03 ~ 현재 (Present)',
      '- Built the billing service in Kotlin.',
      '',
      'Daon Systems | Junior Developer | 2018.01 ~ 2021.02',
      '- Maintained the Java order system.',
    ]);
    expect(found).toEqual([
      position('Hanbit Soft', 'Backend Engineer', '2021-03', 'present'),
      position('Daon Systems', 'Junior Developer', '2018-01', '2021-02'),
    ]);
  });
});

describe('month names in other languages, with or without a period', () => {
  const MONTHS: [string, DateRange][] = [
    ['mar. 2018 – ene. 2021', { startDate: '2018-03', endDate: '2021-01' }],
    ['ago. 2017 – dic. 2017', { startDate: '2017-08', endDate: '2017-12' }],
    ['abr 2016 – jun 2019', { startDate: '2016-04', endDate: '2019-06' }],
    ['janv. 2019 – févr. 2020', { startDate: '2019-01', endDate: '2020-02' }],
    ['fév. 2019 – avr. 2020', { startDate: '2019-02', endDate: '2020-04' }],
    ['Mai 2018 – Okt. 2020', { startDate: '2018-05', endDate: '2020-10' }],
    ['Mrz. 2017 – Dez. 2018', { startDate: '2017-03', endDate: '2018-12' }],
    ['mei 2016 – mrt 2019', { startDate: '2016-05', endDate: '2019-03' }],
    ['set. 2015 – out. 2019', { startDate: '2015-09', endDate: '2019-10' }],
    ['fev 2014 – dez 2016', { startDate: '2014-02', endDate: '2016-12' }],
    ['gen 2014 – lug 2016', { startDate: '2014-01', endDate: '2016-07' }],
    ['mag. 2012 – ott. 2013', { startDate: '2012-05', endDate: '2013-10' }],
    ['giu 2011 – dic 2011', { startDate: '2011-06', endDate: '2011-12' }],
    ['set 2015', { startDate: '2015-09' }],
    ['out. 2019', { startDate: '2019-10' }],
    ['Início: gen 2014', { startDate: '2014-01' }],
    ['Jänner 2019 – Dez. 2020', { startDate: '2019-01', endDate: '2020-12' }],
    ['maj 2018 – augusti 2020', { startDate: '2018-05', endDate: '2020-08' }],
    ['wrzesień 2016 – luty 2019', { startDate: '2016-09', endDate: '2019-02' }],
    ['Mart 2018 – Günümüz', { startDate: '2018-03', current: true }],
    ['EKIM 2019 – HALEN', { startDate: '2019-10', current: true }],
    ['Şubat 2015 – Kasım 2017', { startDate: '2015-02', endDate: '2017-11' }],
    ['Сентябрь 2017 — по настоящее время', { startDate: '2017-09', current: true }],
    ['сен. 2017 – дек. 2019', { startDate: '2017-09', endDate: '2019-12' }],
    ['Maret 2020 – Desember 2021', { startDate: '2020-03', endDate: '2021-12' }],
  ];
  it.each(MONTHS)('%s', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it('never reads an abbreviation that is also an English word as a month in running words, nor alone', () => {
    expect(parseDateRange('I set 2015 goals for the team')).toEqual({ startDate: '2015' });
    expect(mentions('Rolled out 2019 release to all users')).toEqual([['single', '2019']]);
    expect(mentions('Gen 2 hardware, shipped 2019')).toEqual([['single', '2019']]);
    expect(mentions('Store systems for Wal-Mart 2019 rollout')).toEqual([['single', '2019']]);
    // A month alone opens a range only when it is no English word: "Jan – Mar 2020", never "set – mar 2020".
    expect(parseDateRange('Jan – Mar 2020')).toEqual({ startDate: '2020-01', endDate: '2020-03' });
    expect(mentions('set – mar 2020')).toEqual([['single', 'mar 2020']]);
    // In a range, the same word is the month it abbreviates.
    expect(parseDateRange('Desenvolvedor set 2015 – out 2019')).toEqual({
      startDate: '2015-09',
      endDate: '2019-10',
    });
  });

  it('reads a Spanish header line into a position with its months', async () => {
    const found = await positionsOf([
      'Lucía Fernández',
      '',
      'Experiencia',
      '',
      'Globant — Desarrolladora Backend — mar. 2018 – ene. 2021',
      '- Servicios en Java y PostgreSQL.',
      '',
      'Despegar — Desarrolladora Junior — ago. 2016 – dic. 2017',
      '- Mantenimiento de la web en PHP.',
    ]);
    expect(found.map((position) => [position.startDate, position.endDate])).toEqual([
      ['2018-03', '2021-01'],
      ['2016-08', '2017-12'],
    ]);
  });
});

describe('"actual", Spanish for current and an English word', () => {
  it('is ongoing as the end of a range only', () => {
    expect(parseDateRange('Ene 2019 - Actual')).toEqual({ startDate: '2019-01', current: true });
    expect(parseDateRange('marzo 2019 – actual')).toEqual({ startDate: '2019-03', current: true });
    expect(findDates('Actual savings of 20% on cloud costs')).toEqual([]);
    expect(mentions('Cut the actual 2019 budget')).toEqual([['single', '2019']]);
  });
});

describe('a single date', () => {
  it('is a single mention with a start and no end, never an open range', () => {
    const [mention] = findDates('Summer Intern, Radiant Controls   2005');
    expect(mention).toMatchObject({
      kind: 'single',
      from: { year: 2005, month: null },
      to: null,
      ongoing: false,
    });
    expect(parseDateRange('2005')).toEqual({ startDate: '2005' });
  });
});
