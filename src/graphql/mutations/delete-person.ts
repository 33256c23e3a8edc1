import type { Executor } from '../../db/Executor.js';
import { notFound } from '../../errors/index.js';
import { deleteOrphans, lockNodes, lockOrder, orphanCandidates } from '../../graph/queries/orphans.js';
import { bumpVersions, deleteSimilarList, technologiesOfPerson } from '../../graph/queries/similar-lists.js';
import type { EntityKind } from '../entity-kind.js';
import {
  deleteDerivedOfPerson,
  deletePersonAndRoles,
  lockPersonForDelete,
} from '../queries/delete-person.js';

export interface RemovedNode {
  id: string;
  kind: EntityKind;
  label: string;
}

export interface DeletePersonResult {
  id: string;
  removed: RemovedNode[];
  relationshipsDeleted: number;
}

/**
 * Removes a person, their roles and whatever that leaves unconnected (the orphan rule,
 * src/graph/queries/orphans.ts), in one transaction that locks as loads do: the person first, then
 * the shared nodes it may orphan in id order, checked again under those locks.
 */
export function deletePerson(executor: Executor, id: string): Promise<DeletePersonResult> {
  return executor.transaction('mutation.deletePerson', async (tx) => {
    const [found] = await tx.run<{ linked: string[] }>(lockPersonForDelete, { id });
    if (!found) {
      throw notFound(
        `No person with id "${id}": nothing was deleted. List ids with people { edges { node { id } } }.`,
      );
    }
    const [expanded] =
      found.linked.length > 0 ? await tx.run<{ ids: string[] }>(orphanCandidates, { ids: found.linked }) : [];
    const candidates = lockOrder(expanded?.ids ?? []);
    if (candidates.length > 0) await tx.run(lockNodes, { ids: candidates });
    const [used] = await tx.run<{ ids: string[] }>(technologiesOfPerson, { id });
    await tx.run(deleteDerivedOfPerson, { id });
    const person = await tx.runWithCounters<{ removed: RemovedNode[] }>(deletePersonAndRoles, { id });
    const orphans =
      candidates.length > 0
        ? await tx.runWithCounters<{ removed: RemovedNode[] }>(deleteOrphans, { ids: candidates })
        : undefined;
    await tx.run(deleteSimilarList, { id });
    await bumpVersions(tx, used?.ids ?? []);
    return {
      id,
      removed: [...(person.rows[0]?.removed ?? []), ...(orphans?.rows[0]?.removed ?? [])],
      relationshipsDeleted:
        person.counters.relationshipsDeleted + (orphans?.counters.relationshipsDeleted ?? 0),
    };
  });
}
