/**
 * How recent a position is, or an employer (over the positions held there), as far as the
 * document tells: the one rule behind a person's latest position (their label) and the order of
 * their employers.
 */
export interface Recency {
  /** Held now (`current: true`). */
  current: boolean;
  /** Its last known month (src/graph/months.ts): the end, else the start; null when undated. */
  lastMonth: number | null;
  /** Where the document lists it (an employer: its first position, or its last in an oldest-first document). */
  order: number;
}

/**
 * Orders most recent first: what is held now, then the later last month, dated before undated;
 * where dates do not decide, the document's own order read in its direction (newest first,
 * unless `oldestFirst`: the document lists its current position after others).
 */
export function byRecency(oldestFirst: boolean): (a: Recency, b: Recency) => number {
  return (a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    if (a.lastMonth !== b.lastMonth) {
      if (a.lastMonth === null) return 1;
      if (b.lastMonth === null) return -1;
      return b.lastMonth - a.lastMonth;
    }
    return oldestFirst ? b.order - a.order : a.order - b.order;
  };
}

/** Whether a document runs oldest first: it lists a current position after another one. */
export function listsOldestFirst(positions: readonly { current: boolean; order: number }[]): boolean {
  return positions.some((position) => position.current && position.order > 0);
}
