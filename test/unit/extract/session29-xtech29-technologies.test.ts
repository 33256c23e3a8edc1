import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, seedCatalogue } from './extract-text.js';

/**
 * Session 29 (xtech29): technology matching families unseen-20 showed wrong, each written here with made-up people,
 * employers and wording, so the answer is known: a word the catalogue flags as ordinary standing as a job title's
 * role or inside a name in title case, the employer's own business platform, a public product's API, and lists after
 * a skills list that name no skills.
 */

/** Each position's title and technologies, in document order. */
function positions(result: ExtractionResult): [string | undefined, string[]][] {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map(
      (position) => [position.position, position.technologies ?? []] as [string | undefined, string[]],
    ),
  );
}

/** Every skills keyword of the résumé. */
function keywords(result: ExtractionResult): string[] {
  return (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);
}

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => mention.technologyId);

describe("a word the catalogue flags as ordinary is no technology where it is a title's role", () => {
  // A rank before the role ("Executive", "Head", "Sous") is no other role noun that would make Chef the title's field.
  it.each(['Head Chef', 'Executive Chef', 'Sous Chef'])(
    'reads %j and "Chef de Cuisine" as a cook\'s titles, and Chef the tool elsewhere',
    async (chef) => {
      const result = await extractText(
        [
          'Marama Ngata',
          'marama@example.org',
          '',
          'Experience',
          '',
          'Infrastructure Engineer, Tidewater Freight, 2021 – present',
          '- Server configuration in Chef and Terraform.',
          '',
          `${chef}, The Cellar Door, 2014 – 2020`,
          '- Menus for 200 covers; stock counts in Excel.',
          '',
          'Chef de Cuisine, Harbourside Bistro, 2010 – 2014',
          '- Ran the pass.',
          '',
          'Skills',
          'Chef, Terraform, Excel',
        ].join('\n'),
      );
      expect(positions(result)).toEqual([
        ['Infrastructure Engineer', ['Chef', 'Terraform']],
        [chef, ['Excel']],
        ['Chef de Cuisine', []],
      ]);
    },
  );

  it.each([
    ['Backend Engineer (Go), Northbeam, 2020 – present', 'Backend Engineer (Go)'],
    ['Développeur Go, Dunmore Conseil, 2016 – 2020', 'Développeur Go'],
  ])('keeps the technology a title names beside its own role noun (%j)', async (header, title) => {
    const result = await extractText(
      ['Ari Lindqvist', '', 'Experience', '', header, '- Payment services.'].join('\n'),
    );
    expect(positions(result)).toEqual([[title, ['Go']]]);
  });
});

describe('a flagged word inside a name in title case, or written in lower case as prose writes it', () => {
  it.each([
    ['Runner-up at Hack the Harbour 2023 with a tide-chart app.', 'hack'],
    ['Grill and fish sections, 90 covers a night.', 'fish'],
  ])('finds no technology in %j', async (text, id) => {
    expect(await found(text)).not.toContain(id);
  });

  it('still reads the lower-case name listed beside another technology', async () => {
    expect(await found('Front-end builds with gulp and webpack.')).toEqual(['gulp', 'webpack']);
  });
});

describe("the employer's own business platform", () => {
  it('is no technology at its vendor, but a technology used at another employer', async () => {
    const result = await extractText(
      [
        'Niamh Carberry',
        '',
        'Experience',
        '',
        'Developer, SAP SE, 2020 – present',
        '- Posting rules for SAP S/4HANA Finance in ABAP.',
        '',
        'Integration Analyst, Corrib Foods, 2016 – 2020',
        '- Order interfaces from SAP S/4HANA to the depots.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      ['Developer', ['ABAP']],
      ['Integration Analyst', ['SAP S/4HANA']],
    ]);
  });
});

describe("a public product's API named in a position", () => {
  it('is a technology named with its "API", unless it is the employer\'s own or all ordinary words', async () => {
    const result = await extractText(
      [
        'Tomasz Wierzbicki',
        '',
        'Experience',
        '',
        'Backend Developer, Halyard Logistics, 2019 – present',
        '- Parcel labels through the InPost ShipX API; fuel prices from the Orlen Paliwa API.',
        '- Moved the Public API and the Halyard Logistics API to Kotlin.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      ['Backend Developer', ['InPost ShipX API', 'Orlen Paliwa API', 'Kotlin']],
    ]);
  });
});

describe('lines around a skills list that name no skills', () => {
  it('drops roles held, buttons, the build line and fields in title case, keeping the products', async () => {
    const result = await extractText(
      [
        '# Ilse Vermeulen',
        '',
        '## Experience',
        '',
        '### Data Engineer — Noordzee Energie',
        '*2019 – present*',
        '',
        '- Pipelines in Python.',
        '',
        '## Skills',
        '',
        'Python · Dagster · Distributed Systems · Software Architecture · After Effects',
        '',
        'Organizer of PyLadies Utrecht · Speaker at DataDays NL · Download as PDF',
        '',
        '*Generated with Jekyll and the Minima theme*',
      ].join('\n'),
      'resume.md',
    );
    expect(keywords(result)).toEqual(['Python', 'Dagster', 'After Effects']);
  });
});

describe('names at the start of a sentence or a clause', () => {
  it.each([
    ['C# services for the claims desk, on SQL Server.', ['csharp', 'sql-server']],
    ['F# scripts price the options book.', ['fsharp']],
    ['Kept the ledger in Java; Oracle stored procedures for the month end.', ['java', 'oracle-database']],
    ['Built the portal in Java; Angular front end for the agents.', ['java', 'angular']],
  ])('finds the technologies of %j', async (text, ids) => {
    expect(await found(text)).toEqual(ids);
  });

  it.each([
    'Planned the rota for twelve staff; Spring schedules were the busiest of the year.',
    'Cleaned the kitchen; Express deliveries arrived each morning.',
    'Trained the new hires; Swift service kept the queue short.',
    'Dressed the windows of the store; Ruby red displays sold the season.',
  ])('reads an ordinary word capitalised after a semicolon as the word: %j', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('reads a capitalised word after a semicolon as a word when no noun follows', async () => {
    expect(await found('Planned the cutover; Go to market in March.')).toEqual([]);
  });
});
