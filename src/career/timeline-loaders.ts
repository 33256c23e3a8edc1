import DataLoader from 'dataloader';
import type { Executor } from '../db/Executor.js';
import type { KeyedRow } from '../graphql/loaders/batch.js';
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
      const items = [...new Set(keys)].map((key) => {
        const separator = key.indexOf(':');
        return { key, now: Number(key.slice(0, separator)), id: key.slice(separator + 1) };
      });
      const rows = await executor.read<KeyedRow<YearCount[]>>(technologyAdoptionQuery, { items });
      const byKey = new Map(rows.map((row) => [row.key, row.value]));
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: technologyAdoptionQuery.name },
  );
}
