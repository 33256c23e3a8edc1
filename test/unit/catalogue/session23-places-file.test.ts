import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildPlaces } from '../../../scripts/places/build-places.js';
import { gazetteerKeys, knownPlace, PLACES_FILE } from '../../../src/catalogue/places.js';

describe('npm run places:build', () => {
  it('gives the committed seed/places.json byte for byte', async () => {
    // a failure here means the package's data or the threshold changed without `npm run places:build`
    expect(buildPlaces()).toBe(await readFile(PLACES_FILE, 'utf8'));
  });

  it('keeps each name and alternative name of a town of at least 15,000 people once, without case or accents', () => {
    const cities = [
      { name: 'Zürich', altName: 'Zurich', population: 400_000 },
      { name: 'Smallville', altName: '', population: 14_999 },
      { name: 'Brikama', altName: 'Brikama Town', population: 77_700 },
      { name: 'Ålesund', altName: '', population: 15_000 },
    ];
    expect(gazetteerKeys(cities)).toEqual(['alesund', 'brikama', 'brikama town', 'zurich']);
  });
});

describe('knownPlace', () => {
  it('reads the generated gazetteer: towns that name no time zone, in any case and with or without accents', () => {
    expect([
      knownPlace('Nouadhibou'),
      knownPlace('BRIKAMA'),
      knownPlace('Sao Paulo'),
      knownPlace('São Paulo'),
    ]).toEqual([true, true, true, true]);
    expect([knownPlace('Acme Analytics'), knownPlace('Kubernetes')]).toEqual([false, false]);
  });
});
