/**
 * `npm run places:build`: regenerates seed/places.json, the gazetteer the extractor asks whether a name is a town's
 * (`knownPlace`), so the extractor reads a small sorted list instead of decoding the package's 138,000 cities at run
 * time. `--check` writes nothing and fails when the committed file is not what the build gives.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { PLACES_FILE } from '../../src/catalogue/places.js';
import { projectRoot } from '../../src/config.js';
import { buildPlaces } from './build-places.js';

const text = buildPlaces();
const file = relative(projectRoot, PLACES_FILE);
if (process.argv.includes('--check')) {
  if (text !== (await readFile(PLACES_FILE, 'utf8'))) {
    console.error(`${file} is not what the build gives: run npm run places:build and commit it.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
} else {
  await writeFile(PLACES_FILE, text);
  console.log(`Wrote ${file}.`);
}
