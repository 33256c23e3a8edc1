import { describe, expect, it } from 'vitest';
import { mayBeMisspelling } from '../../../src/catalogue/did-you-mean.js';
import * as places from '../../../src/catalogue/places.js';
import * as vocabulary from '../../../src/extract/vocabulary.js';
import { importSpecifiers, importsOutside } from '../../support/source-files.js';

// Issue 9: place knowledge has one home, src/catalogue/places.ts, which the catalogue layer and the extractor both
// import; the catalogue no longer reaches into the extractor for it.

describe('place knowledge', () => {
  it('is imported by no catalogue module from the extractor', () => {
    expect(importsOutside('src/catalogue', (specifier) => /(^|\/)extract\//u.test(specifier))).toEqual([]);
    // The reading finds imports at all: did-you-mean's of place knowledge.
    expect(importSpecifiers('src/catalogue/did-you-mean.ts')).toContain('./places.js');
  });

  it('is imported by the extractor from its home, with no second export to import it through', () => {
    expect(Object.keys(vocabulary)).not.toContain('knownPlace');
    expect(Object.keys(vocabulary)).not.toContain('knownCity');
    for (const file of [
      'src/extract/header-parts.ts',
      'src/extract/school-names.ts',
      'src/extract/skills.ts',
    ]) {
      expect(importSpecifiers(file)).toContain('../catalogue/places.js');
    }
  });

  it('answers as before: time-zone cities, gazetteer towns, and neither for a region or an employer-only word', () => {
    expect(places.knownCity('Buenos Aires')).toBe(true);
    expect(places.knownCity('Bavaria')).toBe(false);
    expect(places.knownPlace('Nouadhibou')).toBe(true);
    expect(places.knownPlace('São Paulo')).toBe(true);
    expect(places.knownPlace('Kubernetes')).toBe(false);
    expect(places.placeKey(' Zürich. ')).toBe('zurich');
    // A town's name is itself, never a typo of a catalogue name.
    expect(mayBeMisspelling('Nouadhibou')).toBe(false);
    expect(mayBeMisspelling('Kuberntes')).toBe(true);
  });
});
