import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root: the runner's default data folder is `<root>/.data/neo4j`. */
export const projectRoot = resolve(here, '..');
/** What Maven resolves Neo4j from. */
export const pomPath = join(here, 'pom.xml');
/** Resolved classpaths, one file per POM content (git-ignored). */
export const classpathCacheDir = join(here, '.cache');
