import { type GapFacts, type GapStatus, gapStatuses, staleAfterMonths } from '../../src/career/gaps.js';
import { lookupKey } from '../../src/catalogue/lookup-key.js';
import { positionName } from '../../src/graph/node-kind.js';
import type { TimelineRole } from './timeline-model.js';

/** A technology as the panels' answers name it. */
export interface TechnologyRef {
  id: string;
  name: string;
}

/**
 * A technology the user asked for, as typed, with what the API's `technology(id:)` resolved it to
 * (any id, name, alias or spelling); `resolved` is null when nothing in the graph is called that.
 */
export interface PickedTechnology {
  spelling: string;
  resolved: TechnologyRef | null;
}

/**
 * The spellings in what was typed into the technology picker: commas, semicolons and line breaks
 * separate them (never `/`, `.`, `+` or `#`: `CI/CD`, `Node.js`, `C++` and `C#` are names).
 */
export function splitSpellings(typed: string): string[] {
  return typed
    .split(/[,;\n\r]+/)
    .map((spelling) => spelling.trim())
    .filter((spelling) => spelling !== '');
}

/** What identifies a picked technology: its id once resolved, else its spelling's lookup key. */
function pickedKey(picked: PickedTechnology): string {
  return picked.resolved ? `id:${picked.resolved.id}` : `key:${lookupKey(picked.spelling)}`;
}

/**
 * `current` with `added` appended, in order, each technology once: a second spelling of a
 * technology already picked (`k8s` after `Kubernetes`) adds nothing.
 */
export function addPicked(
  current: readonly PickedTechnology[],
  added: readonly PickedTechnology[],
): PickedTechnology[] {
  const seen = new Set(current.map(pickedKey));
  const result = [...current];
  for (const picked of added) {
    const key = pickedKey(picked);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(picked);
  }
  return result;
}

/**
 * The `technologies` argument of experts, team and gaps: resolved ones by id, the others as
 * typed, so that the API answers an unknown spelling with its own NOT_FOUND (and its suggestion)
 * rather than the page dropping it in silence.
 */
export function technologiesArgument(picked: readonly PickedTechnology[]): string[] {
  return picked.map((technology) => technology.resolved?.id ?? technology.spelling);
}

/** How a picked technology is shown: `k8s → Kubernetes`, its name alone when typed so. */
export function pickedLabel(picked: PickedTechnology): string {
  if (!picked.resolved) return `${picked.spelling} (not in the graph)`;
  return lookupKey(picked.spelling) === lookupKey(picked.resolved.name)
    ? picked.resolved.name
    : `${picked.spelling} → ${picked.resolved.name}`;
}

/** One technology `requirements` found in a text, at `start` (included) to `end` (excluded). */
export interface TechnologyMention {
  technology: TechnologyRef;
  text: string;
  start: number;
  end: number;
  /** Matched only as a likely misspelling of a catalogue spelling. */
  fuzzy: boolean;
}

/** A technology a text names, with each way it was written there, in the order of first mention. */
export interface FoundTechnology {
  technology: TechnologyRef;
  spellings: string[];
  mentions: number;
  /** Every mention is only a likely misspelling: worth a look before trusting it. */
  fuzzy: boolean;
}

/** The distinct technologies of `requirements`' mentions, first mentioned first. */
export function foundTechnologies(mentions: readonly TechnologyMention[]): FoundTechnology[] {
  const found = new Map<string, FoundTechnology>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const entry = found.get(mention.technology.id);
    if (!entry) {
      found.set(mention.technology.id, {
        technology: mention.technology,
        spellings: [mention.text],
        mentions: 1,
        fuzzy: mention.fuzzy,
      });
      continue;
    }
    entry.mentions += 1;
    entry.fuzzy &&= mention.fuzzy;
    if (!entry.spellings.includes(mention.text)) entry.spellings.push(mention.text);
  }
  return [...found.values()];
}

/** A piece of the requirements text: plain, or a mention of a technology. */
export type TextSegment = { text: string } | { text: string; technology: TechnologyRef };

/**
 * The text cut at the mentions so that they can be highlighted where they stand. Offsets are
 * JavaScript string indices (UTF-16 code units), as the API's matcher reads the text; a mention
 * overlapping an earlier one, or lying outside the text, is left out rather than drawn wrong.
 */
export function segmentText(text: string, mentions: readonly TechnologyMention[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mention.start < at || mention.end > text.length || mention.end <= mention.start) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start) });
    segments.push({ text: text.slice(mention.start, mention.end), technology: mention.technology });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

export type { GapStatus };
/** The statuses, in the order a summary names them: the schema's. */
export { gapStatuses };

/** A role as the panels show it in evidence. */
export type EvidenceRole = Omit<TimelineRole, 'technologies'>;

/** One technology of a gap analysis, as `gaps` answers it: the API's facts and their evidence. */
export interface Gap extends GapFacts {
  technology: TechnologyRef;
  skill: boolean;
  roles: EvidenceRole[];
  projects: { id: string; name: string }[];
}

