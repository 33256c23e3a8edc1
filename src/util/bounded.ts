/*
 * Insertion-ordered memories of at most a fixed size: a Map or Set forgets its oldest entry first,
 * and remembering a key again makes it the newest. Every size-bounded cache of the server (kept
 * aggregates, the executor's recent reads, the plan gate's planned texts) keeps its bound here.
 */

/** What `forgetOldest` needs of a Map or a Set: its size and its keys (a Set's values) in insertion order. */
interface Ordered<K> {
  readonly size: number;
  keys(): IterableIterator<K>;
  delete(key: K): boolean;
}

/** Drops the oldest entries of `entries` until it holds at most `max`. */
export function forgetOldest<K>(entries: Ordered<K>, max: number): void {
  while (entries.size > max) {
    const oldest = entries.keys().next();
    if (oldest.done) return;
    entries.delete(oldest.value);
  }
}

/** Sets `key` to `value` in `map` as its newest entry, then drops the oldest beyond `max`. */
export function rememberBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  forgetOldest(map, max);
}
