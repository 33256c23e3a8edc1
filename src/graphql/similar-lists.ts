import type { Executor, TransactionRunner } from '../db/Executor.js';
import { similarListStamp, writeSimilarList } from '../graph/queries/similar-lists.js';
import { keptSimilarPeopleQuery, SIMILAR_KEPT, similarPeopleQuery } from './queries/similar-people.js';

/** A person's technologies (by id) and their versions, as read at one moment (similarListState). */
export interface SimilarListStamp {
  stampTechnologies: string[];
  stampVersions: number[];
}

/** The first entries of similarPeopleQuery's answer, best first. */
export type SimilarAnswer = readonly { person: { id: string }; score: number }[];

/**
 * similarPeople's answer for `personId`, first `first`: the kept list's query
 * (keptSimilarPeopleQuery), and similarPeopleQuery, one more round trip, only when the list does
 * not answer. `fromList`: the list answered; `stale`: the list was stale or missing, with the stamp
 * read before the answer was computed (see refreshSimilarListLater).
 */
export async function askSimilarPeople<Entry extends SimilarAnswer[number]>(
  executor: Executor,
  personId: string,
  first: number,
): Promise<{ found: boolean; similar: Entry[]; fromList: boolean; stale?: SimilarListStamp }> {
  const params = { personId, first };
  const [kept] = await executor.read<
    SimilarListStamp & { found: boolean; fresh: boolean; answered: boolean; similar: Entry[] }
  >(keptSimilarPeopleQuery, params);
  if (!kept?.found) return { found: false, similar: [], fromList: false };
  if (kept.answered) return { found: true, similar: kept.similar, fromList: true };
  const [row] = await executor.read<{ found: boolean; similar: Entry[] }>(similarPeopleQuery, params);
  const stale = kept.fresh
    ? undefined
    : { stampTechnologies: kept.stampTechnologies, stampVersions: kept.stampVersions };
  return {
    found: row?.found ?? false,
    similar: row?.similar ?? [],
    fromList: false,
    ...(stale && { stale }),
  };
}

/**
 * Keeps `similar`, similarPeopleQuery's answer for `personId` asked with `$first` at least
 * SIMILAR_KEPT and computed after `stamp` was read, as their SimilarList: a write committed after
 * that read bumped a version and leaves the list stale, never wrong.
 */
async function writeList(
  tx: TransactionRunner,
  personId: string,
  stamp: SimilarListStamp,
  similar: SimilarAnswer,
): Promise<void> {
  const kept = similar.slice(0, SIMILAR_KEPT);
  const params = {
    personId,
    technologies: stamp.stampTechnologies,
    versions: stamp.stampVersions,
    people: kept.map((entry) => entry.person.id),
    scores: kept.map((entry) => entry.score),
    whole: similar.length < SIMILAR_KEPT,
  };
  await tx.run(writeSimilarList, params);
}

/**
 * Computes person `personId`'s best SIMILAR_KEPT similar people with the exact query
 * (similarPeopleQuery) and keeps them (writeList), stamped with the versions read first in the same
 * transaction. Nothing is written when the person does not exist or their list is fresh already.
 * Returns whether a list was written. One write transaction whose only lock is the list node's, so
 * it never waits for a load.
 */
export function keepSimilarList(executor: Executor, personId: string): Promise<boolean> {
  return executor.transaction('similarLists.keep', async (tx) => {
    const [stamp] = await tx.run<SimilarListStamp & { found: boolean; fresh: boolean }>(similarListStamp, {
      personId,
    });
    if (!stamp?.found || stamp.fresh) return false;
    const [row] = await tx.run<{ similar: SimilarAnswer }>(similarPeopleQuery, {
      personId,
      first: SIMILAR_KEPT,
    });
    await writeList(tx, personId, stamp, row?.similar ?? []);
    return true;
  });
}

/** People whose list a background refresh is writing now (one refresh per person at a time). */
const refreshing = new Set<string>();

/**
 * Has person `personId`'s list kept again after a request found it stale or missing, without the
 * request waiting, through `executor.forUpkeep()` (the request's deadline bounds it; request counts
 * leave it out). `answered`: the request's own exact answer, asked with `$first` at least
 * SIMILAR_KEPT after `stamp` was read (the kept query's), written as it is (one small write);
 * without it, keepSimilarList computes the list. A list is only a shortcut, so a failure (the
 * deadline, a shutdown, a database refusing writes) is dropped: the next request answers with the
 * exact query and tries again.
 */
export function refreshSimilarListLater(
  executor: Executor,
  personId: string,
  answered?: { stamp: SimilarListStamp; similar: SimilarAnswer },
): void {
  if (refreshing.has(personId)) return;
  refreshing.add(personId);
  const upkeep = executor.forUpkeep();
  const work = answered
    ? upkeep.transaction('similarLists.write', (tx) =>
        writeList(tx, personId, answered.stamp, answered.similar),
      )
    : keepSimilarList(upkeep, personId);
  work.catch(() => false).finally(() => refreshing.delete(personId));
}
