/** One person's answer: the ids of the people listed, best first. */
export type Ranking = readonly string[];

export interface RecallSummary {
  /** People compared. */
  people: number;
  /** People whose bounded answer lists exactly the exact answer's people, in its order. */
  identical: number;
  /** Mean over the people of |bounded ∩ exact| / |exact| (1 when the exact answer is empty). */
  recall: number;
  /** People whose exact best is missing from the bounded answer. */
  bestMissed: number;
}

/**
 * How close bounded rankings come to the exact ones, person by person (`pairs` in the same order):
 * recall ignores order, `identical` does not.
 */
export function rankingRecall(pairs: readonly { bounded: Ranking; exact: Ranking }[]): RecallSummary {
  let identical = 0;
  let recallSum = 0;
  let bestMissed = 0;
  for (const { bounded, exact } of pairs) {
    const listed = new Set(bounded);
    const found = exact.filter((id) => listed.has(id)).length;
    recallSum += exact.length === 0 ? 1 : found / exact.length;
    if (bounded.length === exact.length && bounded.every((id, index) => id === exact[index])) identical += 1;
    if (exact.length > 0 && !listed.has(exact[0] as string)) bestMissed += 1;
  }
  return {
    people: pairs.length,
    identical,
    recall: pairs.length === 0 ? 1 : recallSum / pairs.length,
    bestMissed,
  };
}
