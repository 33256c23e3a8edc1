import { describe, expect, it } from 'vitest';
import { lengthOfTimeOnly } from '../../../src/extract/entries.js';
import { namesDesiredJob, sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, roleRows } from './extract-text.js';

/**
 * Session 34: job portals' and LinkedIn's profiles copied as text, the job's lines stacked over its dates with what the
 * portal prints of the job between, their lengths of time in other languages, and the pay and availability asked for.
 */

describe('lengthOfTimeOnly in the languages LinkedIn and the portals print', () => {
  it('reads years and months in French, Spanish, Portuguese, German, Italian, Dutch, Polish and Swedish', () => {
    for (const text of [
      '3 ans 9 mois',
      '1 an',
      '· 2 años 1 mes',
      '4 meses',
      '1 ano e 4 meses',
      '4 Jahre 2 Monate',
      '1 Jahr',
      '2 anni 3 mesi',
      '3 jaar 1 maand',
      '2 lata 5 miesięcy',
      '1 år 2 mån',
    ]) {
      expect(lengthOfTimeOnly(text), text).toBe(true);
    }
  });

  it('reads no length in a number before another word', () => {
    for (const text of ['3 anos de Java', '2 Monitore', '12 mesas', '5 lattes', '3 annexes']) {
      expect(lengthOfTimeOnly(text), text).toBe(false);
    }
  });
});

describe('a portal profile: title over employer over industry and area, city, then the dates', () => {
  const profile = (jobs: readonly string[][]) =>
    ['Tomasa Inchausti Ferreyra', 'Analista de Datos', '', 'Experiencia laboral', '']
      .concat(jobs.flatMap((job) => [...job, '']))
      .concat(['Educación', '', 'Universidad de Montevideo', 'Licenciatura en Economía', '2012 - 2016'])
      .join('\n');

  it('reads each stack as one position, the area line naming no employer and no education', async () => {
    expect(
      await roleRows(
        profile([
          [
            'Analista de Datos',
            'Banco Itaú',
            'Bancos y Financieras | Análisis de datos',
            'Montevideo, Uruguay',
            'feb. 2021 - Actualidad',
            'Modelos de riesgo en Python y SQL.',
          ],
          [
            'Asistente Contable',
            'Estudio Rinaldi',
            'Educación | Administración, Contabilidad y Finanzas',
            'Montevideo, Uruguay',
            'mar. 2017 - ene. 2021',
            'Conciliaciones bancarias en Excel.',
          ],
          [
            'Repartidora',
            'PedidosYa',
            'Comercio minorista | Atención al cliente',
            'Montevideo, Uruguay',
            'jun. 2015 - feb. 2017',
          ],
        ]),
      ),
    ).toEqual([
      ['Banco Itaú', 'Analista de Datos', '2021-02', 'present'],
      ['Estudio Rinaldi', 'Asistente Contable', '2017-03', '2021-01'],
      ['PedidosYa', 'Repartidora', '2015-06', '2017-02'],
    ]);
  });

  it('keeps one stack alone to the other rules: a lone stack is no layout', async () => {
    const rows = await roleRows(
      profile([['Analista de Datos', 'Banco Itaú', 'Montevideo, Uruguay', 'feb. 2021 - Actualidad']]),
    );
    expect(rows).toEqual([['Banco Itaú', 'Analista de Datos', '2021-02', 'present']]);
  });

  it("reads LinkedIn's stacks in French with the length after the dates", async () => {
    expect(
      await roleRows(
        [
          'Gwenaëlle Le Floch',
          '',
          'Expérience',
          '',
          'Développeuse backend',
          'Doctolib',
          'Paris, France',
          'Santé · CDI',
          'janv. 2021 - aujourd’hui · 4 ans 11 mois',
          '',
          'Développeuse PHP',
          'Cdiscount',
          'Bordeaux, France',
          'E-commerce · CDI',
          'sept. 2017 - déc. 2020 · 3 ans 4 mois',
        ].join('\n'),
      ),
    ).toEqual([
      ['Doctolib', 'Développeuse backend', '2021-01', 'present'],
      ['Cdiscount', 'Développeuse PHP', '2017-09', '2020-12'],
    ]);
  });
});

describe('a LinkedIn profile copied as text, several titles grouped under one employer', () => {
  it('reads each title under the employer, the text after the dates no employer and the next employer its own', async () => {
    expect(
      await roleRows(
        [
          'Ruairí Mac Giolla',
          '',
          'Experience',
          '',
          'Intercom',
          '5 yrs 4 mos',
          'Staff Engineer',
          'Full-time',
          'Mar 2023 - Present · 2 yrs 10 mos',
          'Dublin, Ireland',
          'Messenger APIs in Ruby on Rails.',
          'Senior Engineer',
          'Full-time',
          'Sep 2020 - Feb 2023 · 2 yrs 6 mos',
          'Elasticsearch, Kafka and MySQL.',
          '',
          'Workday',
          'Software Engineer',
          'Jun 2017 - Aug 2020 · 3 yrs 3 mos',
          'Dublin, Ireland',
        ].join('\n'),
      ),
    ).toEqual([
      ['Intercom', 'Staff Engineer', '2023-03', 'present'],
      ['Intercom', 'Senior Engineer', '2020-09', '2023-02'],
      ['Workday', 'Software Engineer', '2017-06', '2020-08'],
    ]);
  });

  it('reads "o momento" (LinkedIn in Portuguese) as ongoing', async () => {
    expect(
      await roleRows(
        [
          'Iara Tavares Quintela',
          '',
          'Experiência',
          '',
          'Engenheira de Software',
          'iFood · Tempo integral',
          'mar. de 2021 - o momento · 4 anos 10 meses',
          'Campinas, São Paulo, Brasil',
        ].join('\n'),
      ),
    ).toEqual([['iFood', 'Engenheira de Software', '2021-03', 'present']]);
  });
});

