import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { knownSpelling, onlyVersions, versionless, withoutVersion } from '../../../src/catalogue/versions.js';
import { technologyEntry } from './constructed-catalogue.js';

// Audit 30b: the trailing-version and bracket steps of CatalogueIndex.resolve take words from the end and find the
// bracket by its position, so a long input (an API client's "technology") costs time linear in its length.

/** The rule as a regular expression, fine on short inputs only: the reference the word-by-word reading must equal. */
const REFERENCE_VERSIONS = /(?:\s+v?\d[\p{L}\d.]*\+?)+$/u;

function referenceWithoutVersion(value: string): string {
  const version = REFERENCE_VERSIONS.exec(value);
  return version && version.index > 0 ? value.slice(0, version.index) : value;
}

/** Every text of up to four of these pieces, in every order. */
function shortTexts(): string[] {
  const pieces = ['Java', ' ', '  ', '\t', '17', 'v2', '11+', '3.x', '12c', '+', 'x', '!'];
  let texts = [''];
  const all: string[] = [];
  for (let length = 1; length <= 4; length += 1) {
    texts = texts.flatMap((text) => pieces.map((piece) => text + piece));
    all.push(...texts);
  }
  return all;
}

describe('withoutVersion and onlyVersions read words from the end', () => {
  it('agree with the regular expression they replace on every short text', () => {
    for (const text of shortTexts()) {
      expect([text, withoutVersion(text)]).toEqual([text, referenceWithoutVersion(text)]);
      expect([text, onlyVersions(text)]).toEqual([text, REFERENCE_VERSIONS.exec(text)?.index === 0]);
    }
  });

  it('answer for 20,000 characters of version-like words', () => {
    const versions = ' 1'.repeat(10_000);
    expect(withoutVersion(`Java${versions}`)).toBe('Java');
    expect(withoutVersion(`Java${versions}!`)).toBe(`Java${versions}!`);
    expect(onlyVersions(versions)).toBe(true);
    expect(onlyVersions(`${versions}!`)).toBe(false);
    expect(versionless(`Java${versions} `)).toBe('Java');
  });
});

describe('CatalogueIndex.resolve on long and bracketed spellings', () => {
  const index = new CatalogueIndex(
    [
      technologyEntry('java', 'Java'),
      technologyEntry('aws', 'Amazon Web Services', ['AWS']),
      technologyEntry('gcp', 'Google Cloud Platform', ['GCP']),
    ],
    { versionless },
  );

  it('finds a name and another of the same entry in brackets, and nothing for other brackets', () => {
    expect(index.resolve('Amazon Web Services (AWS)')?.id).toBe('aws');
    expect(index.resolve('  Amazon Web Services(AWS) ')?.id).toBe('aws');
    expect(index.resolve('Java 17 (Java)')?.id).toBe('java');
    expect(index.resolve('Amazon Web Services (GCP)')).toBeUndefined();
    expect(index.resolve('AWS (Amazon (Web) Services)')).toBeUndefined();
    expect(index.resolve('AWS (Amazon Web Services) x')).toBeUndefined();
  });

  it('answers for 20,000 characters, looking a spelling that long up whole only', () => {
    expect(index.resolve(`Java${' 1'.repeat(10_000)}!`)).toBeUndefined();
    expect(index.resolve(`Java${' 1'.repeat(10_000)}`)).toBeUndefined();
    expect(index.resolve(`Amazon Web Services${' '.repeat(20_000)}(AWS)`)).toBeUndefined();
    expect(index.resolve(`Amazon Web Services${' '.repeat(20)}(AWS)`)?.id).toBe('aws');
    // Spaces do not count in a key: the whole spelling still names Java.
    expect(index.resolve(`Java${' '.repeat(20_000)}`)?.id).toBe('java');
  });

  it('resolveWhole drops neither a version nor a bracket', () => {
    expect(index.resolveWhole('Java')?.id).toBe('java');
    expect(index.resolveWhole('Java 17')).toBeUndefined();
    expect(index.resolveWhole('Amazon Web Services (AWS)')).toBeUndefined();
    expect(index.resolve('Java 17')?.id).toBe('java');
  });
});

describe("knownSpelling: the extractor's one way to a name with or without its version", () => {
  const index = new CatalogueIndex(
    [technologyEntry('java', 'Java'), technologyEntry('vxworks-653', 'VxWorks 653')],
    {
      versionless,
    },
  );

  it('gives the entry and the spelling that named it', () => {
    expect(knownSpelling(index, 'Java 17 11+')).toEqual({ entry: index.get('java'), spelling: 'Java' });
    expect(knownSpelling(index, 'VxWorks 653')).toEqual({
      entry: index.get('vxworks-653'),
      spelling: 'VxWorks 653',
    });
    expect(knownSpelling(index, 'Frobnicator 2')).toBeUndefined();
    expect(knownSpelling(index, '17')).toBeUndefined();
  });
});
