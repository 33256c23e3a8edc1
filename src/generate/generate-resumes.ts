import type { Catalogue } from '../catalogue/catalogue.js';
import type { CompanyEntry, TechnologyEntry } from '../catalogue/types.js';
import { monthNumber, monthText, yearOfMonth } from '../graph/months.js';
import type {
  EducationDocument,
  PositionDocument,
  ProjectDocument,
  ResumeDocument,
  WorkDocument,
} from '../resume/types.js';
import { misspell } from './misspell.js';
import { Random } from './random.js';
import {
  AREAS,
  CITIES,
  HIGHLIGHT_VERBS,
  LEVELS,
  NAMES,
  PROJECT_ADJECTIVES,
  PROJECT_NOUNS,
  SIDE_PROJECT_NAMES,
  TEAMS,
  TITLE_STYLES,
  TRACKS,
  UNIVERSITIES,
} from './vocabulary.js';
import { Zipf } from './zipf.js';

export interface GenerateOptions {
  people: number;
  seed: number;
  catalogue: Catalogue;
  /** The "present" of the generated careers: no date goes past it. Fixed, so output never depends on the clock. */
  asOf?: { year: number; month: number };
  /**
   * Adds what a résumé document carries besides the career: a name and e-mail, a summary, titles
   * as companies write them ("Sr.", "Software Engineer II", ", Tech Lead") and side projects. Drawn
   * from a second random stream, so everything else is what the same options without it give.
   */
  documentDetails?: boolean;
}

export interface GeneratedResume {
  /** `gen-<index>-<personId>.yaml`: the loader reads the person id from the hex part. */
  fileName: string;
  document: ResumeDocument;
}

/** Salt of the random stream `documentDetails` draws from, apart from the career's. */
const DETAILS_STREAM = 0x5bd1e995;
/** Share of technology mentions written with a typo, to exercise "did you mean". */
const MISSPELLING_RATE = 0.01;
/** Share of technology mentions written as a catalogue alias rather than the canonical name. */
const ALIAS_RATE = 0.1;

interface World {
  companies: Zipf<CompanyEntry>;
  technologies: Zipf<TechnologyEntry>;
  languages: Zipf<TechnologyEntry>;
  universities: Zipf<string>;
  asOf: number;
}

/**
 * Deterministic synthetic résumés: the same options give the same documents, byte for byte once
 * written. Employers and technologies are drawn with Zipf-skewed popularity from the catalogues (in
 * an order shuffled by the seed), so popular employers have many people whose tenures overlap;
 * each person has 2 to 8 positions, promotions inside an employer, occasional overlapping jobs, and
 * now and then a misspelled technology. Person i depends only on (seed, i), not on how many are made.
 */
export function generateResumes(options: GenerateOptions): GeneratedResume[] {
  return [...streamResumes(options)];
}

/** The résumés of `generateResumes`, one at a time, so a large run never holds them all. */
export function* streamResumes(options: GenerateOptions): Generator<GeneratedResume> {
  const worldRandom = new Random(options.seed);
  // The hand-kept entries: the packages' long tail (Linguist's rare languages, web widgets) is real
  // but rarely on a résumé.
  const technologies = options.catalogue.technologies.entries.filter((entry) => entry.source === undefined);
  const world: World = {
    companies: new Zipf(worldRandom.shuffle(options.catalogue.companies.entries), 1.1),
    technologies: new Zipf(
      worldRandom.shuffle(technologies.filter((entry) => entry.category !== 'language')),
      1.0,
    ),
    languages: new Zipf(
      worldRandom.shuffle(technologies.filter((entry) => entry.category === 'language')),
      1.2,
    ),
    universities: new Zipf(worldRandom.shuffle(UNIVERSITIES), 0.9),
    asOf: monthNumber(options.asOf?.year ?? 2025, options.asOf?.month ?? 6),
  };
  for (let index = 0; index < options.people; index++) {
    const random = new Random(personSeed(options.seed, index));
    const document = generatePerson(random, world, options.seed, index);
    if (options.documentDetails)
      addDocumentDetails(document, new Random(personSeed(options.seed, index) ^ DETAILS_STREAM));
    yield { fileName: `gen-${String(index).padStart(6, '0')}-${document.id}.yaml`, document };
  }
}

