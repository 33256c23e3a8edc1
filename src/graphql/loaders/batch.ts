import DataLoader from 'dataloader';
import type { CypherQuery } from '../../db/cypher-query.js';
import type { Executor, Params } from '../../db/Executor.js';

/**
 * The row shape every loader query returns: at most one row per key (`UNWIND $ids AS id ... RETURN
 * id AS key, ...`), whose value may be empty or null. Keys without a row get the empty answer.
 */
export interface KeyedRow<V> {
  key: string;
  value: V;
}

/**
 * A per-request DataLoader whose batch is ONE Cypher query over all the keys (`$ids`), each key
 * mapped to a list (empty when the query returned no row for it).
 */
export function listLoader<T>(
  executor: Executor,
  query: CypherQuery,
  params: Params = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (keys) => {
      const rows = await executor.read<KeyedRow<T[]>>(query, { ...params, ids: [...new Set(keys)] });
      const byKey = new Map(rows.map((row) => [row.key, row.value]));
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: query.name },
  );
}

/** Like `listLoader`, for relations with at most one end (null when there is none). */
export function oneLoader<T>(executor: Executor, query: CypherQuery): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (keys) => {
      const rows = await executor.read<KeyedRow<T>>(query, { ids: [...new Set(keys)] });
      const byKey = new Map(rows.map((row) => [row.key, row.value]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { name: query.name },
  );
}
