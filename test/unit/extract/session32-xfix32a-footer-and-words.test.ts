import { describe, expect, it } from 'vitest';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 32 (xfix32a): what audit32a found in the Markdown footer rule and its neighbours. Invented people and
 * employers.
 */

describe("a Markdown résumé's last entry below a thematic break", () => {
  it('keeps a last job whose list items open as a footer might ("Built from", "Updated")', async () => {
    for (const item of [
      '* Built from scratch a billing service in Go.',
      '* Updated the React front end to v18.',
    ]) {
      const text = [
        '## Experience',
        '',
        '**Data Engineer**, Quorvel Analytics | Mar 2019 – Jan 2022',
        '* Pipelines in Python on Airflow.',
        '',
        '---',
        '',
        '**Backend Developer**, Pinecrest Labs | Feb 2022 – Present',
        item,
        '* Deployed on Kubernetes.',
      ].join('\n');
      const read = readMarkdownSource(text.split('\n'));
      expect(read.slice(-3), item).toEqual(text.split('\n').slice(-3));
      const result = await extractText(text, 'cv.md');
      expect(
        positions(result).map((p) => p.company),
        item,
      ).toEqual(['Quorvel Analytics', 'Pinecrest Labs']);
    }
  });

  it('keeps a last line of a paragraph or a project opening with "Built on" or "Created using"', () => {
    for (const tail of [
      [
        '**Platform Engineer**, Marrowind Data | 2021 – Present',
        '',
        'Built on AWS a lakehouse with Spark and Delta Lake.',
      ],
      ['**Flutter Delivery App** · 2023', 'Created using Flutter and Firebase for a local bakery.'],
      ['- Built with Rust: a tiling window manager.'],
      ['1. Made with Unity, a puzzle game for Android.'],
    ]) {
      const page = [
        '## Projects',
        '',
        '**Weather Kiosk** · 2022',
        'A Raspberry Pi display.',
        '',
        '---',
        '',
        ...tail,
      ];
      expect(readMarkdownSource(page), tail.join(' ')).toEqual(page);
    }
  });

  it('keeps a last line opening with a copyright when it is a list item', () => {
    const page = ['## Publications', '', '- © 2021 IEEE: Sparse sensing for tidal flats.'];
    expect(readMarkdownSource(page)).toEqual(page);
  });

  it('still reads as nothing a footer every part of which is a footer’s or links', () => {
    const page = [
      '## Skills',
      '',
      'Go, Rust',
      '',
      '---',
      '',
      'Copyright 2025 Tarja Holmström | Updated on 2025-02-01',
      '[PDF](/cv.pdf) · [Source](https://example.org/cv)',
    ];
    expect(readMarkdownSource(page)).toEqual([...page.slice(0, 6), '', '']);
    // Links alone below a break are no footer.
    const links = [...page.slice(0, 6), '[PDF](/cv.pdf) · [Source](https://example.org/cv)'];
    expect(readMarkdownSource(links)).toEqual(links);
  });
});

describe('"Title en/na X Y" where X is an abstract noun of a trade', () => {
  it('reads the field as the title’s, no employer ("Mantenimiento Industrial", "Infraestructura Tecnológica")', async () => {
    for (const [heading, dates, place, title] of [
      [
        '### Técnico en Mantenimiento Industrial',
        '**2018 – 2021** · Arequipa',
        'Arequipa',
        'Técnico en Mantenimiento Industrial',
      ],
      [
        '### Coordinador en Infraestructura Tecnológica',
        '**2016 – 2019** · Cuenca',
        'Cuenca',
        'Coordinador en Infraestructura Tecnológica',
      ],
    ]) {
      const text = ['## Experiencia', '', heading, dates, '- Planes preventivos en SAP.'].join('\n');
      const found = positions(await extractText(text, 'cv.md')).map((p) => [p.company, p.title]);
      expect(found, heading).toEqual([[place, title]]);
    }
  });

  it('still reads a name and its trade’s word as the employer', async () => {
    const text = [
      '## Experiência',
      '',
      '### Analista de Dados na Ipanema Logística',
      '**2019 – 2022** · Niterói',
    ];
    const found = positions(await extractText(text.join('\n'), 'cv.md')).map((p) => [p.company, p.title]);
    expect(found).toEqual([['Ipanema Logística', 'Analista de Dados']]);
  });
});

describe('"Actividades profesionales"', () => {
  it('heads the jobs, while "Actividades" alone are other things', () => {
    expect(sectionKind('Actividades profesionales')).toBe('experience');
    expect(sectionKind('ACTIVIDAD PROFESIONAL')).toBe('experience');
    expect(sectionKind('Actividades')).toBe('other');
  });
});

describe("a skills section's line of tags", () => {
  const page = [
    '## Skills',
    '',
    '#python #django #postgresql',
    '',
    '### Cloud',
    '',
    '#aws #terraform',
    '',
    '## Interests',
    '',
    '#sailing #chess',
    '',
    'Sailing.',
  ];

  it('reads as the names it tags inside a skills section, its subsections included, and as nothing elsewhere', () => {
    const read = readMarkdownSource(page);
    expect(read[2]).toBe('python, django, postgresql');
    expect(read[6]).toBe('aws, terraform');
    expect(read[10]).toBe('');
  });

  it('reads as nothing when it closes the page, as a note’s tags do', () => {
    expect(readMarkdownSource(['## Skills', '', 'Go, Rust', '', '#cv #backend']).at(-1)).toBe('');
  });

  it('gives the tagged names as the skills', async () => {
    const result = await extractText(
      ['## Skills', '', '#python #django', '', 'Docker, Kubernetes'].join('\n'),
      'cv.md',
    );
    const keywords = (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
    expect(keywords.map((name) => name.toLowerCase())).toEqual(['python', 'django', 'docker', 'kubernetes']);
  });
});
