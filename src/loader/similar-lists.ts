import type { Executor } from '../db/Executor.js';
import { EDGE_KINDS } from '../graph/edge-kinds.js';
import { RelType } from '../graph/model.js';
import { lockOrder } from '../graph/queries/orphans.js';
import { createTechnologyVersions } from '../graph/queries/similar-lists.js';
import { ownCopy } from '../util/own-copy.js';
import type { BatchMember } from './batch-round.js';
import type { GraphPlan } from './graph-plan.js';
import type { PlanDiff } from './plan-diff.js';

/**
 * The technologies whose versions loading this résumé bumps (src/graph/queries/similar-lists.ts):
 * when what similarPeople compares changes (a USES added or removed, or its weight changed), every
 * technology the person used before or uses now; otherwise none (new dates, roles or evidence alone
 * leave every score as it was). A USES whose properties change is a stale row and a new one in the
 * diff; one that does not is in neither, and is among the plan's.
 */
export function versionedTechnologies(plan: GraphPlan, diff: PlanDiff): string[] {
  const stale = diff.staleEdges.filter((edge) => edge.type === RelType.USES);
  const added = diff.newEdges.filter((edge) => EDGE_KINDS[edge.kind].type === RelType.USES);
  const before = new Map(stale.map((edge) => [edge.to, String(edge.props.weight)]));
  const after = new Map(added.map((edge) => [edge.to, String(edge.props.weight)]));
  const same = before.size === after.size && [...before].every(([id, weight]) => after.get(id) === weight);
  if (same) return [];
  return lockOrder([...plan.edges.uses.map((edge) => edge.to), ...before.keys()]);
}

/**
 * Creates, in a transaction of its own, the version nodes a load of `members` may bump and the
 * graph lacks (see createTechnologyVersions): those of the technologies their résumés name.
 * Technologies they no longer name had theirs created by the load that named them (or, on a graph
 * loaded before versions existed, the bump creates them). `made`: the technologies whose version
 * node an earlier transaction of the same run created or found, left out (nothing deletes a version
 * node; were one gone, the bump would create it); the ones made here are added to it.
 */
export async function createVersions(
  executor: Executor,
  members: readonly BatchMember[],
  made?: Set<string>,
): Promise<void> {
  const named = members.flatMap((member) => member.plan.edges.uses.map((edge) => edge.to));
  const ids = lockOrder(made ? named.filter((id) => !made.has(id)) : named);
  if (ids.length === 0) return;
  await executor.write(createTechnologyVersions, { ids });
  // Kept for the whole run: own copies, not views of the files' texts.
  for (const id of ids) made?.add(ownCopy(id));
}
