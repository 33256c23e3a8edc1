import type { Catalogue } from '../catalogue/catalogue.js';
import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import { lookupKey } from '../catalogue/lookup-key.js';
import type { NamedEntry } from '../catalogue/types.js';
import { namedNodeId } from '../resume/ids.js';
import type { PartialDateValue, PositionDocument, ResumeDocument } from '../resume/types.js';

/** The fields an extraction is scored on, in report order. */
export const FIELDS = [
  'companies',
  'titles',
  'dates',
  'roles',
  'technologies',
  'attribution',
  'schools',
  'degrees',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  /** In both gold and prediction. */
  truePositives: number;
  /** Predicted, not in the gold. */
  falsePositives: number;
  /** In the gold, not predicted. */
  falseNegatives: number;
}

export type FieldCounts = Record<Field, Counts>;

/** How the scores compare things; printed at the top of the report. */
export const MATCHING_RULES = [
  'companies: the distinct employers of a résumé, each compared by the node the loader makes of it: its catalogue entry (CatalogueIndex.resolve: any spelling, legal suffixes dropped, the slug as id) else the id derived from the name (namedNodeId: its slug)',
  'titles: one per position that has one, compared by lookupKey (case, accents, spaces and punctuation do not count)',
  'dates: one (start, end) per position, each the YYYY or YYYY-MM string the format stores (a day is dropped); an ongoing end is "present", a missing one empty',
  'roles: one (company, title, start, end) per position, each part compared as above',
  'technologies: the distinct technologies a résumé names anywhere (positions, their projects, projects, skills), by the node the loader makes of it, as companies',
  "attribution: (position, technology) pairs, a position holding its own and its projects' technologies; each predicted position is aligned with the gold position it matches best (company 4 points, title 2, start 1, end 1; at least 4; greedy, best first, then document order)",
  'schools: one per education entry, by the id the loader gives the school (namedNodeId: the slug of the institution without a bracketed acronym, schoolIdentity); degrees: one per education entry that names one, by lookupKey of studyType',
  'counts are summed over documents (micro average); a repeated fact counts as often as it is repeated, except companies and technologies, which are sets per résumé',
  'precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean; a field with nothing in gold and prediction is not scored (shown as -)',
];

export const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
export const emptyFieldCounts = (): FieldCounts =>
  Object.fromEntries(FIELDS.map((field) => [field, emptyCounts()])) as FieldCounts;

export function addCounts(into: FieldCounts, more: FieldCounts): FieldCounts {
  for (const field of FIELDS) {
    into[field].truePositives += more[field].truePositives;
    into[field].falsePositives += more[field].falsePositives;
    into[field].falseNegatives += more[field].falseNegatives;
  }
  return into;
}

