import { describe, expect, it } from 'vitest';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { sectionKind, TEAM_WORD, titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 32 (xmd32): Markdown notes and pages as unseen-23 showed them missed: Spanish and Portuguese notes whose job
 * headings are "Title en/na Employer" over the dates beside a unit, a scientist's earlier career, a note's tags, a
 * static site's footer, a career switch headed like a job, sections that are not jobs. Invented people and employers.
 */

describe('a scientist’s earlier career titled in Spanish, Portuguese, Italian or French', () => {
  it('reads the lab and science professions as the role that opens a title', () => {
    for (const title of [
      'Químico Analista',
      'Bióloga Investigadora',
      'Geólogo de Exploración',
      'Laboratorista Clínico',
      'Chimico Analista',
      'Physicienne médicale',
    ]) {
      expect(titleScore(title), title).toBe(2);
    }
  });

  it('reads a feminine noun spelt as its field as a role only before another role', () => {
    expect(titleScore('Química Analista')).toBe(2);
    expect(titleScore('Química Farmacéutica')).toBe(2);
    // Alone, or before a field's words, it is the field.
    expect(titleScore('Química')).toBe(0);
    expect(titleScore('Química Industrial')).toBe(0);
    expect(titleScore('Física')).toBe(0);
  });
});

describe('a unit named in Spanish, Portuguese, Italian, French or German', () => {
  it('is a team word, a whole word only', () => {
    for (const unit of [
      'División Norte',
      'Departamento de Genética',
      'Gerencia de Operaciones',
      'Equipo de Pagos',
      'Divisão de Insumos',
      'Divisione Energia',
      'Équipe Paiements',
      'Abteilung Netzbetrieb',
    ]) {
      expect(TEAM_WORD.test(unit), unit).toBe(true);
    }
    expect(TEAM_WORD.test('Divisional Logistics')).toBe(false);
    expect(TEAM_WORD.test('Equipos Andinos')).toBe(false);
  });

  it('is no unit before the adjective of a public body', () => {
    expect(TEAM_WORD.test('Departamento Administrativo de la Función Pública')).toBe(false);
    expect(TEAM_WORD.test('Departamento Nacional de Planeación')).toBe(false);
  });
});

describe('an Obsidian note in Spanish with "### Title en Employer" over the dates beside a unit', () => {
  const note = [
    '---',
    'tags: [cv]',
    'created: 2024-05-02',
    '---',
    '',
    '# Renata Ollagüe Fuenzalida',
    '',
    '> [!info] Contacto',
    '> Antofagasta, Chile · renata.ollague@correo.cl',
    '',
    '## Experiencia',
    '',
    '### Desarrolladora de Datos en Quillay Energía',
    '**may. 2021 – actualidad** · Gerencia de Analítica, Antofagasta',
    '- Modelos de demanda en Python con pandas.',
    '',
    '> [!note] Reconversión',
    '> En 2020 hice un diplomado en línea.',
    '',
    '### Geóloga de Terreno en Minera Tamarugal',
    '**ene. 2012 – dic. 2019** · División Salar Norte, Calama',
    '- Mapeo de sondajes; reportes en Excel.',
    '',
    '## Habilidades',
    '',
    '- Lenguajes: Python, SQL',
    '',
    '#cv #datos #mineria',
  ];

  it('takes the employer from the heading and the unit beside the dates as the team', async () => {
    const result = await extractText(note.join('\n'), 'nota.md');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate ?? 'present'])).toEqual([
      ['Quillay Energía', 'Desarrolladora de Datos', '2021-05', 'present'],
      ['Minera Tamarugal', 'Geóloga de Terreno', '2012-01', '2019-12'],
    ]);
    const teams = (result.resume.work ?? []).flatMap((work) => (work.positions ?? []).map((p) => p.team));
    expect(teams).toEqual(['Gerencia de Analítica', 'División Salar Norte']);
  });

  it('reads the line of tags as nothing', async () => {
    expect(readMarkdownSource(note).at(-1)).toBe('');
    const result = await extractText(note.join('\n'), 'nota.md');
    const keywords = (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect(keywords).toEqual(['Python', 'SQL']);
  });
});

describe('an employer named with its trade’s word after "Title na/en"', () => {
  it('is the employer, while a field’s words after the title stay the title’s', async () => {
    const text = [
      '## Experiência',
      '',
      '### Analista de Sistemas na Cambuí Logística',
      '**mar. 2019 – atual** · Sorocaba',
      '- Integrações em Java.',
      '',
      '### Ingeniero en Sistemas de Información',
      '**2015 – 2018** · Anden Software, Quito',
      '- Reportes en SQL Server.',
    ].join('\n');
    const result = await extractText(text, 'notas.md');
    expect(positions(result).map((p) => [p.company, p.title])).toEqual([
      ['Cambuí Logística', 'Analista de Sistemas'],
      ['Anden Software', 'Ingeniero en Sistemas de Información'],
    ]);
  });
});

