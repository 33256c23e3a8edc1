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

/** A stale or missing list's stamp, read before `similar` (similarPeopleQuery's answer asked with `$first` at least SIMILAR_KEPT) was computed. */
export interface StaleList {
  stamp: SimilarListStamp;
  similar: SimilarAnswer;
}

/**
 * similarPeople's answer for `personId`, first `first`: the kept list's query
 * (keptSimilarPeopleQuery), and similarPeopleQuery, one more round trip, only when the list does
 * not answer, asked with `$first` at least SIMILAR_KEPT and cut to `first` (a prefix of the exact
 * ranking is the exact ranking). `fromList`: the list answered; `stale`: the list was stale or
 * missing, with what refreshSimilarListLater keeps.
 */
export async function askSimilarPeople<Entry extends SimilarAnswer[number]>(
  executor: Executor,
  personId: string,
  first: number,
): Promise<{ found: boolean; similar: Entry[]; fromList: boolean; stale?: StaleList }> {
  const [kept] = await executor.read<
    SimilarListStamp & { found: boolean; fresh: boolean; answered: boolean; similar: Entry[] }
  >(keptSimilarPeopleQuery, { personId, first });
  if (!kept?.found) return { found: false, similar: [], fromList: false };
  if (kept.answered) return { found: true, similar: kept.similar, fromList: true };
  const [row] = await executor.read<{ found: boolean; similar: Entry[] }>(similarPeopleQuery, {
    personId,
    first: Math.max(first, SIMILAR_KEPT),
  });
  const similar = row?.similar ?? [];
  const stamp = { stampTechnologies: kept.stampTechnologies, stampVersions: kept.stampVersions };
  return {
    found: row?.found ?? false,
    similar: similar.slice(0, first),
    fromList: false,
    ...(!kept.fresh && { stale: { stamp, similar } }),
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

/** Failed refreshes by error class (the error's `name`), since the process started. */
const failures = new Map<string, number>();

/** How many refreshes failed, by error class (the error's `name`). */
export function similarListRefreshFailures(): ReadonlyMap<string, number> {
  return failures;
}

/**
 * Counts a failed refresh of person `personId`'s list under its error class, and logs the first
 * failure of each class through `log` (the server's error log): a class that keeps failing (a
 * database refusing writes) is said once, not once per request.
 */
export function noteRefreshFailure(
  personId: string,
  error: unknown,
  log: (line: string) => void = console.error,
): void {
  const errorClass = error instanceof Error ? error.name : typeof error;
  const count = failures.get(errorClass) ?? 0;
  failures.set(errorClass, count + 1);
  if (count > 0) return;
  const message = error instanceof Error ? error.message : String(error);
  log(
    `similarPeople: keeping the list of person "${personId}" failed (${errorClass}: ${message}); ` +
      `later ${errorClass} failures are only counted (similarListRefreshFailures).`,
  );
}

/**
 * Has person `personId`'s list kept again after a request found it stale or missing, from the
 * request's own answer (`stale`, see StaleList; one small write), without the request waiting,
 * through `executor.forUpkeep()` (the request's deadline bounds it; request counts leave it out).
 * A list is only a shortcut, so a failure (the deadline, a shutdown, a database refusing writes)
 * is counted and logged (noteRefreshFailure), not answered: the next request answers with the exact
 * query and tries again.
 */
export function refreshSimilarListLater(executor: Executor, personId: string, stale: StaleList): void {
  if (refreshing.has(personId)) return;
  refreshing.add(personId);
  executor
    .forUpkeep()
    .transaction('similarLists.write', (tx) => writeList(tx, personId, stale.stamp, stale.similar))
    .catch((error: unknown) => noteRefreshFailure(personId, error))
    .finally(() => refreshing.delete(personId));
}
