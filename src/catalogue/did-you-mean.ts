import { distance } from 'fastest-levenshtein';
import { commonWords } from './mention-matcher.js';
import { knownPlace } from './places.js';

/**
 * The one "did you mean" rule, for the loader's unknown names, the API's NOT_FOUND answers and the
 * résumé validator's unknown fields. The candidate closest to `key` (Levenshtein) when it is close
 * enough to be a likely misspelling: one edit, or two letters swapped, below eight characters; two
 * edits from eight, one per four characters beyond that; and never a rewrite of half the word. (Two
 * edits on a short word turn one word into another: "paris" into "doris", "porto" into "forth".)
 */
export function didYouMean(
  key: string,
  candidates: readonly string[],
  { strict = false }: DidYouMeanOptions = {},
): string | undefined {
  if (candidates.length === 0 || key === '') return undefined;
  const [best, edits] = closest(key, candidates);
  const length = Math.max(key.length, best.length);
  const allowed = length < 8 ? 1 : Math.max(2, Math.floor(length / 4));
  const close = edits <= allowed || (edits === 2 && swapped(key, best));
  if (strict && edits === 1 && key.length === best.length && key.length < 6) return undefined;
  return close && edits * 2 <= Math.min(key.length, best.length) ? best : undefined;
}

export interface DidYouMeanOptions {
  /**
   * For names read from running text, where a suggestion becomes a fact rather than a warning: on a name under six
   * letters one letter changed for another makes another word ("ga" and "go", "ecto" and "echo", "menon" and
   * "meson"), so only a letter dropped, doubled or swapped counts ("dockr", "dartt", "rakc"). A name typed into a
   * résumé file or a query ("Reacr", "Rusr") is only answered with a suggestion, so there it stays one.
   */
  strict?: boolean;
}

/**
 * The first of `candidates` (not empty) at the least edit distance from `key`, and that distance: what
 * fastest-levenshtein's `closest` picks. A candidate whose length differs from `key`'s by at least the least
 * distance found so far can be no nearer (each character of difference is an edit), so it is not measured:
 * the loader asks this for every name outside the catalogues, against every catalogue spelling.
 */
export function closest(key: string, candidates: readonly string[]): [string, number] {
  let best = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < candidates.length && least > 0; i++) {
    const candidate = candidates[i] as string;
    if (Math.abs(candidate.length - key.length) >= least) continue;
    const edits = distance(key, candidate);
    if (edits < least) {
      least = edits;
      best = i;
    }
  }
  return [candidates[best] as string, least];
}

/** Whether `a` is `b` with two neighbouring characters swapped ("djanog", "django"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i);
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/**
 * Whether a name written in a document or a résumé may be a misspelling of a catalogue name at all. An
 * acronym or a name with a digit is exact or unknown ("UART" is no "Dart", "I2C" no "IaC", "XCP" no "GCP");
 * a common English word ("Thanks") or a town's name ("Paris", "Porto") is itself, not a typo.
 */
export function mayBeMisspelling(written: string): boolean {
  const name = written.trim();
  if (/\p{N}/u.test(name) || !/\p{Ll}/u.test(name)) return false;
  return !commonWords().has(name.toLowerCase()) && !knownPlace(name);
}
