import type { Catalogue } from '../catalogue/catalogue.js';
import type { Counters, Executor, TransactionRunner } from '../db/Executor.js';
import { EDGE_KIND_NAMES, EDGE_KINDS, type EdgeKind } from '../graph/edge-kinds.js';
import { NODE_LABELS, type NodeLabel, RelType } from '../graph/model.js';
import { createEdges } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteOrphans, deleteRoles } from '../graph/queries/delete-stale.js';
import { lockPerson } from '../graph/queries/lock-person.js';
import { snapshotPerson } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';
import { ResumeError } from '../resume/resume-error.js';
import type { ResumeIssue } from '../resume/resume-issue.js';
import type { Resume } from '../resume/types.js';
import type { EdgeRow, GraphPlan, NodeRow, Props, UnnormalisedName } from './graph-plan.js';
import { planResumeGraph } from './plan-resume-graph.js';
import { warmUpLoader } from './warm-up-loader.js';

/** What loading one résumé changed. */
export interface ResumeLoadResult {
  file: string;
  personId: string;
  roles: number;
  /** From the driver's update counters, summed over the transaction's statements. */
  counters: Counters;
  /** Existing nodes whose properties changed. */
  nodesUpdated: number;
  nodesCreatedByLabel: Record<NodeLabel, number>;
  unnormalised: UnnormalisedName[];
}

interface StoredEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

interface Snapshot {
  edges: StoredEdge[];
  existing: { id: string; labels: string[]; props: Record<string, unknown> }[];
  foreignRoles: { id: string; person: string }[];
  projects: { id: string; shared: boolean; technologies: string[] }[];
}

/**
 * Loads one résumé in one write transaction, so a failure changes nothing. The person's own part of
 * the graph (roles, their AT/USED/WORKED_ON edges, skills, education, top-level projects) is made
 * to equal the résumé: relationships no longer wanted are deleted, roles no longer held are
 * deleted, projects and schools nobody links to any more are deleted; companies and technologies
 * stay. Loading the same résumé twice leaves the graph unchanged.
 * Throws `ResumeError` when the résumé's ids collide with other nodes (another kind, or a role
 * another person holds).
 */
export async function loadResume(
  executor: Executor,
  resume: Resume,
  catalogue: Catalogue,
): Promise<ResumeLoadResult> {
  const plan = planResumeGraph(resume, catalogue);
  await warmUpLoader(executor);
  try {
    return await executor.transaction((tx) => applyPlan(tx, resume, plan));
  } catch (error) {
    // A shared node read as present was deleted meanwhile (deletePerson removing what nobody else
    // used): nothing was committed, and a second attempt reads the graph afresh and recreates it.
    if (!(error instanceof SharedNodeVanished)) throw error;
    return executor.transaction((tx) => applyPlan(tx, resume, plan));
  }
}

/** Some relationships found an endpoint missing that the same transaction had read as present. */
class SharedNodeVanished extends Error {
  constructor(file: string, missing: number) {
    super(`${file}: ${missing} relationships lost an endpoint that another transaction deleted meanwhile.`);
    this.name = 'SharedNodeVanished';
  }
}

