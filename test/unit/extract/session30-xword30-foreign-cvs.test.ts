import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractBytes, extractText, position, positions } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/** Session 30: CVs written in the writer's own language, and the job lines Word CVs set. */

describe('sectionKind in the languages CVs are written in', () => {
  it('names the sections of Finnish, Hungarian, Nordic, Baltic, Slavic and Greek CVs', () => {
    const headings: [string, string][] = [
      ['Työhistoria', 'experience'],
      ['Tekninen osaaminen', 'skills'],
      ['Yhteenveto', 'summary'],
      ['Harrastukset', 'other'],
      ['Julkaisut', 'publications'],
      ['Iskolai végzettség', 'education'],
      ['Technikai ismeretek', 'skills'],
      ['Összefoglaló', 'summary'],
      ['Személyes adatok', 'other'],
      ['Anställningar', 'experience'],
      ['Färdigheter', 'skills'],
      ['Om meg', 'summary'],
      ['Sprogkundskaber', 'languages'],
      ['Prosjekter', 'projects'],
      ['Historia zatrudnienia', 'experience'],
      ['Pracovné skúsenosti', 'experience'],
      ['Zručnosti', 'skills'],
      ['Töökogemus', 'experience'],
      ['Oskused', 'skills'],
      ['Darba pieredze', 'experience'],
      ['Radno iskustvo', 'experience'],
      ['Tehničke vještine', 'skills'],
      ['Strani jezici', 'languages'],
      ['Educație și formare', 'education'],
      ['Despre mine', 'summary'],
      ['Permis de conducere', 'other'],
      ['İş Tecrübesi', 'experience'],
      ['Επαγγελματική εμπειρία', 'experience'],
      ['Δεξιότητες', 'skills'],
    ];
    for (const [heading, kind] of headings) expect([heading, sectionKind(heading)]).toEqual([heading, kind]);
  });

  it('takes no labelled line of skills, and no qualifier alone, for a heading', () => {
    expect(sectionKind('Kielet: TypeScript, JavaScript, Java')).toBeNull();
    expect(sectionKind('Historia')).toBeNull();
    expect(sectionKind('Tekniset')).toBeNull();
    expect(sectionKind('Projekt Apollo för Scania')).toBeNull();
  });
});

describe('findDates in the languages CVs are written in', () => {
  const read = (text: string) =>
    findDates(text).map((date) => ({ kind: date.kind, from: date.from, to: date.to, ongoing: date.ongoing }));
  const month = (year: number, value: number | null) => ({ year, month: value, day: null });

  it('reads the months of Finnish, Polish (in the genitive), Slovene, Serbian, Estonian, Latvian and Greek', () => {
    expect(read('huhtikuu 2018 – marraskuu 2020')).toEqual([
      { kind: 'range', from: month(2018, 4), to: month(2020, 11), ongoing: false },
    ]);
    expect(read('od października 2019')).toEqual([
      { kind: 'range', from: month(2019, 10), to: null, ongoing: true },
    ]);
    expect(read('julij 2015 – avgust 2016')[0]?.to).toEqual(month(2016, 8));
    expect(read('novembar 2014 – mart 2017')[0]?.from).toEqual(month(2014, 11));
    expect(read('oktoober 2012 – detsember 2013')[0]?.from).toEqual(month(2012, 10));
    expect(read('jūlijs 2020 – septembris 2021')[0]?.to).toEqual(month(2021, 9));
    expect(read('Σεπτέμβριος 2018 – Μάιος 2021')[0]?.from).toEqual(month(2018, 9));
  });

  it('reads a Hungarian date written year first', () => {
    expect(read('2018. október – 2021. márc.')).toEqual([
      { kind: 'range', from: month(2018, 10), to: month(2021, 3), ongoing: false },
    ]);
  });

  it('reads the words for "now" as an ongoing end', () => {
    for (const end of [
      'nykyään',
      'jatkuu',
      'tähän asti',
      'pågående',
      'tills vidare',
      'dags dato',
      'i dag',
      'nadal',
      'aktualnie',
      'doposud',
      'doteraz',
      'do danas',
      'trenutno',
      'praegu',
      'în prezent',
      'până în prezent',
      'jelen',
      'huidig',
      'σήμερα',
    ]) {
      expect([end, read(`2019 – ${end}`)]).toEqual([
        end,
        [{ kind: 'range', from: month(2019, null), to: null, ongoing: true }],
      ]);
    }
  });

  it('takes "NYT", a name too, for no ongoing end unless it closes a range, and "Maja" for no month before a year', () => {
    expect(read('Data visualisations for NYT 2019')).toEqual([
      { kind: 'single', from: month(2019, null), to: null, ongoing: false },
    ]);
    expect(read('Maja 2019')).toEqual([
      { kind: 'single', from: month(2019, null), to: null, ongoing: false },
    ]);
  });
});

