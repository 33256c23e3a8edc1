import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, seedCatalogue } from './extract-text.js';

/**
 * Session 30 (xtech30): technology matching families unseen-21 showed wrong, each written here with made-up people,
 * employers and wording, so the answer is known: names inflected in Finnish, a compound's hyphen kept before a
 * conjunction, a name standing alone between semicolons, a Toptal profile's skills labels.
 */

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

/** Every skills group as "name: keywords". */
function groups(result: ExtractionResult): string[] {
  return (result.resume.skills ?? []).map((group) => `${group.name}: ${(group.keywords ?? []).join(', ')}`);
}

describe('a name inflected in Finnish is the name as spelled before its ending', () => {
  it('reads the local cases, the genitive and a name of several words', async () => {
    expect(await found('Maksupalvelu Kotlinilla ja Spring Bootilla, viestit Kafkan kautta.')).toEqual([
      'kotlin=Kotlin',
      'spring=Spring Boot',
      'kafka=Kafka',
    ]);
    expect(await found('Siirsin eräajot Pythonista Gradleen ja testit Cypressillä.')).toEqual([
      'python=Python',
      'gradle=Gradle',
      'cypress=Cypress',
    ]);
  });

  it('takes the "i" a name ending in a consonant takes before the ending', async () => {
    expect(await found('Käyttöliittymät Reactilla ja TypeScriptillä, tietokanta PostgreSQL:ssä.')).toEqual([
      'react=React',
      'typescript=TypeScript',
      'postgresql=PostgreSQL',
    ]);
  });

  it('reads no ending in a text that is not Finnish, nor a Finnish word as a misspelt name', async () => {
    expect(await found('Perlin noise for the terrain, written in Unity.')).toEqual(['unity=Unity']);
    expect(await found('Testit ajettiin Jenkinsissä')).toEqual(['jenkins=Jenkins']);
  });

  it('leaves a word whose stem is written in lower case', async () => {
    expect(await found('Tiimi antaa palautetta ja kehittää javalla')).toEqual([]);
  });
});

describe("a compound's hyphen before a conjunction shares the noun with the next name", () => {
  it('lists the name before the hyphen with the next', async () => {
    expect(await found('React- ja React Native -sovelluksia vakuutusyhtiölle.')).toEqual([
      'react=React',
      'react-native=React Native',
    ]);
    expect(await found('Swift- und Kotlin-Entwicklung für Banken')).toEqual(['swift=Swift', 'kotlin=Kotlin']);
  });

  it('lists nothing where no conjunction follows the hyphen', async () => {
    expect(await found('React- Spiel')).toEqual([]);
  });
});

describe('a name the catalogue flags as ordinary, alone between semicolons, is an item of a list', () => {
  it('reads it between semicolons and before the sentence end', async () => {
    expect(
      await found('Level scripting in C++ on the studio engine; Perforce; crash triage every week.'),
    ).toEqual(['cpp=C++', 'perforce=Perforce']);
  });

  it('leaves it where the clause goes on', async () => {
    expect(await found('Tickets closed weekly; Perforce told us otherwise.')).toEqual([]);
  });
});

describe("a Toptal profile's skills", () => {
  const profile = [
    'Wiremu Tautahi',
    'Hamilton, New Zealand',
    '',
    'Preferred Environment',
    'Go, GoLand, macOS, Slack',
    '',
    'Work Experience',
    '',
    'Backend Engineer',
    '2020 - PRESENT',
    'Kauri Freight',
    '- Built the dispatch API in Go on PostgreSQL.',
    '',
    'Skills',
    '',
    'Paradigms',
    'REST, Event Sourcing',
    '',
    'Tools',
    'GoLand, Git',
  ].join('\n');

  it('reads "Preferred Environment" as a skills group and "Paradigms" as a label, not a keyword', async () => {
    const result = await extractText(profile);
    const named = groups(result);
    expect(named).toContain('Preferred Environment: Go, GoLand, macOS, Slack');
    expect(named.find((group) => group.startsWith('Paradigms:'))).toMatch(/^Paradigms: REST\b/u);
    expect(named.join('\n')).not.toMatch(/: .*\bParadigms\b/u);
  });
});

describe('a name of common words with an acronym, written in title case', () => {
  it('is the name mid-sentence ("Rest Assured" for REST Assured)', async () => {
    expect(await found('Checked the quoting APIs with Rest Assured before each release.')).toEqual([
      'rest-assured=Rest Assured',
    ]);
  });

  it('is no name in lower case or at a sentence start before lower case', async () => {
    expect(await found('You may rest assured the quotes are right.')).toEqual([]);
    expect(await found('Rest assured, the quotes are right.')).toEqual([]);
  });
});

describe('German and Swedish, which write ä and ö too, are read as before', () => {
  it('keeps a misspelt name in a German list and reads no Finnish ending', async () => {
    expect(await found('Erfahrung mit Kubernets, Docker und Jenkins für Bänke')).toContain(
      'kubernetes=Kubernets',
    );
    expect(await found('Arbeit mit Dockern für Länder')).toEqual([]);
  });
});