/** What each status means, for its badge and its tooltip (the API's rule and horizon). */
export const gapStatusText: Readonly<Record<GapStatus, { label: string; meaning: string }>> = {
  USED: {
    label: 'Used',
    meaning: `a role or project used it within the last ${staleAfterMonths} months, or still does`,
  },
  LISTED_ONLY: { label: 'Listed only', meaning: 'listed as a skill, and no role or project used it' },
  STALE: { label: 'Stale', meaning: `every dated use ended more than ${staleAfterMonths} months ago` },
  MISSING: { label: 'Missing', meaning: 'neither used nor listed' },
};

/** `36 months` / `1 month`; null for no count. */
export function monthsText(months: number | null | undefined): string | null {
  if (months === null || months === undefined) return null;
  return `${months} month${months === 1 ? '' : 's'}`;
}

/** `3 roles and 1 project`. */
function evidenceCount(roles: number, projects: number): string {
  const parts: string[] = [];
  if (roles) parts.push(`${roles} role${roles === 1 ? '' : 's'}`);
  if (projects) parts.push(`${projects} project${projects === 1 ? '' : 's'}`);
  return namesText(parts);
}

/** The line beside a gap's badge: how long, when, and how long ago, as far as the dates go. */
export function gapDetail(gap: Gap): string {
  if (gap.status === 'MISSING') return 'neither used nor listed as a skill';
  if (gap.status === 'LISTED_ONLY') return 'listed as a skill; no role or project used it';
  const parts: string[] = [];
  const months = monthsText(gap.months);
  if (months) parts.push(months);
  if (gap.current) parts.push(gap.firstUsed ? `since ${gap.firstUsed}, still in use` : 'still in use');
  else if (gap.lastUsed) {
    parts.push(
      gap.firstUsed && gap.firstUsed !== gap.lastUsed ? `${gap.firstUsed} – ${gap.lastUsed}` : gap.lastUsed,
    );
    const ago = monthsText(gap.monthsSinceUsed);
    if (ago && gap.monthsSinceUsed) parts.push(`${ago} ago`);
  }
  if (parts.length === 0) {
    const count = evidenceCount(gap.roles.length, gap.projects.length);
    return count ? `used in ${count}, none dated` : 'no dates given';
  }
  return parts.join(' · ');
}

/** Where the evidence of a gap lies: `Principal Software Engineer @ Microsoft; project Content Builder`. */
export function evidenceText(roles: readonly EvidenceRole[], projects: readonly { name: string }[]): string {
  return [
    ...roles.map((role) => `${positionName(role)} @ ${role.company.name}${periodText(role)}`),
    ...projects.map((project) => `project ${project.name}`),
  ].join('; ');
}

/** ` (2019-12 – 2021-09)`, ` (2025-09 – now)`, or nothing for a role without dates. */
export function periodText(role: Pick<EvidenceRole, 'startDate' | 'endDate' | 'current'>): string {
  if (!role.startDate && !role.endDate && !role.current) return '';
  return ` (${role.startDate ?? '?'} – ${role.current ? 'now' : (role.endDate ?? '?')})`;
}

/** How many technologies have each status, every status present (0 when none). */
export function gapSummary(gaps: readonly Gap[]): Record<GapStatus, number> {
  const counts = { USED: 0, LISTED_ONLY: 0, STALE: 0, MISSING: 0 };
  for (const gap of gaps) counts[gap.status] += 1;
  return counts;
}

/** `2 used · 1 stale · 1 missing`: the statuses that occur, in the order of gapStatuses. */
export function gapSummaryText(gaps: readonly Gap[]): string {
  const counts = gapSummary(gaps);
  return gapStatuses
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${gapStatusText[status].label.toLowerCase()}`)
    .join(' · ');
}

/** A team as `team` answers it. */
export interface Team {
  /** In the order chosen; `adds` is what each was chosen for (covered by no one chosen before). */
  members: {
    person: { id: string; label: string };
    covers: TechnologyRef[];
    adds: TechnologyRef[];
    score: number;
  }[];
  uncovered: TechnologyRef[];
}

/** `covers 4 of 5 technologies`, counting the technologies the team was asked for. */
export function teamCoverageText(team: Team): string {
  const covered = new Set(team.members.flatMap((member) => member.covers.map((t) => t.id)));
  const asked = covered.size + team.uncovered.filter((t) => !covered.has(t.id)).length;
  return `The team covers ${covered.size} of ${asked} technolog${asked === 1 ? 'y' : 'ies'}`;
}

/** Names, joined for a sentence: `Kafka, Flink and Terraform`. */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The experts' filters as typed: empty fields are absent; what is typed must be well formed. */
export interface ExpertFilters {
  minMonths?: number;
  usedSince?: string;
  first?: number;
}

/**
 * The expert finder's optional fields read into arguments. The page checks only that a number is
 * a number; the API judges the values (and its message is shown as it gives it).
 */
export function readExpertFilters(fields: {
  minMonths: string;
  usedSince: string;
  first: string;
}): { filters: ExpertFilters } | { error: string } {
  const filters: ExpertFilters = {};
  for (const name of ['minMonths', 'first'] as const) {
    const raw = fields[name].trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value))
      return { error: `${name} "${raw}" is not a whole number: type one, like 12, or leave it empty.` };
    filters[name] = value;
  }
  const usedSince = fields.usedSince.trim();
  if (usedSince !== '') filters.usedSince = usedSince;
  return { filters };
}
