import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry as entry } from './constructed-catalogue.js';

/**
 * Session 25: a name written as one word ("NoSQL", "GraphDB") read across a space only where the words keep its
 * letter case, so a short word of another language before a name ("no SQL Server", "en SQL") is no part of it; on a
 * catalogue built here (invented texts).
 */
const technologies = new CatalogueIndex<TechnologyEntry>([
  entry('nosql', 'NoSQL', [], { category: 'database' }),
  entry('sql', 'SQL', [], { category: 'language' }),
  entry('sql-server', 'SQL Server', [], { category: 'database' }),
  entry('nodejs', 'Node.js', ['NodeJS'], { category: 'framework' }),
  entry('redis', 'Redis', [], { category: 'database' }),
  entry('graphdb', 'GraphDB', [], { category: 'database' }),
  entry('db2', 'Db2', [], { category: 'database' }),
]);
const matcher = createMentionMatcher(technologies);
const found = (text: string) => matcher.find(text).map((mention) => [mention.text, mention.technologyId]);

describe('a one-word name read across a space keeps its letter case', () => {
  it.each([
    [
      'Portuguese "no" (in the)',
      'Construí o armazém no SQL Server e no Redis.',
      [
        ['SQL Server', 'sql-server'],
        ['Redis', 'redis'],
      ],
    ],
    [
      'Spanish "no" before a name',
      'Migramos todo no SQL Server, con Redis.',
      [
        ['SQL Server', 'sql-server'],
        ['Redis', 'redis'],
      ],
    ],
    ['a lower-case word before capitals', 'Graph queries went from graph DB to Redis.', [['Redis', 'redis']]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    [
      'all in lower case',
      'Services on node js and Redis.',
      [
        ['node js', 'nodejs'],
        ['Redis', 'redis'],
      ],
    ],
    [
      'the first word capitalised',
      'Backend in Node js, Redis.',
      [
        ['Node js', 'nodejs'],
        ['Redis', 'redis'],
      ],
    ],
    [
      'as the catalogue writes it',
      'Stores: NoSQL, Redis.',
      [
        ['NoSQL', 'nosql'],
        ['Redis', 'redis'],
      ],
    ],
    [
      'in capitals, split',
      'Queries on GRAPH DB and Redis.',
      [
        ['GRAPH DB', 'graphdb'],
        ['Redis', 'redis'],
      ],
    ],
  ])('still the name %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a list item ends at a sentence', () => {
  const listed = new CatalogueIndex<TechnologyEntry>([
    entry('queue', 'Quorum MQ', [], { category: 'messaging' }),
    entry('rdbms', 'Oracle Database', ['Oracle'], { category: 'database', ambiguousAliases: ['Oracle'] }),
  ]);
  const names = (text: string) =>
    createMentionMatcher(listed)
      .find(text)
      .map((mention) => mention.technologyId);

  it('a name written in another case is an item of its own before a full stop', () => {
    expect(names('Payments over Quorum MQ; Oracle database. Card portal for the bank.')).toEqual([
      'queue',
      'rdbms',
    ]);
  });
});

describe('a conjunction of any language lists two names in prose, at a sentence start too', () => {
  const words = new CatalogueIndex<TechnologyEntry>([
    entry('go', 'Go', ['Golang'], { category: 'language', ambiguous: true }),
    entry('swift', 'Swift', [], { category: 'language', ambiguous: true }),
    entry('rust', 'Rust', [], { category: 'language', ambiguous: true }),
    entry('csharp', 'C#', [], { category: 'language' }),
  ]);
  const names = (text: string) =>
    createMentionMatcher(words)
      .find(text)
      .map((mention) => mention.technologyId);

  it.each([
    ['German "und"', 'Go und Rust für die Dienste.', ['go', 'rust']],
    ['Turkish "ve"', 'Go ve Rust ile servisler.', ['go', 'rust']],
    ['Spanish "y"', 'Go y C# para la tienda.', ['go', 'csharp']],
    ['Swedish "och"', 'Swift och Rust i apparna.', ['swift', 'rust']],
    ['Vietnamese "và"', 'Go và Rust cho dịch vụ.', ['go', 'rust']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a conjunction that is also an article or a preposition lists nothing in prose', () => {
  const payments = new CatalogueIndex<TechnologyEntry>([
    entry('paylane', 'Paylane', [], { category: 'platform' }),
    entry('striper', 'Striper API', ['Striper'], {
      category: 'platform',
      ambiguousAliases: ['Striper'],
      properNames: ['Striper'],
    }),
  ]);
  const names = (text: string) =>
    createMentionMatcher(payments)
      .find(text)
      .map((mention) => mention.technologyId);

  it('"(a Striper company)" names the owner, no second technology', () => {
    expect(names('Paylane (a Striper company), Lagos')).toEqual(['paylane']);
  });

  it('a list with a conjunction still names both', () => {
    expect(names('Payouts through Paylane and Striper.')).toEqual(['paylane', 'striper']);
  });
});
