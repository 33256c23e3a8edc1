import { humanPath } from '../../src/resume/human-path.js';
import { type PathSegment, parseJsonPath } from '../../src/resume/json-path.js';
import type { ResumeDocument } from '../../src/resume/types.js';

/** A fact as importResumeDocument returns it. */
export interface Fact {
  path: string;
  value: string;
  line: number;
  endLine: number;
  column?: number | null;
  endColumn?: number | null;
  confidence: number;
}

/** One entry of the résumé as the page lists it: its facts beneath it, unticked to remove. */
export interface Entry {
  /** `work[0]`, `work[0].positions[1]`, `education[0]`, `basics`, … */
  path: string;
  title: string;
  /** What else it says at a glance: title, degree, dates (`Engineer · 2019-01 – 2021-02`). */
  details: string;
  /** The entry's `source.lines` ("N" or "N-M"), when it has one. */
  lines: string | undefined;
  /** 1 for a position under its employer. */
  depth: number;
  /** False for what is not an entry of a list (`basics`): only its facts can go. */
  removable: boolean;
  /** Indexes into the facts given to `entriesOf`. */
  facts: number[];
}

/** Lists whose items are entries of their own. */
const ENTRY_LISTS = new Set(['work', 'positions', 'education', 'skills', 'projects', 'publications']);

/** Fields without which an entry is no entry: removing one removes the entry. */
const REQUIRED: Readonly<Record<string, string>> = {
  work: 'name',
  education: 'institution',
  skills: 'name',
  projects: 'name',
  publications: 'name',
};

/** Lists that, once empty, leave their owner meaningless: an employer with no position, a skills group with no skill. */
const EMPTY_REMOVES_OWNER = new Set(['positions', 'keywords']);

/** The entry a fact belongs to: `work[0].positions[1].technologies[2]` → `work[0].positions[1]`. */
export function entryPathOf(factPath: string): string {
  const segments = parseJsonPath(factPath);
  let end = segments.length;
  while (end > 0) {
    const segment = segments[end - 1];
    const owner = segments[end - 2];
    if (typeof segment === 'number' && typeof owner === 'string' && ENTRY_LISTS.has(owner)) break;
    if (end === 1) break;
    end -= 1;
  }
  return humanPath(segments.slice(0, end));
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The résumé's entries in document order (employers, then their positions), each with its facts. */
export function entriesOf(resume: ResumeDocument, facts: readonly Fact[]): Entry[] {
  const entries: Entry[] = [];
  const add = (path: string, title: string, item: unknown, depth = 0, removable = true) => {
    const fields = (item ?? {}) as Json & { source?: { lines?: unknown } };
    entries.push({
      path,
      title,
      details: details(fields, title),
      lines: text(fields.source?.lines),
      depth,
      removable,
      facts: [],
    });
  };
  if (resume.basics) add('basics', text(resume.basics.name) ?? 'About', resume.basics, 0, false);
  resume.work?.forEach((work, i) => {
    add(`work[${i}]`, work.name, work);
    work.positions?.forEach((position, j) => {
      const title = text(position.position) ?? text(position.team) ?? 'Position (no title)';
      add(`work[${i}].positions[${j}]`, title, position, 1);
    });
  });
  const lists = [
    ['education', resume.education?.map((item) => [item.institution, item] as const)],
    ['projects', resume.projects?.map((item) => [item.name, item] as const)],
    ['publications', resume.publications?.map((item) => [item.name, item] as const)],
    ['skills', resume.skills?.map((item) => [item.name, item] as const)],
  ] as const;
  for (const [list, items] of lists) {
    for (const [i, [title, item]] of (items ?? []).entries()) add(`${list}[${i}]`, title, item);
  }
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  facts.forEach((fact, index) => {
    const entry = byPath.get(entryPathOf(fact.path));
    if (entry) entry.facts.push(index);
  });
  return entries;
}

/** The entry's other fields at a glance, the one its title already shows left out. */
function details(item: Json, title: string): string {
  const date = (value: unknown) => (typeof value === 'number' ? String(value) : text(value));
  const start = date(item.startDate);
  const end = item.current === true ? 'now' : date(item.endDate);
  const period = start || end ? `${start ?? '?'} – ${end ?? ''}`.trimEnd() : undefined;
  const what = [item.position, item.team, item.studyType, item.area, item.label].map(text);
  return [...what.filter((part) => part !== title), period].filter((part) => part !== undefined).join(' · ');
}

const GONE = Symbol('removed');

/**
 * The résumé without the given paths (fact paths or entry paths), for importing what the reader
 * kept. All paths refer to the résumé as given, whatever else is removed. Removing a field an
 * entry cannot be without (an employer's name) removes the entry; an employer left with no
 * position, and a skills group with no skill, go too. Lists emptied otherwise stay, as empty
 * lists: an entry whose technologies were all unticked used none. The résumé given is not changed.
 */
export function withoutPaths(resume: ResumeDocument, paths: Iterable<string>): ResumeDocument {
  const copy = structuredClone(resume) as Json;
  for (const path of paths) {
    let segments = parseJsonPath(path);
    const field = segments.at(-1);
    const list = segments.at(-3);
    if (typeof field === 'string' && typeof list === 'string' && REQUIRED[list] === field) {
      segments = segments.slice(0, -1);
    }
    const parent = valueAt(copy, segments.slice(0, -1));
    const key = segments.at(-1);
    if (parent && typeof parent === 'object' && key !== undefined && key in parent) {
      (parent as Record<PathSegment, unknown>)[key] = GONE;
    }
  }
  return prune(copy) as ResumeDocument;
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of segments) {
    // A removed entry (marked with a symbol, not an object) has no fields left to remove.
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** Drops what was marked, then owners that an emptied list leaves meaningless. */
function prune(value: unknown): unknown {
  if (value === GONE) return GONE;
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== GONE)
      .map(prune)
      .filter((item) => item !== GONE);
  }
  if (value === null || typeof value !== 'object') return value;
  const result: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === GONE) continue;
    const pruned = prune(field);
    if (
      EMPTY_REMOVES_OWNER.has(key) &&
      Array.isArray(field) &&
      field.length > 0 &&
      (pruned as unknown[]).length === 0
    ) {
      return GONE;
    }
    result[key] = pruned;
  }
  return result;
}
