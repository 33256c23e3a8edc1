import { describe, expect, it } from 'vitest';
import { educationOf, extractText, schools } from './extract-text.js';

/**
 * Session 23: degrees as documents name them in other languages and in long forms (issue 10). Invented schools; the
 * degree (studyType) is kept as written, the field after "in", "em", "en" is the area.
 */

describe('degrees named in long forms and in other languages', () => {
  it.each([
    ["Integrated Master's in Electrical Engineering", "Integrated Master's", 'Electrical Engineering'],
    ['Integrated Master in Informatics Engineering', 'Integrated Master', 'Informatics Engineering'],
    ['Bachelor of Engineering Technology', 'Bachelor of Engineering Technology', undefined],
    ['Bachelor of Engineering Technology in Software', 'Bachelor of Engineering Technology', 'Software'],
    [
      'Bachelor of Information and Communication Technology',
      'Bachelor of Information and Communication Technology',
      undefined,
    ],
    ['Master of Engineering Management', 'Master of Engineering Management', undefined],
    ['Postgraduate Diploma in Data Science', 'Postgraduate Diploma', 'Data Science'],
    ['Higher National Diploma in Computing', 'Higher National Diploma', 'Computing'],
    ['Pós-graduação em Engenharia de Software', 'Pós-graduação', 'Engenharia de Software'],
    ['Pós-Graduação em Ciência de Dados', 'Pós-Graduação', 'Ciência de Dados'],
    ['Posgrado en Analítica de Datos', 'Posgrado', 'Analítica de Datos'],
    ['Grau en Enginyeria Informàtica', 'Grau', 'Enginyeria Informàtica'],
    ['Laurea magistrale in Ingegneria Informatica', 'Laurea magistrale', 'Ingegneria Informatica'],
    ['Magíster en Ciencias de la Computación', 'Magíster', 'Ciencias de la Computación'],
    [
      'Tecnólogo em Análise e Desenvolvimento de Sistemas',
      'Tecnólogo',
      'Análise e Desenvolvimento de Sistemas',
    ],
    ['Doutorado em Ciência da Computação', 'Doutorado', 'Ciência da Computação'],
    ['Doctorado en Ingeniería Eléctrica', 'Doctorado', 'Ingeniería Eléctrica'],
    ['Licence en Informatique', 'Licence', 'Informatique'],
    ['Licenciatura en Matemáticas', 'Licenciatura', 'Matemáticas'],
    ['Diplom in Informatik', 'Diplom', 'Informatik'],
    ['Ingeniería en Sistemas Computacionales', 'Ingeniería', 'Sistemas Computacionales'],
  ])('reads "%s" as the degree "%s" of the field "%s"', async (degree, studyType, area) => {
    const [entry] = await educationOf(`${degree}, University of Vessmark, 2012 – 2016`);
    expect(entry).toEqual({
      institution: 'University of Vessmark',
      studyType,
      area,
      startDate: '2012',
      endDate: '2016',
    });
  });

  it('reads the degrees with the school first, in a Markdown list, with a single year as the end', async () => {
    const result = await extractText(
      [
        '# Aurelio Pinheiro',
        '',
        '## Experience',
        '',
        '- **Cortez Digital** — Backend Developer — 2019 – Present',
        '',
        '## Education',
        '',
        '- **Universidade de Lagoa Seca** — Pós-graduação em Arquitetura de Software — 2018',
        '- **Instituto Tecnológico de Vale Verde** — Tecnólogo em Redes de Computadores — 2016',
      ].join('\n'),
      'resume.md',
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Universidade de Lagoa Seca',
        studyType: 'Pós-graduação',
        area: 'Arquitetura de Software',
        startDate: undefined,
        endDate: '2018',
      },
      {
        institution: 'Instituto Tecnológico de Vale Verde',
        studyType: 'Tecnólogo',
        area: 'Redes de Computadores',
        startDate: undefined,
        endDate: '2016',
      },
    ]);
  });

  it('reads no degree from a person’s name or a title before an employer', async () => {
    const result = await extractText(
      [
        'Marta Grau',
        'marta.grau@example.org',
        '',
        'Experience',
        'Tecnólogo, Vale Verde Telecom — 2016 – 2020',
        '- Network operations.',
        '',
        'Education',
        'BSc Computer Science, University of Vessmark, 2016',
      ].join('\n'),
    );
    expect(schools(result).map((entry) => entry.studyType)).toEqual(['BSc']);
    expect(result.resume.basics?.name).toBe('Marta Grau');
  });
});
