import { closest, distance } from 'fastest-levenshtein';

/**
 * The one "did you mean" rule, for the loader's unknown names, the API's NOT_FOUND answers and the
 * résumé validator's unknown fields. The candidate closest to `key` (Levenshtein) when it is close
 * enough to be a likely misspelling:
 * one edit for short words, two from five characters (a swapped pair of letters is two edits), one
 * per four characters beyond that, and never a rewrite of half the word.
 */
export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || key === '') return undefined;
  const best = closest(key, candidates);
  const edits = distance(key, best);
  const length = Math.max(key.length, best.length);
  const allowed = length < 5 ? 1 : Math.max(2, Math.floor(length / 4));
  return edits <= allowed && edits * 2 <= Math.min(key.length, best.length) ? best : undefined;
}
