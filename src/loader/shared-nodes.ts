import type { Executor } from '../db/Executor.js';
import { wireProps } from '../db/wire-integers.js';
import { deleteOrphans, lockNodes, lockOrder, unlinkedShared } from '../graph/queries/orphans.js';
import {
  createSharedNodes as createSharedNodesQuery,
  PRECREATED_LABELS,
} from '../graph/queries/upsert-nodes.js';
import { compareStrings as compare } from '../util/compare-strings.js';
import { ownCopy } from '../util/own-copy.js';
import type { BatchMember } from './batch-round.js';
import type { Props } from './graph-plan.js';

/**
 * Creates, in a transaction of its own before a bulk load's transaction, the catalogue's companies
 * and technologies `members` name that the graph lacks (src/graph/queries/upsert-nodes.ts,
 * createSharedNodes), so that two load transactions naming a new one do not wait for each other's
 * commit. `made`: the ids an earlier transaction of the same run created or found, left out (one
 * deleted since is created by the load transaction, as without this step); those sent here are
 * added to it. Returns the ids created here: the caller deletes, by the orphan rule, those its
 * load transaction did not link (`deleteUnlinked`).
 */
export async function createSharedNodes(
  executor: Executor,
  members: readonly BatchMember[],
  made: Set<string>,
): Promise<string[]> {
  const nodes: Record<string, { id: string; props: Record<string, unknown> }[]> = {};
  let count = 0;
  for (const label of PRECREATED_LABELS) {
    const byId = new Map<string, Props>();
    for (const member of members) {
      for (const row of member.plan.nodes[label]) {
        if (row.mode === 'replace' && !made.has(row.id)) byId.set(row.id, row.props);
      }
    }
    nodes[label] = [...byId]
      .sort(([a], [b]) => compare(a, b))
      .map(([id, props]) => ({ id, props: wireProps(props) }));
    count += byId.size;
  }
  if (count === 0) return [];
  const [row] = await executor.write<{ created: string[] }>(createSharedNodesQuery, { nodes });
  // Kept for the whole run: own copies, not views of the files' texts.
  for (const label of PRECREATED_LABELS) for (const { id } of nodes[label] ?? []) made.add(ownCopy(id));
  return row?.created ?? [];
}

/** The shared node ids a résumé's plan names, of the labels createSharedNodes creates. */
export function precreatedIds(member: BatchMember): string[] {
  return PRECREATED_LABELS.flatMap((label) => member.plan.nodes[label].map((row) => row.id));
}

/**
 * Deletes, by the orphan rule (src/graph/queries/orphans.ts: locked in lock order, then
 * deleteOrphans), those of the nodes `ids` nothing links to; `made` forgets the ones deleted.
 */
export async function deleteUnlinked(
  executor: Executor,
  ids: readonly string[],
  made?: Set<string>,
): Promise<string[]> {
  const sorted = lockOrder(ids);
  if (sorted.length === 0) return [];
  const removed = await executor.transaction('loader.deleteUnlinked', async (tx) => {
    await tx.run(lockNodes, { ids: sorted });
    const [row] = await tx.run<{ removed: { id: string }[] }>(deleteOrphans, { ids: sorted });
    return (row?.removed ?? []).map((node) => node.id);
  });
  for (const id of removed) made?.delete(id);
  return removed;
}

/**
 * Deletes the companies and technologies with no relationship at all (graph.unlinkedShared), by the
 * orphan rule: what a bulk load killed between createSharedNodes and its transaction's commit left.
 * Run before a bulk load. A concurrent load's node not linked yet may go too; its transaction then
 * finds it gone and runs again, creating it itself.
 */
export async function deleteUnlinkedShared(executor: Executor): Promise<string[]> {
  const [row] = await executor.read<{ ids: string[] }>(unlinkedShared);
  return deleteUnlinked(executor, row?.ids ?? []);
}