/** The seed of person `index`'s random stream; other streams of the same person xor a salt into it. */
export function personSeed(seed: number, index: number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  hash = Math.imul(hash ^ index, 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

interface Stint {
  company: CompanyEntry;
  positions: { title: string; start: number; end: number; level: number }[];
}

function generatePerson(random: Random, world: World, seed: number, index: number): ResumeDocument {
  const id = random.hex(16);
  const track = random.pick(TRACKS);
  const positionCount = 2 + Math.floor(7 * random.float() ** 1.4);
  const home = random.pick(CITIES);

  // Durations first, then the career is placed so that it ends at (or a little before) asOf.
  const durations = Array.from({ length: positionCount }, () => random.int(6, 42));
  const current = random.chance(0.8);
  const careerEnd = world.asOf - (current ? 0 : random.int(1, 30));
  // Room for every gap (at most 2 months each), so no position runs past careerEnd.
  let cursor = careerEnd - durations.reduce((sum, months) => sum + months, 0) - 2 * positionCount;

  const stints: Stint[] = [];
  let level = random.chance(0.25) ? 0 : 1;
  durations.forEach((months, position) => {
    const last = stints[stints.length - 1];
    const promotion = last !== undefined && random.chance(0.35);
    // Now and then a new job starts before the previous one ends.
    const overlap = last !== undefined && !promotion && random.chance(0.1) ? random.int(1, 3) : 0;
    const start = cursor - overlap;
    const end = start + months;
    cursor = end + (promotion ? 0 : random.int(0, 2));
    if (position > 0 && (promotion || random.chance(0.5))) level = Math.min(level + 1, LEVELS.length - 1);
    const prefix = LEVELS[level];
    const title = prefix === '' ? track : `${prefix} ${track}`;
    if (promotion && last) {
      last.positions.push({ title, start, end, level });
      return;
    }
    let company = world.companies.draw(random);
    for (let attempt = 0; last && company.id === last.company.id && attempt < 5; attempt++) {
      company = world.companies.draw(random);
    }
    stints.push({ company, positions: [{ title, start, end, level }] });
  });

  const usedLanguages = new Set<string>();
  const usedTools = new Map<string, number>();
  let projectCount = 0;
  const yearOnly = random.chance(0.1);
  const work: WorkDocument[] = stints
    .map((stint, stintIndex): WorkDocument => {
      const isLastStint = stintIndex === stints.length - 1;
      const location = random.chance(0.7) ? home : random.pick(CITIES);
      const positions = stint.positions.map((held, heldIndex): PositionDocument => {
        const ongoing = current && isLastStint && heldIndex === stint.positions.length - 1;
        const language = world.languages.draw(random);
        usedLanguages.add(language.name);
        const tools = world.technologies.drawDistinct(random, random.int(2, 6));
        for (const tool of tools) usedTools.set(tool.name, (usedTools.get(tool.name) ?? 0) + 1);
        const technologies = [language, ...tools].map((entry) => spelling(entry, random));
        const position: PositionDocument = {
          position: held.title,
          startDate: partialDate(held.start, yearOnly),
          ...(ongoing ? { current: true } : { endDate: partialDate(held.end, yearOnly) }),
          ...(random.chance(0.5) && { team: random.pick(TEAMS) }),
          highlights: [
            `${random.pick(HIGHLIGHT_VERBS)} ${random.pick(PROJECT_NOUNS)} using ${technologies.slice(0, 2).join(' and ')}.`,
          ],
          technologies,
        };
        if (random.chance(0.3)) {
          const name = `${random.pick(PROJECT_ADJECTIVES)} ${random.pick(PROJECT_NOUNS)}`;
          const project: ProjectDocument = {
            id: `${id}-project-${projectCount++}`,
            name,
            technologies: technologies.slice(0, random.int(1, 2)),
          };
          position.projects = [project];
        }
        return position;
      });
      return {
        name: stint.company.name,
        location: { city: location.city, countryCode: location.countryCode },
        // Résumés list the newest first.
        positions: positions.reverse(),
      };
    })
    .reverse();

  const careerStartYear = yearOfMonth(stints[0]?.positions[0]?.start ?? world.asOf);
  const education: EducationDocument[] = [];
  if (random.chance(0.85)) {
    const bachelorEnd = careerStartYear - random.int(0, 1);
    const master = random.chance(0.4);
    const area = random.pick(AREAS);
    if (master) {
      education.push({
        institution: world.universities.draw(random),
        studyType: 'M.S.',
        area,
        startDate: `${bachelorEnd - 2}-09`,
        endDate: `${bachelorEnd}-06`,
      });
    }
    education.push({
      institution: world.universities.draw(random),
      studyType: 'B.S.',
      area,
      startDate: `${bachelorEnd - (master ? 6 : 4)}-09`,
      endDate: `${bachelorEnd - (master ? 2 : 0)}-06`,
    });
  }

  const favouriteTools = [...usedTools.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([name]) => name);
  const latestTitle = stints[stints.length - 1]?.positions.at(-1)?.title ?? track;
  return {
    id,
    basics: {
      ...(random.chance(0.6) && { label: latestTitle }),
      location: { city: home.city, countryCode: home.countryCode },
    },
    work,
    ...(education.length > 0 && { education }),
    skills: [
      { name: 'Languages', keywords: [...usedLanguages].sort() },
      { name: 'Tools', keywords: favouriteTools },
    ],
    meta: { generator: 'career-graph', seed, index },
  };
}

/** How a résumé writes a technology: mostly its name, sometimes an alias, rarely with a typo. */
function spelling(entry: TechnologyEntry, random: Random): string {
  const roll = random.float();
  if (roll < MISSPELLING_RATE) return misspell(entry.name, random);
  if (roll < MISSPELLING_RATE + ALIAS_RATE && entry.aliases.length > 0) return random.pick(entry.aliases);
  return entry.name;
}

function partialDate(month: number, yearOnly: boolean): string {
  return yearOnly ? String(yearOfMonth(month)) : monthText(month);
}

/** Adds name, e-mail, summary, company title spellings and side projects to a generated résumé (in place). */
function addDocumentDetails(document: ResumeDocument, random: Random): void {
  const basics = document.basics ?? {};
  const names = NAMES[basics.location?.countryCode ?? ''] ?? (NAMES.US as (typeof NAMES)[string]);
  const given = random.pick(names.given);
  const family = random.pick(names.family);
  const mailbox = `${given}.${family}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  const style = random.pick(TITLE_STYLES);
  const positions = (document.work ?? []).flatMap((work) => work.positions ?? []);
  for (const position of positions) {
    if (position.position !== undefined) position.position = companyTitle(position.position, style);
  }
  // The newest position is listed first; now and then it carries a lead role as well.
  const latest = positions[0];
  if (latest?.position !== undefined && random.chance(0.2)) latest.position += ', Tech Lead';
  const languages = document.skills?.[0]?.keywords ?? [];
  const tools = document.skills?.[1]?.keywords ?? [];
  const years = yearsOf(positions);
  const headline = (latest?.position ?? basics.label ?? 'Engineer').replace(/, Tech Lead$/, '');
  const named = [...languages.slice(0, 1), ...tools.slice(0, 2)];
  const experience = years === 1 ? 'a year' : `${years} years`;
  document.basics = {
    name: `${given} ${family}`,
    ...(basics.label !== undefined && latest?.position !== undefined && { label: latest.position }),
    email: `${mailbox}@example.com`,
    summary: `${headline} with ${experience} of experience, most of it with ${listed(named)}.`,
    ...(basics.location && { location: basics.location }),
  };
  if (languages.length > 0 && random.chance(0.35)) {
    const language = random.pick(languages);
    document.projects = [
      {
        name: random.pick(SIDE_PROJECT_NAMES),
        description: `An open-source ${random.pick(PROJECT_NOUNS)} written in ${language}.`,
        technologies: [language],
      },
    ];
  }
}

/** A generated title (`<level> <track>`) as a company of the given style writes it. */
function companyTitle(title: string, style: (typeof TITLE_STYLES)[number]): string {
  const [first, ...rest] = title.split(' ');
  const track = rest.join(' ');
  if (style === 'abbreviated') {
    if (first === 'Senior') return `Sr. ${track}`;
    if (first === 'Junior') return `Jr. ${track}`;
  }
  if (style === 'numbered') {
    if (first === 'Junior') return `${track} I`;
    if (!(LEVELS as readonly string[]).includes(first ?? '')) return `${title} II`;
  }
  return title;
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Whole years from the earliest start to the latest end (or start) among the positions. */
function yearsOf(positions: readonly PositionDocument[]): number {
  const years = positions.flatMap((position) =>
    [position.startDate, position.endDate]
      .filter((date) => date !== undefined)
      .map((date) => Number(String(date).slice(0, 4))),
  );
  return years.length === 0 ? 1 : Math.max(1, Math.max(...years) - Math.min(...years));
}
