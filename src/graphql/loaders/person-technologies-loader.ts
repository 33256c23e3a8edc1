import DataLoader from 'dataloader';
import { type DatedUseProperties, usageAsOf } from '../../career/usage-as-of.js';
import type { Executor } from '../../db/Executor.js';
import { currentMonth, monthText } from '../../graph/months.js';
import { personTechnologies } from '../queries/entity-relations.js';
import type { KeyedRow } from './batch.js';
import type { PersonTechnologyRecord } from './records.js';

/** A technology of a person as the query reads it: the evidence and the USES relationship's dates. */
export type PersonTechnologyRow = Pick<
  PersonTechnologyRecord,
  'technology' | 'roles' | 'projects' | 'skill'
> & {
  use: DatedUseProperties;
};

/**
 * Technologies of each person with the evidence (one query per batch) and their time of use.
 * Longest used first, then the undated ones; ties by name.
 */
export function personTechnologiesLoader(executor: Executor): DataLoader<string, PersonTechnologyRecord[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await executor.read<KeyedRow<PersonTechnologyRow[]>>(personTechnologies, {
        ids: [...new Set(keys)],
      });
      const now = currentMonth();
      const byKey = new Map(rows.map((row) => [row.key, withUsage(row.value, now)] as const));
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: personTechnologies.name },
  );
}

/**
 * Each technology's time of use up to month `now`, from its USES relationship (src/career/usage-as-of.ts:
 * the roles and projects that used it, overlaps once), longest used first, then the undated ones;
 * `items` come by name, which decides ties (the sort is stable).
 */
export function withUsage(
  items: readonly PersonTechnologyRow[],
  now: number = currentMonth(),
): PersonTechnologyRecord[] {
  return items
    .map(({ use, ...item }) => {
      const at = usageAsOf(use, now);
      return {
        ...item,
        months: at.months,
        firstUsed: at.firstUsed === null ? null : monthText(at.firstUsed),
        lastUsed: at.lastUsed === null ? null : monthText(at.lastUsed),
        current: at.current,
        listedOnly: item.roles.length === 0 && item.projects.length === 0,
      };
    })
    .sort((a, b) => (b.months ?? -1) - (a.months ?? -1));
}
