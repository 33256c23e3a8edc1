import type { TransactionRunner } from '../db/Executor.js';
import { MAX_PARENT_DEPTH } from '../graph/model.js';
import { deleteRoleTenures, OPEN_END, refreshRoleTenures } from '../graph/queries/role-tenures.js';
import type { GraphPlan } from './graph-plan.js';

/** One TENURE to create: from role `role` to its company `company`, with exactly `props`. */
export interface TenureRow {
  role: string;
  company: string;
  props: Record<string, string | bigint>;
}

/**
 * Keeps the derived TENURE relationships (src/graph/queries/role-tenures.ts) right after a load
 * wrote `personIds`' roles, inside the same transaction, and the roles at `companyIds` (the
 * companies whose parent the load changed) or at a company under one of them. The roles of people
 * the transaction created got theirs from their plans with the other relationships
 * (plannedRoleTenures, createEdges), before this runs, so a refresh of a reparented company finds
 * them right and keeps them. Derived data: the load's change counters leave it out.
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

/**
 * The TENURE rows refreshRoleTenures writes for the roles of `plans`, once the plans are written
 * (createEdges writes them for people new to the graph):
 * a role with a company, a start month and an end month or "current" gets one; `group` is the top
 * of its company's PART_OF chain, which is the plan's own (a plan names every parent of every
 * company it names, and a load makes the stored PART_OF of those companies equal it), absent when
 * the chain goes on past MAX_PARENT_DEPTH. Pure.
 */
export function plannedRoleTenures(plans: readonly GraphPlan[]): TenureRow[] {
  const rows: TenureRow[] = [];
  for (const plan of plans) {
    const parent = new Map(plan.edges.partOf.map((edge) => [edge.from, edge.to]));
    const employer = new Map(plan.edges.at.map((edge) => [edge.from, edge.to]));
    for (const role of plan.nodes.Role) {
      const company = employer.get(role.id);
      const { startMonth, endMonth, current } = role.props;
      if (company === undefined || typeof startMonth !== 'bigint') continue;
      const isCurrent = current === true;
      if (!isCurrent && typeof endMonth !== 'bigint') continue;
      const group = topCompany(company, parent);
      const props: TenureRow['props'] = {
        ...(group !== undefined && { group }),
        person: plan.personId,
        role: role.id,
        start: startMonth,
      };
      if (isCurrent) Object.assign(props, { last: BigInt(OPEN_END), negLast: BigInt(-OPEN_END) });
      else if (typeof endMonth === 'bigint')
        Object.assign(props, { last: endMonth, negLast: -endMonth, negLength: startMonth - endMonth - 1n });
      rows.push({ role: role.id, company, props });
    }
  }
  return rows;
}

/** The company at the end of `company`'s parent chain, within MAX_PARENT_DEPTH steps (as refreshRoleTenures reads it). */
function topCompany(company: string, parent: ReadonlyMap<string, string>): string | undefined {
  let top = company;
  for (let depth = 0; depth <= MAX_PARENT_DEPTH; depth++) {
    const next = parent.get(top);
    if (next === undefined) return top;
    top = next;
  }
  return undefined;
}
