import DataLoader from 'dataloader';
import type { Executor } from '../../db/Executor.js';
import { coveredMonths, currentMonth } from '../../graph/months.js';
import { personTechnologies } from '../queries/entity-relations.js';
import type { KeyedRow } from './batch.js';
import type { PersonTechnologyRecord } from './records.js';

type Row = KeyedRow<Omit<PersonTechnologyRecord, 'months'>[]>;

/**
 * Technologies of each person with the evidence (one query per batch) and the months of dated
 * roles that used them, overlaps counted once. Longest used first, then the undated ones; ties by name.
 */
export function personTechnologiesLoader(executor: Executor): DataLoader<string, PersonTechnologyRecord[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await executor.read<Row>(personTechnologies, { ids: [...new Set(keys)] });
      const now = currentMonth();
      const byKey = new Map(
        rows.map((row) => {
          const items = row.value.map((item) => ({ ...item, months: coveredMonths(item.roles, now) }));
          // Stable sort: the query's name order decides ties.
          items.sort((a, b) => (b.months ?? -1) - (a.months ?? -1));
          return [row.key, items] as const;
        }),
      );
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: personTechnologies.name },
  );
}
