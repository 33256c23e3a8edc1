import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, isMap, parse } from 'yaml';
import { lookupKey } from '../../src/catalogue/lookup-key.js';
import {
  TECHNOLOGY_CATEGORIES,
  TECHNOLOGY_CATEGORY_NOTES,
  type TechnologyCategory,
  type TechnologyEntry,
} from '../../src/catalogue/types.js';
import { projectRoot } from '../../src/config.js';
import { slug } from '../../src/resume/slug.js';
import {
  englishWords,
  firstNames,
  linguistLanguages,
  type Source,
  type SourceTechnology,
  wappalyzerTechnologies,
} from './sources.js';

export const CURATED_FILE = join(projectRoot, 'scripts/catalogue/technologies.curated.yaml');
export const COMPANIES_FILE = join(projectRoot, 'seed/companies.yaml');
export const OUTPUT_FILE = join(projectRoot, 'seed/technologies.yaml');

/**
 * A source entry whose name is one of the commonest English words (SCOWL size 20 or less: "Red",
 * "Clean", "Self", "Factor") names an obscure technology and would match ordinary prose: it is left
 * out unless the curated list has it (Go, Swift, Spring are curated).
 */
const JUNK_WORD_SIZE = 20;

interface CuratedFile {
  ambiguity: { ambiguous: string[]; unambiguous: string[] };
  exclude: string[];
  technologies: Omit<TechnologyEntry, 'ambiguous' | 'ambiguousAliases'>[];
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
 * The whole technology catalogue, as the text of seed/technologies.yaml: the curated entries as
 * written, then each package's entries that name something new, with `ambiguous` and
 * `ambiguousAliases` decided by the rule and the curated overrides. Deterministic: the same files
 * and package versions give the same bytes.
 */
export async function buildTechnologyCatalogue(): Promise<{ text: string; report: BuildReport }> {
  const curated = parse(await readFile(CURATED_FILE, 'utf8')) as CuratedFile;
  const companies = parse(await readFile(COMPANIES_FILE, 'utf8')) as { id: string }[];
  const rule = await ambiguityRule();
  const sources = [await linguistLanguages(), await wappalyzerTechnologies()];

  const ambiguousOverride = new Set(curated.ambiguity.ambiguous.map(lookupKey));
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
  const sections: { source: Source; entries: TechnologyEntry[] }[] = [];
  for (const source of sources) {
    const entries: TechnologyEntry[] = [];
    const offered = [...source.technologies].sort((a, b) => compare(a.name, b.name));
    for (const technology of offered) {
      const key = lookupKey(technology.name);
      if (taken.has(key)) report.dropped.duplicate++;
      else if (excluded.has(key)) report.dropped.excluded.push(technology.name);
      else if (rule.isCommonWord(technology.name)) report.dropped.junk.push(technology.name);
      else {
        const entry = sourceEntry(technology, ids, taken);
        if (entry) {
          claim(entry);
          entries.push(entry);
        }
      }
    }
    report.sources.push({ package: source.package, offered: offered.length, added: entries.length });
    sections.push({ source, entries: entries.sort((a, b) => compare(a.id, b.id)) });
  }

  const withAmbiguity = (entry: Omit<TechnologyEntry, 'ambiguous' | 'ambiguousAliases'>): TechnologyEntry => {
    const ambiguousAliases = entry.aliases.filter(isAmbiguous);
    const result: TechnologyEntry = {
      id: entry.id,
      name: entry.name,
      category: entry.category,
      aliases: entry.aliases,
      ...(isAmbiguous(entry.name) && { ambiguous: true as const }),
      ...(ambiguousAliases.length > 0 && { ambiguousAliases }),
      ...(entry.broader && { broader: entry.broader }),
    };
    if (result.ambiguous || result.ambiguousAliases) report.ambiguous++;
    return result;
  };

  const lines = header(sources, rule.packages);
  lines.push('', '# ---- curated: scripts/catalogue/technologies.curated.yaml ' + '-'.repeat(50));
  for (const entry of curated.technologies) lines.push(line(withAmbiguity({ ...entry, aliases: entry.aliases ?? [] })));
  report.total = curated.technologies.length;
  for (const { source, entries } of sections) {
    lines.push('', `# ---- ${source.package}: ${source.description} ${'-'.repeat(10)}`);
    for (const entry of entries) lines.push(line(withAmbiguity(entry)));
    report.total += entries.length;
  }
  return { text: `${lines.join('\n')}\n`, report };
}

/** The entry for a source technology, or undefined when no free id is left for it. */
function sourceEntry(
  technology: SourceTechnology,
  ids: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): TechnologyEntry | undefined {
  const base = slug(technology.name);
  // The project's rule for a name that would take another kind's id: its kind as prefix.
  const id = [base, `technology-${base}`].find((candidate) => !ids.has(candidate) && !taken.has(lookupKey(candidate)));
  if (id === undefined) return undefined;
  const own = new Set([lookupKey(id), lookupKey(technology.name)]);
  const aliases: string[] = [];
  for (const alias of technology.aliases) {
    const key = lookupKey(alias);
    if (taken.has(key) || own.has(key)) continue;
    own.add(key);
    aliases.push(alias);
  }
  return { id, name: technology.name, category: technology.category, aliases };
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One entry as a one-line YAML flow map, fields in a fixed order. */
function line(entry: TechnologyEntry): string {
  const document = new Document(entry);
  if (isMap(document.contents)) document.contents.flow = true;
  return `- ${document.toString({ lineWidth: 0, flowCollectionPadding: true }).trim()}`;
}

function header(sources: readonly Source[], wordPackages: readonly string[]): string[] {
  const width = Math.max(...TECHNOLOGY_CATEGORIES.map((category) => category.length));
  const categories = (Object.entries(TECHNOLOGY_CATEGORY_NOTES) as [TechnologyCategory, string][]).map(
    ([category, note]) => `#   ${category.padEnd(width)}  ${note}`,
  );
  return [
    '# Technology catalogue: canonical Technology nodes and the spellings that map onto them.',
    '#',
    '# GENERATED by `npm run catalogue:build` (scripts/catalogue/build.ts): do not edit. Hand-kept entries,',
    '# the ambiguity overrides and the exclusions are in scripts/catalogue/technologies.curated.yaml; the',
    `# others come from the packages ${sources.map((source) => source.package).join(' and ')}, locked in`,
    '# package-lock.json, and name only what no earlier entry names (the curated entries win).',
    '#',
    '# Fields:',
    '#   id        lower-case letters, digits and -; unique across this file and seed/companies.yaml',
    '#   name      the canonical spelling',
    '#   category  one of the categories below',
    '#   aliases   other spellings. Matching is case-, space- and punctuation-insensitive (lookupKey), so',
    '#             spellings that differ from the name only so are not listed. A spelling (id, name or',
    '#             alias) names one entry only.',
    '#   ambiguous         true when the name is also an ordinary English word or a common first name',
    '#   ambiguousAliases  the aliases that are: in free text a bare occurrence of such a spelling is not',
    '#             evidence of the technology without context ("Spring" the season, "Go" the verb).',
    `#             The rule: a one-word spelling that is a single letter, a word of SCOWL size 50 or less`,
    `#             (${wordPackages[0]}) or a first name (${wordPackages.slice(1).join(', ')}); the`,
    '#             curated file overrides it both ways.',
    '#   broader   ids of the technologies this one is a kind or a part of, where that is a fact: React is',
    '#             a JavaScript library (broader: [javascript]), Amazon EKS is a Kubernetes service and an',
    '#             AWS service (broader: [kubernetes, aws]). Not "compiles to" or "is often used with".',
    '#             Every id exists, and following broader links never leads back (validated on load).',
    '#',
    '# Categories:',
    ...categories,
  ];
}
