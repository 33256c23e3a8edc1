import type { Executor } from '../db/Executor.js';
import { similarListStamp, writeSimilarList } from '../graph/queries/similar-lists.js';
import { SIMILAR_KEPT, similarPeopleQuery } from './queries/similar-people.js';

/**
 * Computes person `personId`'s best SIMILAR_KEPT similar people with the exact query
 * (similarPeopleQuery) and keeps them as their SimilarList, stamped with the versions of their
 * technologies read before the computation (src/graph/queries/similar-lists.ts): a write committed
 * after that read bumped a version and leaves the list stale, never wrong. Nothing is written when
 * the person does not exist or their list is fresh already. Returns whether a list was written.
 * One write transaction whose only lock is the list node's, so it never waits for a load.
 */
export function keepSimilarList(executor: Executor, personId: string): Promise<boolean> {
  return executor.transaction('similarLists.keep', async (tx) => {
    const [stamp] = await tx.run<{
      found: boolean;
      stampTechnologies: string[];
      stampVersions: number[];
      fresh: boolean;
    }>(similarListStamp, { personId });
    if (!stamp?.found || stamp.fresh) return false;
    const [row] = await tx.run<{ similar: { person: { id: string }; score: number }[] }>(similarPeopleQuery, {
      personId,
      first: SIMILAR_KEPT,
    });
    const similar = row?.similar ?? [];
    await tx.run(writeSimilarList, {
      personId,
      technologies: stamp.stampTechnologies,
      versions: stamp.stampVersions,
      people: similar.map((entry) => entry.person.id),
      scores: similar.map((entry) => entry.score),
      whole: similar.length < SIMILAR_KEPT,
    });
    return true;
  });
}

/** People whose list a background refresh is computing now (one refresh per person at a time). */
const refreshing = new Set<string>();

/**
 * Has person `personId`'s list computed again after a request found it stale or missing, without
 * the request waiting: through `executor.forUpkeep()` (the request's deadline bounds it; request
 * counts leave it out). A list is only a shortcut, so a failure (the deadline, a shutdown, a
 * database refusing writes) is dropped: the next request answers with the exact query and tries
 * again.
 */
export function refreshSimilarListLater(executor: Executor, personId: string): void {
  if (refreshing.has(personId)) return;
  refreshing.add(personId);
  keepSimilarList(executor.forUpkeep(), personId)
    .catch(() => false)
    .finally(() => refreshing.delete(personId));
}
