import { describe, expect, it } from 'vitest';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { markedHeading, splitSections } from '../../../src/extract/sections.js';
import { educationOf, extractText } from './extract-text.js';

/**
 * Session 34 (xedu34): education families several development sets missed, each written here with made-up schools,
 * people and wording (other than the sets' documents), so the answer is known.
 */

const rows = (entries: Awaited<ReturnType<typeof educationOf>>) =>
  entries.map((entry) => [entry.institution, entry.studyType, entry.startDate, entry.endDate]);

const sectionsOf = (...texts: string[]) =>
  splitSections(modelLines(texts.map((text) => ({ text })))).map((section) => [section.kind, section.title]);

describe('a section named after a square or a diamond', () => {
  it('"■ Education" and "◆ WORK EXPERIENCE" head their sections', () => {
    expect(
      sectionsOf(
        'Tomoko Ishiguro',
        '',
        '◆ WORK EXPERIENCE',
        '',
        'Apr 2018 – Present    Fernhill Logistics    Backend Engineer',
        '',
        '■ Education',
        '',
        'March 2018: Graduated, Bachelor of Science, Faculty of Science, Hokkaido University',
      ),
    ).toEqual([
      ['preamble', null],
      ['experience', 'WORK EXPERIENCE'],
      ['education', 'Education'],
    ]);
  });

  it('a round or dashed bullet reading "Education" stays an item, and a square before words that name no section', () => {
    const line = (text: string) => modelLines([{ text }])[0] as DocLine;
    expect([
      markedHeading(line('■ Education')),
      markedHeading(line('• Education')),
      markedHeading(line('- Education')),
      markedHeading(line('■ Cut build times by half')),
    ]).toEqual([true, false, false, false]);
  });

  it('a shokumu-keirekisho\'s "Month YYYY: Graduated, Degree, Graduate school, University" under "■ Education"', async () => {
    const result = await extractText(
      [
        'CAREER HISTORY',
        'Name: Sota Kanemaru',
        '',
        '■ Work History',
        '',
        'April 2017 – Present    Software Engineer, Billing team',
        '',
        '■ Education',
        '',
        'March 2017: Completed, Master of Engineering, Graduate School of Engineering, Tohoku University',
        'March 2015: Graduated, Bachelor of Science, Faculty of Science, Kobe University',
        '',
        '■ Qualifications',
        '',
        'Fundamental Information Technology Engineer Examination (2016)',
      ].join('\n'),
    );
    expect(
      (result.resume.education ?? []).map((entry) => [
        entry.institution,
        entry.studyType,
        entry.area,
        entry.endDate,
      ]),
    ).toEqual([
      ['Tohoku University', 'Master of Engineering', 'Graduate School of Engineering', '2017-03'],
      ['Kobe University', 'Bachelor of Science', 'Faculty of Science', '2015-03'],
    ]);
  });
});

describe("a job portal's row of studies: studies | level | status", () => {
  it('the level is no school, the cell before it the degree as written, a secondary level no entry', async () => {
    const entries = await educationOf(
      '',
      'Universidad Nacional de San Agustín',
      'Ingeniería Electrónica | Universitario | En curso',
      'Perú',
      'mar. 2020 - Actualidad',
      '',
      'Instituto de Educación Superior Khipu',
      'Diseño y Programación Web | Terciario | Graduado',
      'Perú',
      'abr. 2015 - dic. 2017',
      '',
      'Colegio San José Obrero',
      'Educación Secundaria | Secundario | Graduado',
      'Perú',
      '2010 - 2014',
    );
    expect(rows(entries)).toEqual([
      ['Universidad Nacional de San Agustín', 'Ingeniería Electrónica', '2020-03', undefined],
      ['Instituto de Educación Superior Khipu', 'Diseño y Programación Web', '2015-04', '2017-12'],
    ]);
  });
});

describe('school-leaving certificates apart from the entry above', () => {
  it('"Enseñanza Media" after a blank line under a dated bootcamp is its own entry, left out with its liceo', async () => {
    const entries = await educationOf(
      '',
      'Ingeniería Civil Informática',
      'Universidad Técnica Federico Santa María',
      'Universitario · Graduado · 2011 - 2016',
      '',
      'Bootcamp Desarrollo Web Full Stack',
      'Academia Nodo Sur',
      'Otro · Graduado · Marzo 2020 - Julio 2020',
      '',
      'Enseñanza Media Científico-Humanista',
      '',
      'Liceo Bicentenario Teresa Prats',
      'Secundario · Graduado · 2006 - 2010',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'Universidad Técnica Federico Santa María',
      'Academia Nodo Sur',
    ]);
  });

  it('"A Levels: …" right under "College, City, years" stays that college\'s certificate (no entry)', async () => {
    const entries = await educationOf(
      '',
      'University of Bristol, 2013 to 2016',
      'BSc (Hons) Mathematics, 2:1',
      'Final-year project: route planning for bin lorries in Python',
      '',
      'Winstanley College, Wigan, 2011 to 2013',
      'A Levels: Mathematics (A*), Chemistry (B)',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['University of Bristol']);
  });
});

describe('a school named in a language whose "and" stays in lower case', () => {
  it('Hungarian "és" and Romanian "și" inside a school\'s name do not cut it', async () => {
    const entries = await educationOf(
      '',
      'MSc in Food Engineering at Szegedi Ipari és Kereskedelmi Egyetem, 2015 – 2017',
      'Universitatea de Științe Agricole și Medicină Veterinară Iași, Licență în Horticultură, 2011 – 2015',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'Szegedi Ipari és Kereskedelmi Egyetem',
      'Universitatea de Științe Agricole și Medicină Veterinară Iași',
    ]);
  });
});

describe('degrees in local forms before their school', () => {
  it('"Analista Programador" before an institute and "Técnico de Nivel Superior en …" are degrees', async () => {
    const entries = await educationOf(
      '',
      'Analista Programadora, Instituto Profesional Los Lagos, 2012 – 2015',
      'Técnico de Nivel Superior en Automatización Industrial, Centro de Formación Técnica Lota-Arauco, 2009 – 2011',
    );
    expect(entries.map((entry) => [entry.institution, entry.studyType, entry.area])).toEqual([
      ['Instituto Profesional Los Lagos', 'Analista Programadora', undefined],
      ['Centro de Formación Técnica Lota-Arauco', 'Técnico de Nivel Superior', 'Automatización Industrial'],
    ]);
  });

  it('"Analista Programador" over an employer stays a job\'s title', async () => {
    const result = await extractText(
      [
        'Camila Antinao',
        'camila.antinao@example.cl',
        '',
        'Experiencia',
        '',
        'Analista Programador, Banco del Pacífico Sur',
        'Marzo 2016 – Actualidad',
        '- Servicios en Java',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
    expect(result.resume.work?.[0]?.positions?.[0]?.position).toBe('Analista Programador');
  });

  it('Poland\'s technikum and "Zespół Szkół …" are secondary schools: no entry', async () => {
    const entries = await educationOf(
      '',
      'Politechnika Łódzka, Wydział Elektrotechniki',
      'Inżynier, Automatyka i Robotyka, 2014 – 2018',
      '',
      'Zespół Szkół Elektronicznych w Radomiu, 2010 – 2014',
      'Technik elektronik',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['Politechnika Łódzka']);
  });
});
