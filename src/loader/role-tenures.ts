import type { TransactionRunner } from '../db/Executor.js';
import { deleteRoleTenures, refreshRoleTenures } from '../graph/queries/role-tenures.js';

/**
 * Keeps the derived TENURE relationships (src/graph/queries/role-tenures.ts) right after a load
 * wrote `personIds`' roles, inside the same transaction: those people's roles, and the roles at
 * `companyIds` (the companies whose parent the load changed) or at a company under one of them.
 * Derived data: the load's change counters leave it out.
 */
export async function keepRoleTenures(
  tx: TransactionRunner,
  touched: { personIds: readonly string[]; companyIds: readonly string[] },
): Promise<void> {
  if (touched.personIds.length === 0 && touched.companyIds.length === 0) return;
  await tx.run(refreshRoleTenures, { personIds: touched.personIds, companyIds: touched.companyIds });
}

/** Deletes the TENURE of the roles `roleIds` a load is about to delete, uncounted (derived data). */
export async function dropRoleTenures(tx: TransactionRunner, roleIds: readonly string[]): Promise<void> {
  if (roleIds.length > 0) await tx.run(deleteRoleTenures, { ids: roleIds });
}
