import { EDGE_KIND_NAMES, EDGE_KINDS, type EdgeKind } from '../graph/edge-kinds.js';
import { NODE_LABELS, type NodeLabel, RelType, SHARED_LABELS } from '../graph/model.js';
import type { PersonSnapshot, StoredEdge } from '../graph/queries/snapshot-person.js';
import { compareStrings as compare } from '../util/compare-strings.js';
import type { EdgeRow, GraphPlan, NodeRow, Props } from './graph-plan.js';
import { describedProps, isDescription } from './shared-descriptions.js';

/**
 * A node to write. `expect`, on a description (src/loader/shared-descriptions.ts): the properties
 * it was compared against, `{}` when the node was not there; the write checks that the node still
 * holds them, under its lock.
 */
export interface NodeWrite {
  id: string;
  props: Props;
  expect?: Record<string, unknown>;
  /**
   * On a role the snapshot did not find: the write must create it. A role there by then was created by
   * another person's transaction since the snapshot (this person is locked), so the write reports it
   * changed and the transaction runs again, where the collision check refuses the résumé.
   */
  fresh?: true;
}

/** What one load writes: the difference between a résumé's plan and what the graph holds for it. */
export interface PlanDiff {
  /** Owned relationships the résumé no longer states, and technologies a project of its own dropped. */
  staleEdges: StoredEdge[];
  /** Roles the person no longer holds (deleted with their relationships). */
  staleRoleIds: string[];
  /** Per label, the nodes to write: new ones, and existing ones whose properties change. */
  nodeWrites: Record<NodeLabel, NodeWrite[]>;
  /** How many of `nodeWrites` already exist. */
  nodesUpdated: number;
  /** Relationships to create, ordered by the endpoint other loads may share, then the other. */
  newEdges: (EdgeRow & { kind: EdgeKind })[];
  /**
   * Existing shared nodes the load writes (properties, or a PART_OF it removes): locked before
   * anything is written. One of them missing by then means a concurrent delete removed it (the
   * load plans again). Those it only links to are not locked ahead: linking takes Neo4j's own lock
   * on the node (a shared one on a dense node, so concurrent loads linking one popular technology
   * do not wait for each other), and an orphan delete holds its exclusive lock from lockNodes to
   * commit, so either the delete sees the new link, or the link finds the node gone
   * (EntityNotFound, or createEdges writing fewer relationships than asked) and the transaction
   * runs again.
   */
  touched: string[];
  /** Shared nodes the deletions unlink and the résumé no longer names: orphans perhaps. */
  unlinked: string[];
  /**
   * Existing companies whose parent changes (one added, removed or replaced): the TENURE of every
   * role at them or at a company under them may name another top company now.
   */
  reparented: string[];
}

const SHARED = new Set<string>(SHARED_LABELS);

/**
 * Compares a résumé's plan with the snapshot read in its transaction. Pure: the same inputs give
 * the same diff, and nothing is written. Owned relationships (EDGE_KINDS `owned`) are the
 * person's alone and made equal to the plan; a project only this person works on takes its
 * technologies from this résumé alone, while a shared project keeps those other résumés gave.
 */