export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 of counts; null where the denominator is 0. */
export function scores(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null;
  if (tp + fp + fn === 0) f1 = null;
  else f1 = (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

/** The YYYY or YYYY-MM of a partial date; anything else as written, so it matches only itself. */
export function dateKey(value: PartialDateValue | undefined): string {
  if (value === undefined) return '';
  const text = String(value).trim();
  const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(text);
  if (!match) return text;
  return match[2] === undefined ? (match[1] as string) : `${match[1]}-${match[2]}`;
}

/** A position with the employer it is held at. */
interface HeldPosition {
  company: string;
  position: PositionDocument;
}

/** Every position of a résumé, a plain JSON Resume work entry counting as one. */
function positionsOf(resume: ResumeDocument): HeldPosition[] {
  return (resume.work ?? []).flatMap((work) => {
    if (work.positions) return work.positions.map((position) => ({ company: work.name, position }));
    const { name, positions: _, ...position } = work;
    return [{ company: name, position }];
  });
}

/** What is compared, once the names are keys. */
interface Facts {
  companies: string[];
  titles: string[];
  dates: string[];
  roles: string[];
  technologies: string[];
  /** Per position, in document order: its role key and its technology keys. */
  positions: { company: string; title: string; start: string; end: string; technologies: Set<string> }[];
  schools: string[];
  degrees: string[];
}

/** The comparison keys of one résumé. */
export class FactKeys {
  constructor(private readonly catalogue: Catalogue) {}

  company(name: string): string {
    return this.node('Company', this.catalogue.companies, name);
  }

  technology(name: string): string {
    return this.node('Technology', this.catalogue.technologies, name);
  }

  /**
   * The node a name becomes in the graph, identified as the loader identifies it
   * (src/loader/plan-resume-graph.ts): its catalogue entry by the whole name-lookup rule
   * (CatalogueIndex.resolve), else the id derived from the name (namedNodeId). The loader's
   * `<kind>-` prefix for an id another kind holds is left out: each field compares one kind.
   */
  private node(kind: 'Company' | 'Technology', index: CatalogueIndex<NamedEntry>, name: string): string {
    const entry = index.resolve(name);
    return entry ? `${kind.toLowerCase()}:${entry.id}` : `name:${namedNodeId(kind, name, () => false)}`;
  }

  facts(resume: ResumeDocument): Facts {
    const positions = positionsOf(resume).map(({ company, position }) => ({
      company: this.company(company),
      title: position.position === undefined ? '' : lookupKey(position.position),
      start: dateKey(position.startDate),
      end: position.current ? 'present' : dateKey(position.endDate),
      technologies: new Set(
        [
          ...(position.technologies ?? []),
          ...(position.projects ?? []).flatMap((project) => project.technologies ?? []),
        ].map((name) => this.technology(name)),
      ),
    }));
    const technologies = new Set([
      ...positions.flatMap((position) => [...position.technologies]),
      ...(resume.projects ?? [])
        .flatMap((project) => project.technologies ?? [])
        .map((name) => this.technology(name)),
      ...(resume.skills ?? []).flatMap((skill) => skill.keywords ?? []).map((name) => this.technology(name)),
    ]);
    const education = resume.education ?? [];
    return {
      companies: [...new Set((resume.work ?? []).map((work) => this.company(work.name)))],
      titles: positions.filter((position) => position.title !== '').map((position) => position.title),
      dates: positions.map((position) => `${position.start}..${position.end}`),
      roles: positions.map(
        (position) => `${position.company}|${position.title}|${position.start}|${position.end}`,
      ),
      technologies: [...technologies],
      positions,
      schools: education.map((entry) => namedNodeId('School', entry.institution, () => false)),
      degrees: education
        .filter((entry) => entry.studyType !== undefined && entry.studyType.trim() !== '')
        .map((entry) => lookupKey(entry.studyType as string)),
    };
  }
}

/** What two multisets share and what each has over: a value twice in both matches twice. */
export function diffMultisets(
  gold: readonly string[],
  predicted: readonly string[],
): { matched: number; missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const value of gold) left.set(value, (left.get(value) ?? 0) + 1);
  let matched = 0;
  const extra: string[] = [];
  for (const value of predicted) {
    const available = left.get(value) ?? 0;
    if (available > 0) {
      matched++;
      left.set(value, available - 1);
    } else {
      extra.push(value);
    }
  }
  const missing = [...left].flatMap(([value, count]) => Array.from({ length: count }, () => value));
  return { matched, missing, extra };
}

/** Counts of two multisets (see `diffMultisets`). */
export function compareMultisets(gold: readonly string[], predicted: readonly string[]): Counts {
  const { matched, missing, extra } = diffMultisets(gold, predicted);
  return { truePositives: matched, falsePositives: extra.length, falseNegatives: missing.length };
}

type PositionFacts = Facts['positions'][number];

/**
 * For each predicted position, the index of the gold position it stands for, or -1. A pair
 * scores 4 for the same company, 2 for the same title, 1 each for the same start and end; pairs
 * of at least 4 are taken best first (ties in document order), each position at most once.
 */
export function alignPositions(
  gold: readonly PositionFacts[],
  predicted: readonly PositionFacts[],
): number[] {
  const pairs: { score: number; gold: number; predicted: number }[] = [];
  predicted.forEach((p, predictedIndex) => {
    gold.forEach((g, goldIndex) => {
      const score =
        (p.company === g.company ? 4 : 0) +
        (p.title !== '' && p.title === g.title ? 2 : 0) +
        (p.start !== '' && p.start === g.start ? 1 : 0) +
        (p.end !== '' && p.end === g.end ? 1 : 0);
      if (score >= 4) pairs.push({ score, gold: goldIndex, predicted: predictedIndex });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.predicted - b.predicted || a.gold - b.gold);
  const alignment = predicted.map(() => -1);
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (alignment[pair.predicted] !== -1 || taken.has(pair.gold)) continue;
    alignment[pair.predicted] = pair.gold;
    taken.add(pair.gold);
  }
  return alignment;
}

/** For every field, the gold's facts and the prediction's, as the keys that are compared. */
export function comparedFacts(
  gold: ResumeDocument,
  predicted: ResumeDocument,
  keys: FactKeys,
): Record<Field, [gold: string[], predicted: string[]]> {
  const g = keys.facts(gold);
  const p = keys.facts(predicted);
  const alignment = alignPositions(g.positions, p.positions);
  const goldPairs = g.positions.flatMap((position, index) =>
    [...position.technologies].map((t) => `${index}|${t}`),
  );
  const predictedPairs = p.positions.flatMap((position, index) => {
    const aligned = alignment[index] ?? -1;
    const owner = aligned === -1 ? `unaligned${index}` : String(aligned);
    return [...position.technologies].map((t) => `${owner}|${t}`);
  });
  return {
    companies: [g.companies, p.companies],
    titles: [g.titles, p.titles],
    dates: [g.dates, p.dates],
    roles: [g.roles, p.roles],
    technologies: [g.technologies, p.technologies],
    attribution: [goldPairs, predictedPairs],
    schools: [g.schools, p.schools],
    degrees: [g.degrees, p.degrees],
  };
}

/** Scores one predicted résumé against its gold. */
export function scoreResume(gold: ResumeDocument, predicted: ResumeDocument, keys: FactKeys): FieldCounts {
  const facts = comparedFacts(gold, predicted, keys);
  return Object.fromEntries(FIELDS.map((field) => [field, compareMultisets(...facts[field])])) as FieldCounts;
}

/** Scores of a document the extractor could not read: every gold fact missed. */
export function scoreMissing(gold: ResumeDocument, keys: FactKeys): FieldCounts {
  return scoreResume(gold, {}, keys);
}