async function applyPlan(tx: TransactionRunner, resume: Resume, plan: GraphPlan): Promise<ResumeLoadResult> {
  const counters: Counters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  const write = async <R>(
    query: Parameters<TransactionRunner['run']>[0],
    params: Record<string, unknown>,
  ) => {
    const { rows, counters: delta } = await tx.runWithCounters<R>(query, params);
    for (const key of Object.keys(counters) as (keyof Counters)[]) counters[key] += delta[key];
    return rows;
  };

  const [lock] = await write<{ created: boolean }>(lockPerson, { personId: plan.personId });
  const personCreated = lock?.created === true;
  const planProjectIds = new Set(plan.nodes.Project.map((node) => node.id));
  const [snapshot] = await tx.run<Snapshot>(snapshotPerson, {
    personId: plan.personId,
    input: {
      ids: NODE_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id)),
      roleIds: plan.nodes.Role.map((node) => node.id),
      projectIds: [...planProjectIds],
    },
  });
  if (!snapshot) throw new Error('loader.snapshotPerson returned no row');
  const existing = new Map(snapshot.existing.map((node) => [node.id, node]));
  rejectCollisions(resume, plan, snapshot, existing);

  // Owned relationships: diff what is stored against what the résumé says.
  const wanted = new Set<string>();
  for (const kind of EDGE_KIND_NAMES) {
    if (!EDGE_KINDS[kind].owned) continue;
    for (const row of plan.edges[kind]) wanted.add(edgeKey(EDGE_KINDS[kind].type, row));
  }
  const stored = new Set(snapshot.edges.map((edge) => edgeKey(edge.type, edge)));
  const planRoleIds = new Set(plan.nodes.Role.map((node) => node.id));
  const staleRoleIds = snapshot.edges
    .filter((edge) => edge.type === RelType.HELD && !planRoleIds.has(edge.to))
    .map((edge) => edge.to);
  const staleRoles = new Set(staleRoleIds);
  const staleEdges = snapshot.edges.filter(
    (edge) => !wanted.has(edgeKey(edge.type, edge)) && !staleRoles.has(edge.from) && !staleRoles.has(edge.to),
  );

  // A project only this person works on takes its technologies from this résumé alone.
  const projectTechnologies = new Map<string, Set<string>>();
  for (const row of plan.edges.projectUsed) {
    const technologies = projectTechnologies.get(row.from) ?? new Set<string>();
    technologies.add(row.to);
    projectTechnologies.set(row.from, technologies);
  }
  const storedProjectUses = new Set<string>();
  for (const project of snapshot.projects) {
    for (const technology of project.technologies) storedProjectUses.add(`${project.id}\u0000${technology}`);
    if (project.shared) continue;
    const keep = projectTechnologies.get(project.id) ?? new Set<string>();
    for (const technology of project.technologies) {
      if (!keep.has(technology))
        staleEdges.push({ type: RelType.USED, from: project.id, to: technology, props: {} });
    }
  }

  const planSchoolIds = new Set(plan.nodes.School.map((node) => node.id));
  const orphanProjects = new Set<string>();
  const orphanSchools = new Set<string>();
  for (const edge of snapshot.edges) {
    if (edge.type === RelType.WORKED_ON && !planProjectIds.has(edge.to)) orphanProjects.add(edge.to);
    if (edge.type === RelType.STUDIED_AT && !planSchoolIds.has(edge.to)) orphanSchools.add(edge.to);
  }

  if (staleEdges.length > 0) await write(deleteEdges, { rows: staleEdges });
  if (staleRoleIds.length > 0) await write(deleteRoles, { ids: staleRoleIds });
  if (orphanProjects.size > 0 || orphanSchools.size > 0) {
    await write(deleteOrphans, { input: { projectIds: [...orphanProjects], schoolIds: [...orphanSchools] } });
  }

  // Only new nodes and nodes whose properties change are written.
  const nodeParams = {} as Record<NodeLabel, { id: string; props: Props }[]>;
  let nodesUpdated = 0;
  let anyNodes = false;
  for (const label of NODE_LABELS) {
    nodeParams[label] = [];
    for (const node of plan.nodes[label]) {
      const stored = existing.get(node.id);
      const props = wantedProps(node, stored?.props);
      if (props === undefined) continue;
      nodeParams[label].push({ id: node.id, props });
      if (stored) nodesUpdated += 1;
    }
    anyNodes ||= nodeParams[label].length > 0;
  }
  const nodesCreatedByLabel = {} as Record<NodeLabel, number>;
  const [upserted] = anyNodes ? await write<Record<string, number>>(upsertNodes, { nodes: nodeParams }) : [];
  for (const label of NODE_LABELS) nodesCreatedByLabel[label] = upserted?.[`created${label}`] ?? 0;
  // A person created by lockPerson was only an id when upsertNodes filled it in: created, not updated.
  if (personCreated) nodesCreatedByLabel.Person += 1;

  // Ordered by the endpoint other loads may share, so that concurrent loads lock alike.
  const edgeRows: (EdgeRow & { kind: EdgeKind })[] = [];
  for (const kind of EDGE_KIND_NAMES) {
    const { type, owned } = EDGE_KINDS[kind];
    for (const row of plan.edges[kind]) {
      const known =
        kind === 'projectUsed'
          ? storedProjectUses.has(`${row.from}\u0000${row.to}`)
          : owned && stored.has(edgeKey(type, row));
      if (!known) edgeRows.push({ kind, ...row });
    }
  }
  edgeRows.sort((a, b) => compare(a.to, b.to) || compare(a.from, b.from));
  if (edgeRows.length > 0) {
    const [written] = await write<{ edges: number }>(createEdges, { edges: edgeRows });
    const missing = edgeRows.length - (written?.edges ?? 0);
    if (missing > 0) throw new SharedNodeVanished(resume.file, missing);
  }

  return {
    file: resume.file,
    personId: plan.personId,
    roles: plan.nodes.Role.length,
    counters,
    nodesUpdated,
    nodesCreatedByLabel,
    unnormalised: plan.unnormalised,
  };
}

