import { Label, NODE_LABELS, type NodeLabel } from './model.js';

/*
 * The kind of a node, as GraphQL's `EntityKind` names it, and the Cypher that tells it and labels
 * it for display, all derived from the one list of labels in model.ts. Cypher helpers take only
 * literal variable names of our own query texts.
 */

export type EntityKind = Uppercase<NodeLabel>;

export const kindOfLabel = (label: NodeLabel): EntityKind => label.toUpperCase() as EntityKind;

/** Every kind, in `NODE_LABELS` order. */
export const entityKinds: readonly EntityKind[] = NODE_LABELS.map(kindOfLabel);

export const labelOfKind = Object.fromEntries(
  NODE_LABELS.map((label) => [kindOfLabel(label), label]),
) as Readonly<Record<EntityKind, NodeLabel>>;

/** Cypher expression: the EntityKind of node `variable`. */
export function kindOf(variable: string): string {
  const cases = NODE_LABELS.map((label) => `WHEN ${variable}:${label} THEN '${kindOfLabel(label)}'`);
  return `CASE ${cases.join(' ')} END`;
}

/** What stands in for the title of a position the résumé names none for (and that has no team). */
export const UNTITLED_POSITION = 'Untitled position';

/** How a position is named wherever it is shown: its title, else its team, else `UNTITLED_POSITION`. */
export function positionName(position: { title?: string | null; team?: string | null }): string {
  return position.title ?? position.team ?? UNTITLED_POSITION;
}

/**
 * Cypher expression: the label of person `p` as the API answers `Person.label`: the `label` the
 * loader built (src/loader/plan-resume-graph.ts `personLabel`), else the id.
 */
export function cypherPersonLabel(p: string): string {
  return `coalesce(${p}.label, ${p}.id)`;
}

/**
 * Cypher expression: how node `n` is labelled for display: a person by `cypherPersonLabel`, a role
 * by its title, else its team, else `UNTITLED_POSITION`, anything else by its name.
 */
export function displayLabel(n: string): string {
  return `CASE WHEN ${n}:${Label.Person} THEN ${cypherPersonLabel(n)} WHEN ${n}:${Label.Role} THEN coalesce(${n}.title, ${n}.team, '${UNTITLED_POSITION}') ELSE coalesce(${n}.name, ${n}.id) END`;
}

/** Cypher map of node `n` as a GraphNode `{ id, kind, label }`. */
export function graphNode(n: string): string {
  return `{ id: ${n}.id, kind: ${kindOf(n)}, label: ${displayLabel(n)} }`;
}
