import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { continuedText } from '../../../src/extract/continued.js';
import type { PositionDraft } from '../../../src/extract/experience.js';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { withoutTitleRoles } from '../../../src/extract/listed-technologies.js';
import type { LocatedMention } from '../../../src/extract/located.js';
import { findDegree, titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, rolesUnderHead, seedCatalogue } from './extract-text.js';

/**
 * Session 29 audit (part B): a technical skill ending in "Administration" is kept, a title that puts its role noun
 * first keeps the technology after it. Made-up people and employers, so the answer is known.
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

describe('administering a system is technical work, no field', () => {
  it('keeps "System Administration" and "Database Administration" beside named tools', async () => {
    const result = await extractText(
      [
        'Tomasz Brzęczek',
        '',
        'Skills',
        'PostgreSQL · Database Administration · System Administration · Software Architecture · Ansible',
      ].join('\n'),
    );
    expect(keywords(result)).toEqual([
      'PostgreSQL',
      'Database Administration',
      'System Administration',
      'Ansible',
    ]);
  });
});

describe('a title whose role noun comes first keeps the technology after it', () => {
  it.each([
    ['Développeur Swift, Atelier Numérique Brest, 2019 – 2023', 'Développeur Swift', 'Swift'],
    ['Desarrollador Ruby, Cañada Software, 2018 – 2022', 'Desarrollador Ruby', 'Ruby'],
    ['Ingénieur Rust, Lumen Systèmes, 2021 – 2024', 'Ingénieur Rust', 'Rust'],
    ['Programador Go, Vértice Pagos, 2017 – 2021', 'Programador Go', 'Go'],
  ])('%j', async (header, title, technology) => {
    const result = await extractText(
      ['Ilse Varga', '', 'Experience', '', header, '- Payment services.'].join('\n'),
    );
    expect(positions(result)).toEqual([[title, [technology]]]);
  });
});

describe('withoutTitleRoles keeps the technology a role noun before it qualifies', () => {
  it.each([
    ['Développeur Swift', 'Swift'],
    ['Desarrollador Ruby', 'Ruby'],
    ['Entwickler Flutter', 'Flutter'],
    ['Ingénieur Rust', 'Rust'],
    ['Programador Go', 'Go'],
  ])('%j keeps %s', async (title, written) => {
    const catalogue = await seedCatalogue();
    const entry = catalogue.technologies.find(written);
    expect(entry).toBeDefined();
    const at = title.indexOf(written);
    const mention: LocatedMention = {
      value: written,
      technologyId: entry?.id ?? '',
      fuzzy: false,
      line: 1,
      endLine: 1,
      column: at,
      endColumn: at + written.length,
      confidence: 0.8,
    };
    const mentions = new Map([[1, [mention]]]);
    const position = {
      title: { value: title, line: 1, endLine: 1, column: 0, endColumn: title.length, confidence: 0.9 },
    } as PositionDraft;
    withoutTitleRoles(mentions, [position], catalogue);
    expect(mentions.get(1)?.map((kept) => kept.value)).toEqual([written]);
  });
});

describe("Cloudera's platform", () => {
  it('is found by its product names and by the vendor name the golds read as the platform', async () => {
    const { technologies } = await seedCatalogue();
    const found = (text: string) =>
      createMentionMatcher(technologies)
        .find(text)
        .map((mention) => mention.technologyId);
    expect(found('Batch jobs on a Cloudera cluster of 40 nodes.')).toEqual(['cloudera-cdh']);
    expect(found('Migrated the lake from CDH 5 to Cloudera Data Platform.')).toEqual([
      'cloudera-cdh',
      'cloudera-cdh',
    ]);
  });
});

describe('a continuation mark is looked for on a short line only', () => {
  it('reads a short repeated heading, and no mark at the end of a long line', () => {
    expect(continuedText('Professional Experience (continued)')).toBe('Professional Experience');
    expect(continuedText(`Experience${'\t'.repeat(20000)}(continued)`)).toBeNull();
    expect(continuedText(`${'word '.repeat(40)}(continued)`)).toBeNull();
  });
});

describe('summer and student jobs in brackets, one list of them', () => {
  it.each([
    ['Vendeur (jobs d’été)', 'Vendeur'],
    ['Serveuse (saisonnière)', 'Serveuse'],
    ['Technicien (job étudiant)', 'Technicien'],
    ['Lagerhelfer (Sommerjob)', 'Lagerhelfer'],
    ['Camarero (trabajo de verano)', 'Camarero'],
  ])('"%s" is held as "%s"', async (written, title) => {
    const rows = await rolesUnderHead(`${written} – Brisa Hostelería SL, Cádiz    Jun 2019 – Sep 2019`);
    expect(rows).toEqual([['Brisa Hostelería SL', title, '2019-06', '2019-09']]);
  });
});

describe('shop and restaurant titles in French, Spanish and Portuguese, one home each', () => {
  it.each([
    'Vendeuse en boulangerie',
    'Caissière',
    'Équipier polyvalent',
    'Employée polyvalente',
    'Empleado de tienda',
    'Dependienta',
    'Camarero de sala',
    'Repositor de loja',
    'Atendente',
  ])('"%s" is a title', (title) => {
    expect(titleScore(title)).toBe(2);
  });
});

describe('"picker" is a role only after what is picked', () => {
  it.each(['Order Picker', 'Warehouse Picker', 'Fruit Picker'])('"%s" is a title', (title) => {
    expect(titleScore(title)).toBe(2);
  });
  it.each(['Color Picker', 'Date Picker', 'Picker'])('"%s" is no title', (text) => {
    expect(titleScore(text)).toBe(0);
  });
});

describe("a diploma's field runs up to a month in any language", () => {
  it.each([
    ['Diploma of Website Development November 2021', 'Diploma of Website Development'],
    ['Diploma of Network Security März 2020', 'Diploma of Network Security'],
    ['Diploma of Business Administration Janvier 2018', 'Diploma of Business Administration'],
  ])('%j names %j', (line, degree) => {
    expect(findDegree(line)?.text).toBe(degree);
  });
});
