import DataLoader from 'dataloader';
import type { Executor } from '../../db/Executor.js';
import { byRecency } from '../../resume/recency.js';
import type { EntityRecord } from '../entity-kind.js';
import { personEmployers } from '../queries/entity-relations.js';
import type { KeyedRow } from './batch.js';

export interface Employer {
  company: EntityRecord;
  /** A role there is current. */
  current: boolean;
  /** Last month known there (end, else start, of its roles); null when no role there is dated. */
  lastMonth: number | null;
  firstOrder: number;
  lastOrder: number;
  /** The document lists its current role after others: it runs oldest first. */
  oldestFirst: boolean;
}

/** Employers of each person, most recent first, by the recency rule of their latest position. */
export function personEmployersLoader(executor: Executor): DataLoader<string, EntityRecord[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await executor.read<KeyedRow<Employer[]>>(personEmployers, { ids: [...new Set(keys)] });
      const byKey = new Map(rows.map((row) => [row.key, mostRecentFirst(row.value)]));
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { name: personEmployers.name },
  );
}

/** Employers as the person's query lists them, most recent first (also for prefetched ones: src/graphql/translate). */
export function mostRecentFirst(employers: readonly Employer[]): EntityRecord[] {
  const oldestFirst = employers.some((employer) => employer.oldestFirst);
  const recency = (employer: Employer) => ({
    current: employer.current,
    lastMonth: employer.lastMonth,
    order: oldestFirst ? employer.lastOrder : employer.firstOrder,
  });
  const order = byRecency(oldestFirst);
  return [...employers].sort((a, b) => order(recency(a), recency(b))).map((employer) => employer.company);
}