describe('Word CVs: "Title | Employer | City" in bold over the period', () => {
  it('heads an entry with a line set as the other headers are, whatever its words', async () => {
    const docx = await makeDocx([
      { heading: 'Delovne izkušnje' },
      { paragraph: 'Senior Software Engineer | Outfit7 | Ljubljana', bold: true },
      { paragraph: 'marec 2020 – danes' },
      { bullet: 'Igralni strežniki v Go in Redis.' },
      { paragraph: 'Software Engineer | Celtra | Ljubljana', bold: true },
      { paragraph: 'september 2016 – februar 2020' },
      { bullet: 'Oglasni urejevalnik v TypeScript.' },
      { paragraph: 'Pripravnik | Zavarovalnica Triglav | Koper', bold: true },
      { paragraph: 'julij 2015 – avgust 2015' },
      { bullet: 'Poročila v SQL.' },
    ]);
    expect(positions(await extractBytes(docx, 'cv.docx'))).toEqual([
      position('Outfit7', 'Senior Software Engineer', '2020-03', 'present'),
      position('Celtra', 'Software Engineer', '2016-09', '2020-02'),
      position('Zavarovalnica Triglav', 'Pripravnik', '2015-07', '2015-08'),
    ]);
  });
});

describe('"Title, unit, Employer" among "Title, Employer"', () => {
  it('reads the first part as the title and the middle one as the unit', async () => {
    const result = await extractText(
      [
        'Saga Lindqvist',
        '',
        'Arbetslivserfarenhet',
        '',
        'mars 2019 – pågående',
        'Backend Developer, Spotify AB',
        '- Betaltjänster i Java.',
        '',
        'aug 2016 – feb 2019',
        'Konsult, Sigma Technology AB',
        '- Integrationer i C#.',
        '',
        'jun 2015 – aug 2015',
        'Feriearbetare, lager, Scania CV AB',
        '- Plock och packning.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Spotify AB', 'Backend Developer', '2019-03', 'present'),
      position('Sigma Technology AB', 'Konsult', '2016-08', '2019-02'),
      position('Scania CV AB', 'Feriearbetare', '2015-06', '2015-08'),
    ]);
    expect(result.resume.work?.[2]?.positions?.[0]?.team).toBe('lager');
  });
});

describe('"Title, Employer" with titles no vocabulary knows', () => {
  it('reads the part before the employer’s comma as the title, and a place there as none', async () => {
    const result = await extractText(
      [
        'Ilze Bērziņa',
        '',
        'Darba pieredze',
        '',
        'Vecākā programmētāja, Printful SIA | 2020-04 – šobrīd',
        '- Maksājumu serviss Go valodā.',
        '',
        'Programmētāja, Accenture Latvia SIA | 2017-09 – 2020-03',
        '- Integrācijas Java valodā.',
        '',
        'Pārdevēja, Kafejnīca Zaļā Tase | 2015-06 – 2017-08',
        '- Klientu apkalpošana.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Printful SIA', 'Vecākā programmētāja', '2020-04', 'present'),
      position('Accenture Latvia SIA', 'Programmētāja', '2017-09', '2020-03'),
      position('Kafejnīca Zaļā Tase', 'Pārdevēja', '2015-06', '2017-08'),
    ]);
  });

  it('leaves a place before the employer no title', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Espoo, Nokia Oyj | 2019-01 – 2021-06',
        '- Base station software in C++.',
        '',
        'Tampere, Vincit Oyj | 2016-01 – 2018-12',
        '- Web services in Java.',
      ].join('\n'),
    );
    expect(positions(result).map((found) => found.title)).toEqual([undefined, undefined]);
  });
});
