import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lookupKey } from '../../src/catalogue/lookup-key.js';
import type { CompanyEntry, TechnologyEntry } from '../../src/catalogue/types.js';
import { projectRoot } from '../../src/config.js';
import { namedNodeId } from '../../src/resume/ids.js';
import {
  englishWords,
  firstNames,
  linguistLanguages,
  type SourceTechnology,
  wappalyzerTechnologies,
} from './sources.js';

export const CURATED_FILE = join(projectRoot, 'seed/technologies.curated.yaml');
export const COMPANIES_FILE = join(projectRoot, 'seed/companies.yaml');
export const OUTPUT_FILE = join(projectRoot, 'seed/technologies.json');
export const COMPANIES_OUTPUT_FILE = join(projectRoot, 'seed/companies.json');

/**
 * A source entry whose name is one of the commonest English words (SCOWL size 20 or less: "Red",
 * "Clean", "Self", "Factor") names an obscure technology and would match ordinary prose: it is left
 * out unless the curated list has it (Go, Swift, Spring are curated).
 */
const JUNK_WORD_SIZE = 35;

/** The fields the build decides, never written in the curated file. */
type Derived = 'ambiguous' | 'ambiguousAliases' | 'properNames' | 'productWords';

interface CuratedFile {
  ambiguity: { ambiguous: string[]; names: string[]; products?: string[]; unambiguous: string[] };
  exclude: string[];
  technologies: Omit<TechnologyEntry, Derived>[];
}

/** What the build did, for its report. */
export interface BuildReport {
  curated: number;
  sources: { package: string; offered: number; added: number }[];
  dropped: { duplicate: number; excluded: string[]; junk: string[] };
  ambiguous: number;
  total: number;
}

/** Whether a one-word spelling is also an ordinary English word or a common first name. */
export interface AmbiguityRule {
  packages: string[];
  isWord(spelling: string): boolean;
  isCommonWord(spelling: string): boolean;
}

export async function ambiguityRule(): Promise<AmbiguityRule> {
  const words = await englishWords();
  const names = await firstNames();
  const oneWord = (spelling: string) => /^\p{L}+$/u.test(spelling);
  return {
    packages: [words.package, ...names.packages],
    isWord: (spelling) =>
      oneWord(spelling) &&
      (spelling.length === 1 ||
        words.size.has(spelling.toLowerCase()) ||
        names.names.has(spelling.toLowerCase())),
    isCommonWord: (spelling) =>
      oneWord(spelling) &&
      (spelling.length === 1 || (words.size.get(spelling.toLowerCase()) ?? Infinity) <= JUNK_WORD_SIZE),
  };
}

/**
 * The whole technology catalogue, as the text of seed/technologies.json: the curated entries in
 * their order, then each package's entries that name something new, by id, with `ambiguous` and
 * `ambiguousAliases` decided by the rule and the curated overrides. Deterministic: the same files
 * and package versions give the same bytes.
 */
