import DataLoader from 'dataloader';
import type { Executor } from '../db/Executor.js';
import type { KeyedRow } from '../graphql/loaders/batch.js';
import { cachedAggregates } from './aggregate-cache.js';
import { technologyAdoptionQuery } from './timeline-query.js';

export interface YearCount {
  year: number;
  people: number;
}

/** The key of a technology's adoption counted up to month `asOf`. */
export function adoptionKey(technologyId: string, asOf: number): string {
  return `${asOf}:${technologyId}`;
}

/** Technology.adoption for every technology and `asOf` of one request in one query. */
export function technologyAdoptionLoader(executor: Executor): DataLoader<string, YearCount[]> {
  return new DataLoader(
    async (keys) => {
      // Adoption counts the whole graph's people: kept until the database changes.
      const byKey = await cachedAggregates(
        executor,
        keys.map((key) => `adoption:${key}`),
        async (missing) => {
          const items = missing.map((cacheKey) => {
            const key = cacheKey.slice('adoption:'.length);
            const separator = key.indexOf(':');
            return { key: cacheKey, now: Number(key.slice(0, separator)), id: key.slice(separator + 1) };
          });
          const rows = await executor.read<KeyedRow<YearCount[]>>(technologyAdoptionQuery, { items });
          const read = new Map<string, YearCount[]>(rows.map((row) => [row.key, row.value]));
          // A technology not in the graph has no row: no people in any year.
          for (const item of items) if (!read.has(item.key)) read.set(item.key, []);
          return read;
        },
      );
      return keys.map((key) => byKey.get(`adoption:${key}`) ?? []);
    },
    { name: technologyAdoptionQuery.name },
  );
}
