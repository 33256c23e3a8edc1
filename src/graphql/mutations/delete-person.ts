import type { Executor } from '../../db/Executor.js';
import { notFound } from '../../errors/index.js';
import type { EntityKind } from '../entity-kind.js';
import { deleteOrphans, deletePersonAndRoles } from '../queries/delete-person.js';

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

/** Removes a person, their roles and whatever that leaves unconnected, in one transaction. */
export function deletePerson(executor: Executor, id: string): Promise<DeletePersonResult> {
  return executor.transaction(async (tx) => {
    const first = await tx.runWithCounters<{ removed: RemovedNode[]; candidateIds: string[] }>(
      deletePersonAndRoles,
      {
        id,
      },
    );
    const row = first.rows[0];
    if (!row) {
      throw notFound(
        `No person with id "${id}": nothing was deleted. List ids with people { edges { node { id } } }.`,
      );
    }
    const orphans = await tx.runWithCounters<{ removed: RemovedNode[] }>(deleteOrphans, {
      ids: [...new Set(row.candidateIds)],
    });
    return {
      id,
      removed: [...row.removed, ...(orphans.rows[0]?.removed ?? [])],
      relationshipsDeleted: first.counters.relationshipsDeleted + orphans.counters.relationshipsDeleted,
    };
  });
}