export async function buildTechnologyCatalogue(): Promise<{ text: string; report: BuildReport }> {
  const curated = parse(await readFile(CURATED_FILE, 'utf8')) as CuratedFile;
  const companies = parse(await readFile(COMPANIES_FILE, 'utf8')) as { id: string }[];
  const rule = await ambiguityRule();
  const sources = [await linguistLanguages(), await wappalyzerTechnologies()];

  const properNames = new Set(curated.ambiguity.names.map(lookupKey));
  const productWords = new Set((curated.ambiguity.products ?? []).map(lookupKey));
  const ambiguousOverride = new Set([
    ...curated.ambiguity.ambiguous.map(lookupKey),
    ...properNames,
    ...productWords,
  ]);
  const unambiguousOverride = new Set(curated.ambiguity.unambiguous.map(lookupKey));
  const isAmbiguous = (spelling: string) => {
    const key = lookupKey(spelling);
    if (ambiguousOverride.has(key)) return true;
    return !unambiguousOverride.has(key) && rule.isWord(spelling);
  };
  const excluded = new Set(curated.exclude.map(lookupKey));

  const taken = new Set<string>();
  const ids = new Set(companies.map((company) => company.id));
  const claim = (entry: { id: string; name: string; aliases: string[] }) => {
    ids.add(entry.id);
    for (const spelling of [entry.id, entry.name, ...entry.aliases]) taken.add(lookupKey(spelling));
  };
  for (const entry of curated.technologies) claim({ ...entry, aliases: entry.aliases ?? [] });

  const report: BuildReport = {
    curated: curated.technologies.length,
    sources: [],
    dropped: { duplicate: 0, excluded: [], junk: [] },
    ambiguous: 0,
    total: 0,
  };
  const sections: { entries: TechnologyEntry[] }[] = [];
  for (const source of sources) {
    const entries: TechnologyEntry[] = [];
    const offered = [...source.technologies].sort((a, b) => compare(a.name, b.name));
    for (const technology of offered) {
      const key = lookupKey(technology.name);
      if (taken.has(key)) report.dropped.duplicate++;
      else if (excluded.has(key)) report.dropped.excluded.push(technology.name);
      else if (rule.isCommonWord(technology.name)) report.dropped.junk.push(technology.name);
      else {
        const entry = sourceEntry(technology, source.name, ids, taken, rule);
        if (entry) {
          claim(entry);
          entries.push(entry);
        }
      }
    }
    report.sources.push({ package: source.package, offered: offered.length, added: entries.length });
    sections.push({ entries: entries.sort((a, b) => compare(a.id, b.id)) });
  }

  const withAmbiguity = (entry: Omit<TechnologyEntry, Derived>): TechnologyEntry => {
    const ambiguousAliases = entry.aliases.filter(isAmbiguous);
    const names = [entry.name, ...entry.aliases].filter((spelling) => properNames.has(lookupKey(spelling)));
    const products = [entry.name, ...entry.aliases].filter((spelling) =>
      productWords.has(lookupKey(spelling)),
    );
    const result: TechnologyEntry = {
      id: entry.id,
      name: entry.name,
      category: entry.category,
      aliases: entry.aliases,
      ...(isAmbiguous(entry.name) && { ambiguous: true as const }),
      ...(ambiguousAliases.length > 0 && { ambiguousAliases }),
      ...(names.length > 0 && { properNames: names }),
      ...(products.length > 0 && { productWords: products }),
      ...(entry.broader && { broader: entry.broader }),
      ...(entry.source && { source: entry.source }),
    };
    if (result.ambiguous || result.ambiguousAliases) report.ambiguous++;
    return result;
  };

  const entries = curated.technologies.map((entry) =>
    withAmbiguity({ ...entry, aliases: entry.aliases ?? [] }),
  );
  for (const section of sections) entries.push(...section.entries.map(withAmbiguity));
  report.total = entries.length;
  return { text: render(entries), report };
}

/** The entry for a source technology, or undefined when no free id is left for it. */
function sourceEntry(
  technology: SourceTechnology,
  source: string,
  ids: ReadonlySet<string>,
  taken: ReadonlySet<string>,
  rule: AmbiguityRule,
): TechnologyEntry | undefined {
  const free = (candidate: string) => !ids.has(candidate) && !taken.has(lookupKey(candidate));
  // The id rule of a name outside the catalogues (src/resume/ids.ts): its slug, else its kind as prefix.
  const id = namedNodeId('Technology', technology.name, (candidate) => !free(candidate));
  if (!free(id)) return undefined;
  const own = new Set([lookupKey(id), lookupKey(technology.name)]);
  const aliases: string[] = [];
  for (const alias of technology.aliases) {
    const key = lookupKey(alias);
    // A package's alias that is a word ("console", "batch") is a code-fence tag, not how résumés write it.
    if (taken.has(key) || own.has(key) || rule.isWord(alias)) continue;
    own.add(key);
    aliases.push(alias);
  }
  return { id, name: technology.name, category: technology.category, aliases, source };
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The company catalogue as the text of seed/companies.json: seed/companies.yaml's entries in its
 * order, as JSON (the hand-kept YAML is for people; the loader reads JSON).
 */
export async function buildCompanyCatalogue(): Promise<{ text: string; total: number }> {
  const companies = parse(await readFile(COMPANIES_FILE, 'utf8')) as CompanyEntry[];
  return { text: render(companies), total: companies.length };
}

/**
 * JSON, one entry a line (diffs stay one line an entry): the catalogue is read at every start-up, and
 * JSON parses in milliseconds where YAML of this size takes a second and more.
 */
function render(entries: readonly object[]): string {
  return `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
}
