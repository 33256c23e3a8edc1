import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBeMisspelling } from '../../../src/catalogue/did-you-mean.js';
import * as places from '../../../src/catalogue/places.js';
import { projectRoot } from '../../../src/config.js';
import * as vocabulary from '../../../src/extract/vocabulary.js';

// Issue 9: place knowledge has one home, src/catalogue/places.ts, which the catalogue layer and the extractor both
// import; the catalogue no longer reaches into the extractor for it.

/** The module specifiers a TypeScript file imports or re-exports from. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gmsu)].map(
    (match) => match[1] as string,
  );
}

describe('place knowledge', () => {
  it('is imported by no catalogue module from the extractor', () => {
    const folder = join(projectRoot, 'src/catalogue');
    const leaks = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        specifiers(join(folder, name))
          .filter((specifier) => /(^|\/)extract\//u.test(specifier))
          .map((specifier) => `${name}: ${specifier}`),
      );
    expect(leaks).toEqual([]);
  });

  it('is the same functions where the extractor reads them, not a copy', () => {
    expect(vocabulary.knownPlace).toBe(places.knownPlace);
    expect(vocabulary.knownCity).toBe(places.knownCity);
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
