import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { createMentionMatcher, type MentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { holdsContact, withoutContact } from '../../../src/extract/preamble.js';
import { extractText, seedCatalogue } from './extract-text.js';

/**
 * Session 33 (audit33f): a skills line is contact details only when, with its e-mail, phone and web address cut out,
 * it names no catalogued technology; digit groups that are all years are no phone number; the e-mail pattern is
 * bounded; Turkish and Vietnamese levels of two words; Apple's Quartz names and MFC in prose. Invented people.
 */

const resume = (skills: string[], fileName = 'resume.txt') =>
  extractText(
    [
      'Ysolde Marrantine',
      'Bristol, UK',
      '',
      'Experience',
      'Engineer, Quillmore Labs, Jan 2020 - Mar 2023',
      '- Maintained the billing service in Go.',
      '',
      'Skills',
      ...skills,
    ].join('\n'),
    fileName,
  );

const keywords = async (skills: string[], fileName?: string) =>
  ((await resume(skills, fileName)).resume.skills ?? []).flatMap((group) => group.keywords ?? []);

describe('withoutContact', () => {
  it.each([
    ['an e-mail', 'Leeds | orla.venn@example.org', 'Leeds |  '],
    ['a phone number', 'Leeds · 0917 555 2207', 'Leeds ·  '],
    ['a web address', 'Portfolio: www.orlavenn.design', 'Portfolio:  '],
  ])('cuts out %s', (_, text, rest) => {
    expect(withoutContact(text)).toBe(rest);
  });

  it.each([
    ['years in a row', 'SQL Server 2014 2016 2019'],
    ['years after a name', 'Visual Studio 2017 2019 2022'],
    ['no contact at all', 'Go, Kafka, Zorbleet'],
  ])('finds none in %s', (_, text) => {
    expect(withoutContact(text)).toBeNull();
  });

  it('reads a day written with dots as a number still (only all-year groups are no phone)', () => {
    expect(holdsContact('since 2019.05.12')).toBe(true);
  });

  it('finishes on a token of 40,000 letters with no "@", and finds an address after it', () => {
    const token = 'a'.repeat(40_000);
    expect(holdsContact(`Go ${token} tools`)).toBe(false);
    expect(holdsContact(`${token}.b`.repeat(2))).toBe(false);
    expect(withoutContact(`${token} orla@example.org`)).toBe(`${token}  `);
  });

  it('takes no address whose part before the "@" is longer than 64 characters', () => {
    expect(holdsContact(`${'b'.repeat(65)}@example.org`)).toBe(false);
    expect(holdsContact(`${'b'.repeat(64)}@example.org`)).toBe(true);
  });
});

describe('a skills line with a year, a number or a link in it keeps its names', () => {
  it.each([
    ['years after a name', 'Databases: SQL Server 2014 2016 2019, PostgreSQL', ['SQL Server', 'PostgreSQL']],
    [
      'API levels in brackets',
      'Mobile: Android (API 21 24 28 33), Kotlin',
      ['Android', 'API 21 24 28 33', 'Kotlin'],
    ],
    [
      'a portfolio address',
      'Design: Figma, Sketch, Adobe XD (portfolio: www.ysolde.design)',
      ['Figma', 'Sketch', 'Adobe XD'],
    ],
    ['a dated label', 'Tools (2019.05.12 to date): Jira, Confluence', ['Jira', 'Confluence']],
  ])('%s', async (_, line, expected) => {
    expect(await keywords([line])).toEqual(expected);
  });

  it('a Markdown link to a repository', async () => {
    const line = '- Web: Axum, Zorbleet ([github.com/ysolde/zorbleet](https://github.com/ysolde/zorbleet))';
    expect(await keywords([line], 'resume.md')).toEqual(['Axum', 'Zorbleet']);
  });

  it('a contact line that names no technology is still left out', async () => {
    expect(
      await keywords(['Go, Kafka', '', 'Orla Venn', 'Leeds · +44 7700 900431 · orla.venn@example.org']),
    ).toEqual(['Go', 'Kafka']);
  });
});

describe('levels of two words in Turkish and Vietnamese', () => {
  it.each([
    ['after a name', ['Kotlin – ileri düzey', 'Swift – cơ bản', 'Go – nâng cao']],
    ['on lines of their own', ['Kotlin', 'ileri düzey', 'Swift', 'cơ bản', 'Go', 'nâng cao']],
  ])('%s are no skills', async (_, skills) => {
    expect(await keywords(skills)).toEqual(['Kotlin', 'Swift', 'Go']);
  });
});

describe('Quartz and MFC', () => {
  let catalogue: Catalogue;
  let matcher: MentionMatcher;
  beforeAll(async () => {
    catalogue = await seedCatalogue();
    matcher = createMentionMatcher(catalogue.technologies);
  });
  const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);

  it("Apple's Quartz 2D and Quartz Composer are no scheduler and no PHP Composer", () => {
    expect(ids('Graphics: Core Animation, Quartz 2D, Metal')).not.toContain('quartz-scheduler');
    expect(ids('Built visualisations with Quartz Composer and Core Image.')).toEqual(['quartz-composer']);
    expect(ids('Drew the charts with Quartz 2D.')).toEqual(['quartz-2d']);
  });

  it('Quartz alone beside another technology is still the scheduler', () => {
    expect(ids('Replaced a hand-written scheduler with Quartz and Spring Boot.')).toContain(
      'quartz-scheduler',
    );
  });

  it('MFC alone in prose is a mass flow controller; beside another technology, the C++ classes', () => {
    expect(ids('Calibrated the MFC on each etch chamber.')).toEqual([]);
    expect(ids('Ported the lab tool from MFC to Qt.')).toEqual(['mfc', 'qt']);
  });
});

describe('a sentence with a link under the list', () => {
  it('is left out though it names a technology in passing', async () => {
    const note = 'The newest copy of this page sits in a GitHub repository; see github.com/orlavenn/cv.';
    expect(await keywords(['Go, Kafka', '', note], 'resume.md')).toEqual(['Go', 'Kafka']);
  });
});
