import DataLoader from 'dataloader';
import type { Executor } from '../../db/Executor.js';
import type { EntityRecord } from '../entity-kind.js';
import { currentMonth } from '../months.js';
import { personEmployers } from '../queries/entity-relations.js';
import type { KeyedRow } from './batch.js';

interface Employer {
  company: EntityRecord;
  /** Latest month worked there; current roles count as now; null when no role there is dated. */
  latest: number | null;
  firstOrder: number | null;
  lastOrder: number | null;
  /** The document lists its current role after others: it runs oldest first. */
  oldestFirst: boolean;
}

/**
 * Employers of each person, most recent first: by the latest month worked there, and where dates
 * do not decide (undated roles), by the document's order read in its own direction.
 */
export function personEmployersLoader(executor: Executor): DataLoader<string, EntityRecord[]> {
  return new DataLoader(async (keys) => {
    const rows = await executor.read<KeyedRow<Employer[]>>(personEmployers, {
      ids: [...new Set(keys)],
      now: currentMonth(),
    });
    const byKey = new Map(
      rows.map((row) => [row.key, [...row.value].sort(mostRecentFirst).map((e) => e.company)]),
    );
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

function mostRecentFirst(a: Employer, b: Employer): number {
  const byDate = (b.latest ?? Number.NEGATIVE_INFINITY) - (a.latest ?? Number.NEGATIVE_INFINITY);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return a.oldestFirst ? (b.lastOrder ?? 0) - (a.lastOrder ?? 0) : (a.firstOrder ?? 0) - (b.firstOrder ?? 0);
}