describe('a line of tags', () => {
  it('reads as nothing when every word is a tag, two or more, or one not capitalised', () => {
    expect(readMarkdownSource(['#resume #job-search/2025'])).toEqual(['']);
    expect(readMarkdownSource(['#cv'])).toEqual(['']);
    // A heading written without its blank, a heading, a sentence with a tag and C# stay.
    expect(readMarkdownSource(['#Experience'])).toEqual(['#Experience']);
    expect(readMarkdownSource(['# cv'])).toEqual(['# cv']);
    expect(readMarkdownSource(['Backend work in C# #dotnet'])).toEqual(['Backend work in C# #dotnet']);
    expect(readMarkdownSource(['#1 #2'])).toEqual(['#1 #2']);
  });
});

describe("a fenced div's fence", () => {
  it('reads as its title, or as nothing when it has none', () => {
    expect(
      readMarkdownSource([
        ':::',
        ':::info',
        '::: {.callout-note appearance="simple"}',
        ':::tip Open to work',
        ':::note[Earlier roles]',
        '::: warning  ',
        '::::: {.columns}',
      ]),
    ).toEqual(['', '', '', 'Open to work', 'Earlier roles', '', '']);
    // Colons inside a line, or a type run into other marks, are text.
    expect(readMarkdownSource(['Ratio 3 ::: 1', ':::tip?'])).toEqual(['Ratio 3 ::: 1', ':::tip?']);
  });

  it('leaves no fence in a job read from a Quarto page', async () => {
    const text = [
      '## Experience',
      '',
      '::: {.job}',
      '**Senior Data Scientist**, Kestrel Analytics [2021 -- present]{.dates}',
      '',
      '- Forecasting models in R and Stan.',
      ':::',
    ].join('\n');
    const result = await extractText(text, 'cv.qmd.md');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate])).toEqual([
      ['Kestrel Analytics', 'Senior Data Scientist', '2021'],
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.summary ?? '').not.toContain(':::');
  });
});

describe("a static site's footer", () => {
  const page = (footer: readonly string[]) => ['## Skills', '', '`Rust` `Elixir`', '', ...footer];

  it('reads as nothing below a thematic break when a part of it only a footer writes', () => {
    for (const footer of [
      ['---', '', '© 2023 Ilari Voutilainen · Built with Eleventy · [PDF](/cv.pdf)'],
      [
        '***',
        '',
        'Made with Hugo and the PaperMod theme.',
        '',
        '[RSS](/index.xml) · [Source](https://example.org)',
      ],
      ['___', '', 'Last updated: March 2025 | [Download](/cv.pdf)'],
    ]) {
      const read = readMarkdownSource(page(footer));
      expect(read.slice(0, 3), footer.join(' ')).toEqual(['## Skills', '', '`Rust` `Elixir`']);
      expect(read.slice(4).filter((line) => line.trim() !== '' && !/^[-*_]{3}$/u.test(line))).toEqual([]);
    }
  });

  it('reads as nothing with no break above when the last line opens with a copyright', () => {
    expect(readMarkdownSource(page(['© 2024 Ilari Voutilainen. Powered by Jekyll.'])).at(-1)).toBe('');
  });

  it('leaves a section after a break, a heading’s underline and a plain last line alone', () => {
    const section = page(['---', '', '## Interests', '', 'Built with love: furniture, boats.']);
    expect(readMarkdownSource(section)).toEqual(section);
    const underline = page(['Built with Gatsby', '---']);
    expect(readMarkdownSource(underline)).toEqual(underline);
    const plain = page(['---', '', 'Python, Go and Kubernetes on the side.']);
    expect(readMarkdownSource(plain)).toEqual(plain);
  });

  it('names none of its tools as the person’s technologies', async () => {
    const text = [
      '# Ilari Voutilainen',
      '',
      '## Work',
      '',
      '### Senior Developer — Kuura Labs',
      '*Jan 2021 – present*',
      '- Services in Elixir on PostgreSQL.',
      '',
      '---',
      '',
      '© 2025 Ilari Voutilainen · Built with Gatsby and Netlify',
    ].join('\n');
    const result = await extractText(text, 'cv.md');
    const named = (result.resume.work ?? []).flatMap((work) =>
      (work.positions ?? []).flatMap((p) => p.technologies ?? []),
    );
    const skills = (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect([...named, ...skills]).not.toContain('Gatsby');
    expect([...named, ...skills]).not.toContain('Netlify');
    expect(named).toEqual(['Elixir', 'PostgreSQL']);
  });
});

describe('a career switch headed like a job', () => {
  it('adds no position and lends nothing to the job above it', async () => {
    const text = [
      '## Work',
      '',
      '### Oulu Harbour Authority · Oulu',
      '',
      '**Crane Operator** · *2011 – 2019*',
      '',
      '- Ran the container cranes on the night shift.',
      '',
      '### A year of learning · 2020',
      '',
      'Self-taught TypeScript and React, then a bootcamp.',
      '',
      '### Career change · 2021',
      '',
      'Freelance sites in Svelte.',
    ].join('\n');
    const result = await extractText(text, 'page.md');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate, p.endDate])).toEqual([
      ['Oulu Harbour Authority', 'Crane Operator', '2011', '2019'],
    ]);
    const crane = result.resume.work?.[0]?.positions?.[0];
    expect(crane?.technologies ?? []).toEqual([]);
  });
});

