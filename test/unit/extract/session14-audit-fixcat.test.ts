import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError } from '../../../src/catalogue/catalogue-error.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { extractText, positions, technologiesByPosition } from './extract-text.js';

/**
 * Session 14's audit: catalogue spellings added in session 14 that are also ordinary words or names
 * (the towns Oban and Scio, EDI for equality, diversity and inclusion, an axe) read as technologies
 * in the prose of an ordinary English résumé. In a skills list beside other technologies they still count.
 */
const resume = (...lines: string[]) =>
  [
    'Dana Price',
    '',
    'EXPERIENCE',
    '',
    '**Regional Manager**, Acme Corp — Jan 2018 – Dec 2020',
    ...lines,
  ].join('\n');

const acmePosition = {
  company: 'Acme Corp',
  title: 'Regional Manager',
  startDate: '2018-01',
  endDate: '2020-12',
  current: undefined,
};

describe('fixcat: towns, committees and tools of the woodshed are no technologies in prose', () => {
  it.each([
    '- Opened the Oban branch and hired four staff.',
    '- Scio and Oban distribution centres.',
    '- Sat on the EDI committee.',
    '- Led the EDI (equality, diversity and inclusion) working group.',
    '- Took an axe to the legacy test suite and halved CI time.',
  ])('%s names no technology', async (line) => {
    const result = await extractText(resume(line), 'resume.md');
    expect(positions(result)).toEqual([acmePosition]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Acme Corp', title: 'Regional Manager', technologies: [] },
    ]);
  });

  it('still reads Oban and EDI in a skills list, and the list vouches for them in prose', async () => {
    const result = await extractText(
      resume(
        '- Moved the nightly invoice jobs to Oban.',
        '- Automated the EDI exchanges with suppliers.',
        '',
        'SKILLS',
        '',
        'Skills: Elixir, Oban, Phoenix',
        'Integration: EDI, SAP',
      ),
      'resume.md',
    );
    expect(positions(result)).toEqual([acmePosition]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Acme Corp', title: 'Regional Manager', technologies: ['Oban', 'EDI'] },
    ]);
    expect(result.resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual([
      'Elixir',
      'Oban',
      'Phoenix',
      'EDI',
      'SAP',
    ]);
  });

  it('reads Scio and Oban listed beside another technology, and axe-core by its own name, in prose', async () => {
    const result = await extractText(
      resume(
        '- Ported the event pipeline from Scio and Apache Beam to Flink.',
        '- Background jobs in Elixir with Oban.',
        '- Accessibility audits with axe-core and Playwright.',
      ),
      'resume.md',
    );
    expect(positions(result)).toEqual([acmePosition]);
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Acme Corp',
        title: 'Regional Manager',
        technologies: ['Scio', 'Apache Beam', 'Flink', 'Elixir', 'Oban', 'axe-core', 'Playwright'],
      },
    ]);
  });
});

describe('fixcat: a catalogue spelling that is also a name (properNames)', () => {
  /** Built here: Oban marked as a name, Mongo only ambiguous, Elixir plain. */
  const matcher = createMentionMatcher(
    new CatalogueIndex<TechnologyEntry>([
      { id: 'elixir', name: 'Elixir', category: 'language', aliases: [] },
      {
        id: 'oban',
        name: 'Oban',
        category: 'library',
        aliases: [],
        ambiguous: true,
        properNames: ['Oban'],
      },
      { id: 'mongo', name: 'Mongo', category: 'database', aliases: [], ambiguous: true },
    ]),
  );
  const ids = (text: string, vouched?: Set<string>) =>
    matcher.find(text, vouched ? { vouched } : {}).map((mention) => [mention.technologyId, mention.text]);

  it('needs a listed technology or a vouching skills list, where an ambiguous word needs only its case', () => {
    expect(ids('Opened the Oban branch.')).toEqual([]);
    expect(ids('Stored the orders in Mongo.')).toEqual([['mongo', 'Mongo']]);
    expect(ids('Background jobs in Elixir with Oban.')).toEqual([
      ['elixir', 'Elixir'],
      ['oban', 'Oban'],
    ]);
    expect(ids('Moved the nightly jobs to Oban.', new Set(['oban']))).toEqual([['oban', 'Oban']]);
  });

  it('rejects a properNames spelling that is neither the name nor an alias of its entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'career-graph-catalogue-'));
    await writeFile(
      join(dir, 'technologies.json'),
      JSON.stringify([
        {
          id: 'oban',
          name: 'Oban',
          category: 'library',
          aliases: [],
          ambiguous: true,
          properNames: ['Obant'],
        },
      ]),
    );
    await writeFile(join(dir, 'companies.json'), '[]');
    const error = await loadCatalogue(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueError);
    expect(
      (error as CatalogueError).issues.map(({ path, found, expected }) => ({ path, found, expected })),
    ).toEqual([
      {
        path: '[0].properNames[0]',
        found: '"Obant"',
        expected: 'the name or one of the aliases of this entry',
      },
    ]);
  });
});
