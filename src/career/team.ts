import { compareStrings } from '../util/compare-strings.js';

/** A person greedy set cover may choose: their `experts` score and the asked technologies they cover. */
export interface TeamCandidate {
  id: string;
  score: number;
  covered: readonly string[];
}

export interface TeamChoice<C extends TeamCandidate> {
  candidate: C;
  /** What they added to the team's cover, in the order asked. */
  adds: string[];
}

/**
 * Greedy set cover of `asked` by at most `size` of `candidates`: repeatedly the candidate covering
 * the most technologies not yet covered, ties by higher score, then by lower id (code-unit order,
 * as Cypher's ORDER BY); stops when all is covered, the team is full or nobody adds anything.
 */
export function greedyTeam<C extends TeamCandidate>(
  asked: readonly string[],
  candidates: readonly C[],
  size: number,
): { members: TeamChoice<C>[]; uncovered: string[] } {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
  const uncovered = new Set(asked);
  const chosen = new Set<string>();
  const members: TeamChoice<C>[] = [];
  while (members.length < size && uncovered.size > 0) {
    let best: { candidate: C; adds: string[] } | undefined;
    for (const candidate of ranked) {
      if (chosen.has(candidate.id)) continue;
      const adds = asked.filter((id) => uncovered.has(id) && candidate.covered.includes(id));
      if (adds.length > (best?.adds.length ?? 0)) best = { candidate, adds };
    }
    if (!best) break;
    chosen.add(best.candidate.id);
    for (const id of best.adds) uncovered.delete(id);
    members.push(best);
  }
  return { members, uncovered: asked.filter((id) => uncovered.has(id)) };
}
