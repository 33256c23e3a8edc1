import { describe, expect, it } from 'vitest';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { markedHeading, splitSections } from '../../../src/extract/sections.js';
import { educationOf, extractText, positions } from './extract-text.js';

/**
 * Session 34 (xfix34b): the audit's findings on xedu34's education rules, each written here with made-up people,
 * employers and schools, so the answer is known.
 */

const rows = (entries: Awaited<ReturnType<typeof educationOf>>) =>
  entries.map((entry) => [entry.institution, entry.studyType, entry.startDate, entry.endDate]);

describe('a square- or diamond-marked item among items with the same mark stays an item', () => {
  it('"■ Training" in a list of ■ items is no heading; "■ Education" over plain lines is', () => {
    const lines = modelLines(
      [
        '■ Training',
        '■ Ran the onboarding of new hires',
        'Reported to the head of people',
        '',
        '■ Education',
        '',
        'BSc Physics, University of Exeter',
      ].map((text) => ({ text })),
    );
    expect([
      markedHeading(lines[0] as DocLine, lines, 0),
      markedHeading(lines[4] as DocLine, lines, 4),
    ]).toEqual([false, true]);
  });

  it('"■ Training" among a job\'s ■ items keeps the next position under the same heading', async () => {
    const result = await extractText(
      [
        'Odile Marchetti',
        'odile.marchetti@example.org',
        '',
        'Work Experience',
        '',
        'Systems Administrator, Quayside Credit Union',
        'Feb 2020 – Present',
        '■ Training',
        '■ Rolled out Ansible across 80 servers',
        '■ Kept the Active Directory in order',
        '',
        'Desktop Support Technician, Larkfield District Council',
        'Jul 2016 – Jan 2020',
        '■ Looked after 250 users on Jira Service Management',
        '',
        'Education',
        'BSc Computing, University of Sunderland, 2013 – 2016',
      ].join('\n'),
    );
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Quayside Credit Union', 'Systems Administrator'],
      ['Larkfield District Council', 'Desktop Support Technician'],
    ]);
  });

  it('"◆ Leadership" inside a ◆ skills list heads no section', () => {
    const sections = splitSections(
      modelLines(
        [
          'Skills',
          '◆ Rust',
          '◆ Leadership',
          '◆ Terraform',
          '',
          'Education',
          'MSc Data Science, University of Stirling, 2015 – 2016',
        ].map((text) => ({ text })),
      ),
    );
    expect(sections.map((section) => [section.kind, section.title])).toEqual([
      ['skills', 'Skills'],
      ['education', 'Education'],
    ]);
  });
});

describe('a school-leaving certificate after a blank line under a dated school', () => {
  it('"A Levels: …" apart under "College, Town, dates" is that college\'s, which stays no entry of its own', async () => {
    const entries = await educationOf(
      'BSc Mathematics, University of Lancaster, 2012 – 2015',
      '',
      'Priestley College, Warrington, 2010 – 2012',
      '',
      'A Levels: Economics (A), Biology (B), Chemistry (C)',
    );
    expect(rows(entries)).toEqual([['University of Lancaster', 'BSc', '2012', '2015']]);
  });

  it('"International Baccalaureate Diploma" apart under a high school and its dates opens no entry of its own', async () => {
    const entries = await educationOf(
      'BA Philosophy, University of Durham, 2015 – 2018',
      '',
      'Sevenoaks Grammar School, Kent, 2008 – 2015',
      '',
      'International Baccalaureate Diploma (39 points)',
    );
    expect(entries.map((entry) => entry.institution)).toEqual(['University of Durham']);
  });

  it("a certificate apart that heads its own school's block still opens its own entry (left out with the school)", async () => {
    const entries = await educationOf(
      'Analista Programador',
      'Instituto Profesional Los Alerces',
      'Terciario · Graduado · 2015 - 2018',
      '',
      'Bootcamp Ciencia de Datos',
      'Academia Cordillera Digital',
      'Otro · Graduado · Abril 2021 - Agosto 2021',
      '',
      'Enseñanza Media Técnico-Profesional',
      'Liceo Industrial de Rancagua',
      'Secundario · Graduado · 2009 - 2012',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'Instituto Profesional Los Alerces',
      'Academia Cordillera Digital',
    ]);
  });
});

describe('a job portal\'s "Otro" level', () => {
  it('makes no degree of the cell before it', async () => {
    const entries = await educationOf(
      'Escuela Digital Andina',
      'Bootcamp Programación Backend | Otro | Graduado',
      'Colombia',
      'feb. 2022 - jun. 2022',
    );
    expect(rows(entries)).toEqual([['Escuela Digital Andina', undefined, '2022-02', '2022-06']]);
  });

  it('"Técnico" as a level cell is no school, the cell before it the degree as written', async () => {
    const entries = await educationOf(
      'Instituto Tecnológico de Morelia',
      'Redes y Telecomunicaciones | Técnico | Graduado',
      'México',
      '2012 - 2015',
    );
    expect(rows(entries)).toEqual([
      ['Instituto Tecnológico de Morelia', 'Redes y Telecomunicaciones', '2012', '2015'],
    ]);
  });
});

describe("higher studies whose names hold a secondary school's word", () => {
  it('"FH Technikum" is a university of applied sciences', async () => {
    const entries = await educationOf('FH Technikum Kärnten, Villach, 2011 – 2014');
    expect(entries.map((entry) => entry.institution)).toEqual(['FH Technikum Kärnten']);
  });

  it('"Profesorado de Educación Secundaria en …" is a teaching degree, its instituto an entry', async () => {
    const entries = await educationOf(
      'Profesorado de Educación Secundaria en Física, Instituto Superior del Profesorado de Mendoza, 2009 – 2013',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'Instituto Superior del Profesorado de Mendoza',
    ]);
  });
});

describe('Romanian "şi" with a cedilla', () => {
  it('joins a university\'s name as "și" does', async () => {
    const entries = await educationOf(
      'Universitatea de Ştiinţe Agricole şi Medicină Veterinară Cluj-Napoca, Licenţă în Zootehnie, 2012 – 2016',
    );
    expect(entries.map((entry) => entry.institution)).toEqual([
      'Universitatea de Ştiinţe Agricole şi Medicină Veterinară Cluj-Napoca',
    ]);
  });
});