describe('Spanish and Portuguese headings a note or page sets', () => {
  it('names the section each heads', () => {
    const kinds = Object.fromEntries(
      [
        'Historial laboral',
        'Empleos',
        'Prácticas profesionales',
        'Pasantías',
        'Estágios',
        'Lenguajes de programación',
        'Stack tecnológico',
        'Logros',
        'Conquistas',
        'Reconocimientos',
        'Contacto',
        'Enlaces',
        'Otros',
      ].map((heading) => [heading, sectionKind(heading)]),
    );
    expect(kinds).toEqual({
      'Historial laboral': 'experience',
      Empleos: 'experience',
      'Prácticas profesionales': 'experience',
      Pasantías: 'experience',
      Estágios: 'experience',
      'Lenguajes de programación': 'skills',
      'Stack tecnológico': 'skills',
      Logros: 'summary',
      Conquistas: 'summary',
      Reconocimientos: 'other',
      Contacto: 'other',
      Enlaces: 'other',
      Otros: 'other',
    });
    // "Historial académico" is a transcript, no list of jobs.
    expect(sectionKind('Historial académico')).not.toBe('experience');
  });
});

describe('sections that are not jobs', () => {
  it('heads hackathons as projects, conferences as talks, organisations and leadership as asides', () => {
    expect(sectionKind('Hackathons')).toBe('projects');
    expect(sectionKind('Conferences')).toBe('publications');
    expect(sectionKind('Conferencias')).toBe('publications');
    for (const heading of [
      'Organizations',
      'Student Organizations',
      'Clubs & Societies',
      'Liderazgo',
      'Meetups',
    ]) {
      expect(sectionKind(heading), heading).toBe('other');
    }
  });

  it('reads no position from their entries headed and dated like jobs', async () => {
    const text = [
      '## Experience',
      '',
      '### Backend Engineer — Tallgrass Freight',
      '*Denver, CO · Mar 2021 – present*',
      '- Pricing services in Go.',
      '',
      '## Hackathons',
      '',
      '### Runner-up — Front Range Hack 2022',
      '*Nov 2022*',
      '- A wildfire-smoke alert bot in Python.',
      '',
      '## Organizations',
      '',
      '### Treasurer — Society of Women Engineers, Colorado School of Mines',
      '*Aug 2015 – May 2016*',
      '',
      '## Conferences',
      '',
      '### Speaker — GopherCon 2023',
      '*Jul 2023*',
    ].join('\n');
    const result = await extractText(text, 'resume.md');
    expect(positions(result).map((p) => [p.company, p.title, p.startDate])).toEqual([
      ['Tallgrass Freight', 'Backend Engineer', '2021-03'],
    ]);
    expect((result.resume.projects ?? []).flatMap((project) => project.technologies ?? [])).toEqual([
      'Python',
    ]);
  });
});

describe('the rules on long lines', () => {
  it('read lines of 20,000 blanks or tags with an answer, not a backtracking search', () => {
    const blanks = ' '.repeat(20_000);
    // The type after the blanks, the title after the next run of them.
    expect(readMarkdownSource([`:::${blanks}tip${blanks}?`])).toEqual(['?']);
    expect(readMarkdownSource([`${'#tag '.repeat(10_000)}word`])).toEqual([`${'#tag '.repeat(10_000)}word`]);
    expect(TEAM_WORD.test(`División${blanks}x`)).toBe(true);
    expect(TEAM_WORD.test(`Departamento${blanks}Nacional`)).toBe(false);
  });
});
