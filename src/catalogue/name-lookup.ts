import { slug } from '../resume/slug.js';
import { MAX_PARTED_LENGTH } from './catalogue-index.js';
import { lookupKey } from './lookup-key.js';

/*
 * How a spelling finds a technology or a company, written once for the two places that look names
 * up: the loader, through the catalogues in memory (CatalogueIndex.resolve), and the API, through
 * the keys the loader stores on the nodes (src/graphql/queries/find-named.ts). In order:
 *   1. an exact key: `lookupKey` of the spelling equals that of the entry's id, name or an alias;
 *   2. a loose key (companies only): the spelling without legal-form words (`Baidu, Inc.` → baidu)
 *      equals the loose key of exactly one entry's spelling (shared by two, it matches neither);
 *   3. the slug of the spelling is the entry's id;
 *   4. (technologies) 1 and 3 for the spelling without a trailing version (`Java 17` → java,
 *      src/catalogue/versions.ts), when the whole spelling named nothing (`SOC 2` stays whole);
 *   5. a spelling with another in brackets after it, both naming one entry by 1 to 4
 *      (`Amazon Web Services (AWS)` → aws).
 * CatalogueIndex.resolve takes all five steps (4 and 5 up to MAX_PARTED_LENGTH characters), against
 * the catalogue entries in memory: for the loader, the scorer, and the API's technologies asked of
 * experts, team and gaps (askedSpellings, src/career/gaps-resolvers.ts). The API's Cypher lookups of
 * a node by name (`namedNode`, src/graphql/queries/find-named.ts) take steps 1 to 4 in one query,
 * through the needles `lookupNeedles` computes here, so `technology(id: "Java 17")` finds Java and
 * `SOC 2` stays SOC 2; step 5 there would cost a nested lookup per part in every query that finds a
 * node by name (its plan took seconds), so `Amazon Web Services (AWS)` finds a node in the API only
 * when one of the node's spellings is written so.
 */

/** Separates the keys of the stored `lookupKeys` text; no key contains it. */
const SEPARATOR = ' ';
/** Prefixes a loose key there, so that an exact key never matches a loose one (keys never contain it). */
const LOOSE = '~';

/** A second, looser key of a spelling (companies: legal suffixes dropped); null when there is none. */
export type LooseKey = (name: string) => string | null;

/**
 * The stored form of a node's spellings, its `lookupKeys` property: every exact key, then every
 * loose key marked with `~`, each once, between spaces (` microsoft msft ~microsoft `).
 *
 * Why a text and not a list: Neo4j 5.26 does not index the elements of a list property (a RANGE
 * index on a list only serves equality with the whole list; `$key IN n.lookupKeys` is a label scan,
 * checked with PROFILE), while a TEXT index serves `n.lookupKeys CONTAINS ' <key> '` (a
 * NodeIndexContainsScan). The spaces around the needle make it match whole keys only, since keys
 * are letters, digits, `+` and `#`.
 */
export function storedLookupKeys(spellings: readonly string[], looseKey?: LooseKey): string {
  const keys = new Set<string>();
  for (const spelling of spellings) {
    const key = lookupKey(spelling);
    if (key !== '') keys.add(key);
  }
  if (looseKey) {
    for (const spelling of spellings) {
      const loose = looseKey(spelling) ?? lookupKey(spelling);
      if (loose !== '') keys.add(`${LOOSE}${loose}`);
    }
  }
  return `${SEPARATOR}${[...keys].join(SEPARATOR)}${SEPARATOR}`;
}

/** The exact keys among a stored `lookupKeys` text (loose ones left out). */
export function exactKeysOf(stored: string): string[] {
  return stored.split(SEPARATOR).filter((key) => key !== '' && !key.startsWith(LOOSE));
}

/**
 * What the API searches for a spelling taken whole (steps 1 to 3): the text to find in
 * `lookupKeys` for the exact key and for the loose key (null when there is none), and the id its
 * slug gives. `spelling` is kept to prefer, among several nodes with the key, the one whose id it is.
 */
export interface WholeNeedles {
  spelling: string;
  exact: string | null;
  loose: string | null;
  slug: string;
}

/** What the API searches for a spelling, steps 1 to 4 in the order above. */
export interface LookupNeedles extends WholeNeedles {
  /** Step 4: the needles of the spelling without its trailing version; null when none trails. */
  bare: WholeNeedles | null;
}

/** The spelling without a trailing version, or null (the `versionless` option of CatalogueIndex). */
export type Versionless = (name: string) => string | null;

function wholeNeedles(spelling: string, looseKey: LooseKey | undefined): WholeNeedles {
  const trimmed = spelling.trim();
  const key = lookupKey(trimmed);
  const loose = looseKey?.(trimmed) ?? null;
  return {
    spelling: trimmed,
    exact: key === '' ? null : `${SEPARATOR}${key}${SEPARATOR}`,
    loose: loose === null || loose === '' ? null : `${SEPARATOR}${LOOSE}${loose}${SEPARATOR}`,
    slug: slug(trimmed),
  };
}

/**
 * The needles of `spelling`: `looseKey` for companies (step 2), `versionless` for technologies
 * (step 4, for a spelling of at most MAX_PARTED_LENGTH characters, as CatalogueIndex takes it).
 */
export function lookupNeedles(
  spelling: string,
  looseKey?: LooseKey,
  versionless?: Versionless,
): LookupNeedles {
  const bare = spelling.length > MAX_PARTED_LENGTH ? null : (versionless?.(spelling.trim()) ?? null);
  return {
    ...wholeNeedles(spelling, looseKey),
    bare: bare === null || bare.trim() === '' ? null : wholeNeedles(bare, looseKey),
  };
}