export function diffPlan(plan: GraphPlan, snapshot: PersonSnapshot): PlanDiff {
  const existing = new Map(snapshot.existing.map((node) => [node.id, node]));
  const plannedLabel = new Map<string, NodeLabel>();
  for (const label of NODE_LABELS) for (const node of plan.nodes[label]) plannedLabel.set(node.id, label);

  // A person new to the graph has no stored relationships: nothing to key and compare (a first load).
  const wanted = new Set<string>();
  if (snapshot.edges.length > 0) {
    for (const kind of EDGE_KIND_NAMES) {
      if (!EDGE_KINDS[kind].owned) continue;
      for (const row of plan.edges[kind]) wanted.add(edgeKey(EDGE_KINDS[kind].type, row));
    }
  }
  const stored = new Set(snapshot.edges.map((edge) => edgeKey(edge.type, edge)));
  const staleRoleIds = [
    ...new Set(
      snapshot.edges
        .filter((edge) => edge.type === RelType.HELD && plannedLabel.get(edge.to) !== 'Role')
        .map((edge) => edge.to),
    ),
  ];
  const staleRoles = new Set(staleRoleIds);
  const staleEdges = snapshot.edges.filter(
    (edge) => !wanted.has(edgeKey(edge.type, edge)) && !staleRoles.has(edge.from) && !staleRoles.has(edge.to),
  );

  const projectTechnologies = new Map<string, Set<string>>();
  for (const row of plan.edges.projectUsed) {
    const technologies = projectTechnologies.get(row.from) ?? new Set<string>();
    technologies.add(row.to);
    projectTechnologies.set(row.from, technologies);
  }
  const storedProjectUses = new Set<string>();
  for (const project of snapshot.projects) {
    for (const technology of project.technologies) storedProjectUses.add(pairKey(project.id, technology));
    if (project.shared) continue;
    const keep = projectTechnologies.get(project.id) ?? new Set<string>();
    for (const technology of project.technologies) {
      if (!keep.has(technology))
        staleEdges.push({ type: RelType.USED, from: project.id, to: technology, props: {} });
    }
  }

  // A company's parent is the one the catalogue in use gives, as a fresh load would link it: the
  // plan names every company's parents (none when the catalogue gives none), so a stored PART_OF
  // from a company it names that it does not state is stale.
  const plannedParents = new Set(plan.edges.partOf.map((row) => pairKey(row.from, row.to)));
  const storedParents = new Set(snapshot.partOf.map((row) => pairKey(row.from, row.to)));
  const staleParents = snapshot.partOf.filter(
    (row) => plannedLabel.get(row.from) === 'Company' && !plannedParents.has(pairKey(row.from, row.to)),
  );
  for (const row of staleParents)
    staleEdges.push({ type: RelType.PART_OF, from: row.from, to: row.to, props: {} });
  const reparented = new Set(staleParents.map((row) => row.from));
  for (const row of plan.edges.partOf) {
    if (existing.has(row.from) && !storedParents.has(pairKey(row.from, row.to))) reparented.add(row.from);
  }

  // Every shared node the plan names is linked by it again; the others a deletion unlinks may be orphans.
  const unlinked = new Set<string>();
  for (const edge of [...staleEdges, ...snapshot.edges.filter((edge) => staleRoles.has(edge.from))]) {
    if (edge.type !== RelType.HELD && !plannedLabel.has(edge.to)) unlinked.add(edge.to);
  }

  const touched = new Set<string>();
  const isExistingShared = (id: string) => {
    const label = plannedLabel.get(id);
    return label !== undefined && SHARED.has(label) && existing.has(id);
  };

  for (const row of staleParents) if (isExistingShared(row.from)) touched.add(row.from);

  const sharedProjects = new Set(snapshot.projects.filter((project) => project.shared).map(({ id }) => id));
  const nodeWrites = {} as PlanDiff['nodeWrites'];
  let nodesUpdated = 0;
  for (const label of NODE_LABELS) {
    nodeWrites[label] = [];
    for (const node of plan.nodes[label]) {
      const storedNode = existing.get(node.id);
      const own = label === 'Project' && !sharedProjects.has(node.id);
      const props = wantedProps(label, node, storedNode?.props, own);
      if (props === undefined) continue;
      nodeWrites[label].push(
        isDescription(node)
          ? { id: node.id, props, expect: storedNode?.props ?? {} }
          : { id: node.id, props, ...(label === 'Role' && !storedNode && { fresh: true as const }) },
      );
      if (storedNode) nodesUpdated += 1;
      if (isExistingShared(node.id)) touched.add(node.id);
    }
  }

  const newEdges: PlanDiff['newEdges'] = [];
  for (const kind of EDGE_KIND_NAMES) {
    const { type, owned } = EDGE_KINDS[kind];
    for (const row of plan.edges[kind]) {
      const known =
        kind === 'projectUsed'
          ? storedProjectUses.has(pairKey(row.from, row.to))
          : owned && stored.size > 0 && stored.has(edgeKey(type, row));
      if (known) continue;
      newEdges.push({ kind, ...row });
    }
  }
  newEdges.sort((a, b) => compare(a.to, b.to) || compare(a.from, b.from));

  return {
    staleEdges,
    staleRoleIds,
    nodeWrites,
    nodesUpdated,
    newEdges,
    touched: [...touched].sort(compare),
    unlinked: [...unlinked].sort(compare),
    reparented: [...reparented].sort(compare),
  };
}

/** Identity of a relationship: type, endpoints and properties (in key order). */
function edgeKey(type: string, edge: { from: string; to: string; props: Record<string, unknown> }): string {
  const props = Object.keys(edge.props)
    .sort()
    .map((key) => [key, String(edge.props[key])]);
  return JSON.stringify([type, edge.from, edge.to, props]);
}

function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/**
 * The properties to write for a planned node, or undefined when the stored node already has them.
 * `replace`: exactly the planned ones; a description (`merge`, `create`): the planned ones when
 * they come first by the one rule (src/loader/shared-descriptions.ts; `own`: a project only this
 * person works on).
 */
function wantedProps(
  label: NodeLabel,
  node: NodeRow,
  stored: Record<string, unknown> | undefined,
  own: boolean,
): Props | undefined {
  if (!stored) return node.props;
  const wanted = isDescription(node) ? describedProps(label, node.props, stored, own) : node.props;
  return wanted === undefined || sameProps(stored, wanted) ? undefined : wanted;
}

/** Property maps as Neo4j returns them (integers as numbers) against planned ones (bigint). */
function sameProps(stored: Record<string, unknown>, wanted: Props): boolean {
  const keys = Object.keys(wanted);
  if (Object.keys(stored).length !== keys.length) return false;
  return keys.every((key) => sameValue(stored[key], wanted[key]));
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  if (typeof wanted === 'bigint') return typeof stored === 'number' && BigInt(stored) === wanted;
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(stored) &&
      stored.length === wanted.length &&
      wanted.every((item, index) => sameValue(stored[index], item))
    );
  }
  return stored === wanted;
}
