import type { NodeLabel } from '../graph/model.js';
import type { NodeRow, Props } from './graph-plan.js';

/*
 * The one rule for a node several résumés describe in their own words: a name outside the
 * catalogues (`create` rows: "Quuxlang", "QuuxLang"), a school (`merge`: with or without its
 * bracketed short name), a project they share by id (`merge`: each with its own name, description
 * and dates). The graph keeps one résumé's description whole, the first of them in a fixed order:
 *   1. the fullest first: fewer of the label's DESCRIPTION_KEYS absent;
 *   2. then by those keys' values in turn, by code unit ("QuuxLang" before "Quuxlang").
 * The order is total over descriptions and the other properties follow from these keys (and the
 * id), so the graph depends on the set of résumés only: not on their order, their batching, or
 * which of two transactions commits first. The load checks, under the node's lock, that what it
 * compared against is still what the node holds (src/graph/queries/upsert-nodes.ts).
 * One exception keeps a résumé's own words its own: a project only that person works on takes
 * their description, so a reload that renames it renames it (as a fresh load would).
 */

/** Per label, what a description of a node of that label is. */
export const DESCRIPTION_KEYS: Partial<Record<NodeLabel, readonly string[]>> = {
  Company: ['name'],
  Technology: ['name'],
  School: ['name'],
  Project: ['name', 'description', 'startDate', 'endDate', 'entity'],
};

/** Whether a planned row describes a node others may describe too (rather than set it: catalogue entries, a person's own nodes). */
export function isDescription(row: Pick<NodeRow, 'mode'>): boolean {
  return row.mode !== 'replace';
}

/**
 * Whether the stored node (properties as read) holds a description, which a description may
 * replace; a catalogue entry (`normalised: true`) does not, and keeps its catalogue properties.
 */
export function holdsDescription(label: NodeLabel, stored: Readonly<Record<string, unknown>>): boolean {
  return DESCRIPTION_KEYS[label] !== undefined && stored.normalised !== true;
}

/** Negative when description `a` comes before `b` in the fixed order, 0 when they are the same. */
export function compareDescriptions(
  label: NodeLabel,
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): number {
  const keys = DESCRIPTION_KEYS[label] ?? [];
  const absent = (props: Readonly<Record<string, unknown>>) =>
    keys.filter((key) => props[key] === undefined || props[key] === null).length;
  const fuller = absent(a) - absent(b);
  if (fuller !== 0) return fuller;
  for (const key of keys) {
    const x = text(a[key]);
    const y = text(b[key]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The properties a planned description leaves on a stored node: its own when it comes first (or
 * when `own`: a project only this person works on), else undefined (the stored description stays).
 */
export function describedProps(
  label: NodeLabel,
  planned: Props,
  stored: Readonly<Record<string, unknown>>,
  own: boolean,
): Props | undefined {
  if (!holdsDescription(label, stored)) return undefined;
  if (own) return planned;
  return compareDescriptions(label, planned, stored) < 0 ? planned : undefined;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
