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
      const byKey = new Map(rows.map((row) => [row.key, withMonths(row.value, now)] as const));
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: personTechnologies.name },
  );
}

/**
 * The months of each technology (dated roles that used it, overlaps counted once), longest used
 * first, then the undated ones; `items` come by name, which decides ties (the sort is stable).
 */
export function withMonths(
  items: readonly Omit<PersonTechnologyRecord, 'months'>[],
  now: number = currentMonth(),
): PersonTechnologyRecord[] {
  return items
    .map((item) => ({ ...item, months: coveredMonths(item.roles, now) }))
    .sort((a, b) => (b.months ?? -1) - (a.months ?? -1));
}