/** Identity of a relationship: type, endpoints and properties (in key order). */
function edgeKey(type: string, edge: { from: string; to: string; props: Record<string, unknown> }): string {
  const props = Object.keys(edge.props)
    .sort()
    .map((key) => [key, String(edge.props[key])]);
  return JSON.stringify([type, edge.from, edge.to, props]);
}

/**
 * The properties to write for a planned node, or undefined when the stored node already has them.
 * `replace`: exactly the planned ones; `merge`: the stored ones overlaid with the planned ones;
 * `create`: the planned ones, only for a node that does not exist yet.
 */
function wantedProps(node: NodeRow, stored: Record<string, unknown> | undefined): Props | undefined {
  if (!stored) return node.props;
  if (node.mode === 'create') return undefined;
  const wanted = node.mode === 'merge' ? ({ ...stored, ...node.props } as Props) : node.props;
  return sameProps(stored, wanted) ? undefined : wanted;
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

function rejectCollisions(
  resume: Resume,
  plan: GraphPlan,
  snapshot: Snapshot,
  existing: Map<string, Snapshot['existing'][number]>,
): void {
  const issues: ResumeIssue[] = [];
  // Ids the résumé itself gives to two kinds of node (a project with a role's id).
  const planned = new Map<string, NodeLabel>();
  for (const label of NODE_LABELS) {
    for (const node of plan.nodes[label]) {
      const first = planned.get(node.id);
      if (first === undefined) {
        planned.set(node.id, label);
        continue;
      }
      issues.push({
        file: resume.file,
        path: node.origin,
        found: `the ${label.toLowerCase()} id "${node.id}", which this résumé also gives a ${first}`,
        expected: `ids unique across kinds of node: give the ${label.toLowerCase()} its own \`id\``,
      });
    }
  }
  const reported = new Set(issues.map((issue) => issue.path));
  for (const label of NODE_LABELS) {
    for (const node of plan.nodes[label]) {
      const stored = existing.get(node.id);
      if (!stored || stored.labels.includes(label) || reported.has(node.origin)) continue;
      const kind = label.toLowerCase();
      const other = stored.labels.filter((name) => name !== 'Entity').join('/');
      const unnormalised = label === 'Technology' || label === 'Company';
      issues.push({
        file: resume.file,
        path: node.origin,
        found: `the ${kind} id "${node.id}", which a ${other} node already has`,
        expected: unnormalised
          ? `a name that does not collide with another kind of node (add it to the ${kind} catalogue)`
          : `ids unique across kinds of node: give the ${kind} its own \`id\``,
      });
    }
  }
  for (const role of snapshot.foreignRoles) {
    issues.push({
      file: resume.file,
      path: plan.nodes.Role.find((node) => node.id === role.id)?.origin ?? '',
      found: `the role id "${role.id}", already held by person "${role.person}"`,
      expected: 'role ids unique across résumés (leave `id` out to get "<personId>-w<i>-p<j>")',
    });
  }
  if (issues.length > 0) throw new ResumeError(resume.file, issues);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
