import { describe, expect, it } from 'vitest';
import { rolesUnderHead } from './extract-text.js';

/**
 * Session 29: the kind of engagement in brackets after a title, in the languages résumés are written in, is no part
 * of the title; a bracket that says what the job was stays in it.
 */

describe('the kind of engagement bracketed after a title', () => {
  it.each([
    ['Softwareentwicklerin (Praxisphasen)', 'Softwareentwicklerin'],
    ['Softwareentwickler (Praxissemester)', 'Softwareentwickler'],
    ['Entwickler (Pflichtpraktikum)', 'Entwickler'],
    ['Entwickler (Ferienjob)', 'Entwickler'],
    ['Webentwicklerin (Minijob)', 'Webentwicklerin'],
    ['Développeuse (job d’été)', 'Développeuse'],
    ["Technicien support (job d'été)", 'Technicien support'],
    ['Développeuse web (apprentissage)', 'Développeuse web'],
    ['Technicien (contrat de professionnalisation)', 'Technicien'],
    ['Programador (trabajo de verano)', 'Programador'],
    ['Desarrolladora Java (contrato temporal)', 'Desarrolladora Java'],
    ['Desenvolvedor Backend (PJ)', 'Desenvolvedor Backend'],
    ['Analista (meio período)', 'Analista'],
    ['Sviluppatore (lavoro estivo)', 'Sviluppatore'],
    ['Ontwikkelaar (bijbaan)', 'Ontwikkelaar'],
    ['Barista (casual)', 'Barista'],
    ['Ski Instructor (seasonal)', 'Ski Instructor'],
  ])('"%s" is held as "%s"', async (written, title) => {
    const rows = await rolesUnderHead(`${written} – Norrland Systems AB, Umeå    Jan 2020 – Dec 2020`);
    expect(rows).toEqual([['Norrland Systems AB', title, '2020-01', '2020-12']]);
  });

  it('keeps a bracket that says what the job was', async () => {
    const rows = await rolesUnderHead(
      'Senior Engineer (Platform) – Norrland Systems AB, Umeå    Jan 2020 – Dec 2020',
    );
    expect(rows).toEqual([['Norrland Systems AB', 'Senior Engineer (Platform)', '2020-01', '2020-12']]);
  });
});