describe('the sections LinkedIn prints in other languages', () => {
  it('names the about, certifications, recommendations and contact sections in Spanish, French, Portuguese and German', () => {
    expect(sectionKind('Acerca de')).toBe('summary');
    expect(sectionKind('Infos')).toBe('summary');
    expect(sectionKind('Sobre')).toBe('summary');
    expect(sectionKind('Licencias y certificaciones')).toBe('other');
    expect(sectionKind('Licenças e certificados')).toBe('other');
    expect(sectionKind('Bescheinigungen und Zertifikate')).toBe('other');
    expect(sectionKind('Recommandations')).toBe('other');
    expect(sectionKind('Coordonnées')).toBe('other');
    expect(sectionKind('Diplômes')).toBe('education');
    expect(sectionKind('Mes expériences')).toBe('experience');
  });

  it('reads no position from the certifications after the jobs, nor a school from the recommendations', async () => {
    const result = await extractText(
      [
        'Ximena Arguedas Pol',
        '',
        'Experiencia',
        '',
        'Ingeniera de datos',
        'Despegar · Jornada completa',
        'ene. 2021 - actualidad · 4 años 11 meses',
        'Buenos Aires, Argentina',
        '',
        'Licencias y certificaciones',
        '',
        'Google Cloud Certified Professional Data Engineer',
        'Google',
        'Expedición: mar. 2023 · Vencimiento: mar. 2025',
        '',
        'Educación',
        '',
        'Universidad de Buenos Aires',
        'Licenciatura en Ciencias de la Computación',
        '2014 - 2019',
        '',
        'Recomendaciones',
        '',
        'Lucía Ferro',
        'Tech Lead en Despegar',
      ].join('\n'),
    );
    expect((result.resume.work ?? []).map((work) => work.name)).toEqual(['Despegar']);
    expect((result.resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'Universidad de Buenos Aires',
    ]);
  });
});

describe("a portal's pay and availability asked for", () => {
  it('names the job sought in the languages portals write', () => {
    for (const heading of [
      'Pretensión salarial',
      'Preferencia salarial',
      'Pretensão salarial',
      'Salary expectations',
    ]) {
      expect(namesDesiredJob(heading), heading).toBe(true);
      expect(sectionKind(heading), heading).toBe('other');
    }
  });

  it('reads no skill from the pay asked for after the skills', async () => {
    const result = await extractText(
      [
        'Tomasa Inchausti Ferreyra',
        '',
        'Conocimientos',
        'Python - Avanzado',
        'SQL - Intermedio',
        '',
        'Pretensión salarial',
        '$U 80.000 nominales',
        '',
        'Oczekiwania finansowe: 15 000 PLN',
      ].join('\n'),
    );
    const keywords = (result.resume.skills ?? []).flatMap((group) => [group.name, ...(group.keywords ?? [])]);
    expect(keywords).toContain('Python');
    expect(keywords.filter((word) => /salarial|finansowe|PLN|nominales/u.test(word))).toEqual([]);
  });
});

describe('a CV kept as Markdown notes: one list item a job, its stack after it', () => {
  it('reads dates before a colon as the lead of a job line, and its stack as no line of technologies', async () => {
    expect(
      await roleRows(
        [
          '# Notes: CV (Oisín Ferriter)',
          '',
          '## Work',
          '',
          '- **2020 – now**: Platform Engineer @ Workhuman — Go, Terraform, Kubernetes',
          '- **2017 – 2020**: Developer @ Fenergo: onboarding rules, C#, SQL Server, Azure',
          '',
          '## Stack',
          '',
          'Go · Terraform · C#',
        ].join('\n'),
        'notes.md',
      ),
    ).toEqual([
      ['Workhuman', 'Platform Engineer', '2020', 'present'],
      ['Fenergo', 'Developer', '2017', '2020'],
    ]);
  });

  it('still reads "Dates:" before a date with commas as the label of the dates', async () => {
    expect(
      await roleRows(
        [
          'Oisín Ferriter',
          '',
          '## Experience',
          '',
          '### Fenergo',
          '',
          'Role: Developer',
          'Dates: June 4, 2018 → February 15, 2024',
          '',
          '- Onboarding rules in C#',
        ].join('\n'),
        'notes.md',
      ),
    ).toEqual([['Fenergo', 'Developer', '2018-06-04', '2024-02-15']]);
  });

  it('still reads a label over a list of three names or more as no job', async () => {
    const result = await extractText(
      ['Oisín Ferriter', '', 'Experience', '', 'Languages: Go, Rust, Python, C', ''].join('\n'),
    );
    expect(result.resume.work ?? []).toEqual([]);
  });
});
