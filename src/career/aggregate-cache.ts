import type { Executor } from '../db/Executor.js';
import { rememberBounded } from '../util/bounded.js';

/** Most answers kept per database connection pool; the oldest goes first. */
const maxEntries = 256;

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/** Per driver (one pool, one database): answers by key, each with the database version it was read at. */
const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * An answer that reads much of the graph (`compute`: a whole-graph aggregate, a ranking over everyone
 * who uses some technologies) under `key`, read again only when the database has changed.
 * Contract: the version (src/db/Executor.ts `version`, the bookmark of the last transaction any
 * client committed) is read BEFORE the aggregate, and the answer is served only while the version is
 * unchanged; so any write, by this server, another instance or `npm run load`, makes the next request
 * read afresh, and no answer older than the last committed write is served. Costs one trivial read per
 * request; a failed read is not kept.
 */
export async function cachedAggregate<T>(
  executor: Executor,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await executor.version();
  if (version === '') return compute();
  const cache = cacheOf(executor);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  const entry: Entry = { version, value };
  rememberBounded(cache, key, entry, maxEntries);
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}

function cacheOf(executor: Executor): Map<string, Entry> {
  let cache = caches.get(executor.driver);
  if (!cache) {
    cache = new Map();
    caches.set(executor.driver, cache);
  }
  return cache;
}

/**
 * cachedAggregate for a batch: the answers under `keys` current at one version, the missing ones
 * read together by `compute` (given the missing keys, answering each). Same contract.
 */
export async function cachedAggregates<T>(
  executor: Executor,
  keys: readonly string[],
  compute: (missing: string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  const version = await executor.version();
  const cache = cacheOf(executor);
  const answers = new Map<string, T>();
  const missing: string[] = [];
  for (const key of new Set(keys)) {
    const hit = version === '' ? undefined : cache.get(key);
    if (hit && hit.version === version) answers.set(key, (await hit.value) as T);
    else missing.push(key);
  }
  if (missing.length === 0) return answers;
  const read = await compute(missing);
  for (const key of missing) {
    const value = read.get(key);
    if (value === undefined) continue;
    answers.set(key, value);
    if (version === '') continue;
    rememberBounded(cache, key, { version, value: Promise.resolve(value) }, maxEntries);
  }
  return answers;
}
