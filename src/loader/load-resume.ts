import type { Catalogue } from '../catalogue/catalogue.js';
import type { Counters, Executor, TransactionRunner } from '../db/Executor.js';
import { EDGE_KINDS } from '../graph/edge-kinds.js';
import { DERIVED_REL_TYPES, NODE_LABELS, type NodeLabel, type RelType } from '../graph/model.js';
import { createEdges } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { lockPerson } from '../graph/queries/lock-person.js';
import { deleteOrphans, lockNodes, lockOrder, orphanCandidates } from '../graph/queries/orphans.js';
import { type PersonSnapshot, snapshotPerson } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';
import { retryWhenNodesVanish, SharedNodeVanished } from '../graph/vanished-nodes.js';
import type { Resume } from '../resume/types.js';
import { rejectCollisions } from './collisions.js';
import type { GraphPlan, Props, UnnormalisedName } from './graph-plan.js';
import { diffPlan } from './plan-diff.js';
import { planResumeGraph } from './plan-resume-graph.js';
import { keepRoleTenures } from './role-tenures.js';
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
  /** The person's node as this load wrote it (a concurrent delete may remove it right after). */
  person: Props;
}

/**
 * Loads one résumé in one write transaction, so a failure changes nothing. The person's own part of
 * the graph (roles, their AT/USED/WORKED_ON edges, skills, education, top-level projects) is made
 * to equal the résumé (src/loader/plan-diff.ts), and the shared nodes it no longer names go by
 * the orphan rule (src/graph/queries/orphans.ts), so the graph is the one loading every current
 * résumé from scratch gives. Loading the same résumé twice leaves the graph unchanged.
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
  return retryWhenNodesVanish(() => executor.transaction((tx) => applyPlan(tx, resume, plan)));
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

  // The person's lock first: two loads of one person (or a load and its delete) run one after the other.
  const [lock] = await write<{ created: boolean }>(lockPerson, { personId: plan.personId });
  const personCreated = lock?.created === true;
  const [snapshot] = await tx.run<PersonSnapshot>(snapshotPerson, {
    personId: plan.personId,
    input: {
      ids: NODE_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id)),
      roleIds: plan.nodes.Role.map((node) => node.id),
      projectIds: plan.nodes.Project.map((node) => node.id),
    },
  });
  if (!snapshot) throw new Error('loader.snapshotPerson returned no row');
  rejectCollisions(resume, plan, snapshot);
  const diff = diffPlan(plan, snapshot);

  // Then the shared nodes, in id order: those it links to or writes, and those it may orphan.
  const [expanded] =
    diff.unlinked.length > 0 ? await tx.run<{ ids: string[] }>(orphanCandidates, { ids: diff.unlinked }) : [];
  const candidates = expanded?.ids ?? [];
  const lockIds = lockOrder([...diff.touched, ...candidates]);
  if (lockIds.length > 0) {
    const [locked] = await write<{ locked: string[] }>(lockNodes, { ids: lockIds });
    const present = new Set(locked?.locked ?? []);
    const vanished = diff.touched.filter((id) => !present.has(id));
    if (vanished.length > 0) throw new SharedNodeVanished(`${resume.file}: nodes it links to`, vanished);
  }

  // Derived relationships (USES) are written by statements of their own, whose counters are left
  // out: the counts report what the résumé states.
  const [derivedStale, statedStale] = partition(diff.staleEdges, (edge) => isDerived(edge.type));
  const [derivedNew, statedNew] = partition(diff.newEdges, (edge) => isDerived(EDGE_KINDS[edge.kind].type));

  if (statedStale.length > 0) await write(deleteEdges, { rows: statedStale });
  if (derivedStale.length > 0) await tx.run(deleteEdges, { rows: derivedStale });
  if (diff.staleRoleIds.length > 0) await write(deleteRoles, { ids: diff.staleRoleIds });

  const nodesCreatedByLabel = {} as Record<NodeLabel, number>;
  const anyNodes = NODE_LABELS.some((label) => diff.nodeWrites[label].length > 0);
  const [upserted] = anyNodes
    ? await write<Record<string, number>>(upsertNodes, { nodes: diff.nodeWrites })
    : [];
  for (const label of NODE_LABELS) nodesCreatedByLabel[label] = upserted?.[`created${label}`] ?? 0;
  // A person created by lockPerson was only an id when upsertNodes filled it in: created, not updated.
  if (personCreated) nodesCreatedByLabel.Person += 1;

  // Every endpoint is locked or new, so none can be missing; if one is, nothing commits.
  const created = async (rows: typeof diff.newEdges, counted: boolean) => {
    if (rows.length === 0) return;
    const [written] = counted
      ? await write<{ edges: number }>(createEdges, { edges: rows })
      : await tx.run<{ edges: number }>(createEdges, { edges: rows });
    if ((written?.edges ?? 0) < rows.length) {
      throw new SharedNodeVanished(`${resume.file}: endpoints of new relationships`, []);
    }
  };
  await created(statedNew, true);
  await created(derivedNew, false);

  if (candidates.length > 0) await write(deleteOrphans, { ids: candidates });
  await keepRoleTenures(tx, {
    personIds: [plan.personId],
    companyIds: diff.newEdges.filter((edge) => edge.kind === 'partOf').map((edge) => edge.from),
  });

  return {
    file: resume.file,
    personId: plan.personId,
    roles: plan.nodes.Role.length,
    counters,
    nodesUpdated: diff.nodesUpdated,
    nodesCreatedByLabel,
    unnormalised: plan.unnormalised,
    person: plan.nodes.Person[0]?.props ?? { id: plan.personId },
  };
}

function isDerived(type: string): boolean {
  return DERIVED_REL_TYPES.includes(type as RelType);
}

/** The items that pass, then the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
