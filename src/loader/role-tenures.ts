import type { TransactionRunner } from '../db/Executor.js';
import { wireProps } from '../db/wire-integers.js';
import { MAX_PARENT_DEPTH } from '../graph/model.js';
import {
  createRoleTenures,
  deleteRoleTenures,
  OPEN_END,
  refreshRoleTenures,
} from '../graph/queries/role-tenures.js';
import type { GraphPlan } from './graph-plan.js';

/** One TENURE to create: from role `role` to its company `company`, with exactly `props`. */
export interface TenureRow {
  role: string;
  company: string;
  props: Record<string, string | bigint>;
}

/**
 * Keeps the derived TENURE relationships (src/graph/queries/role-tenures.ts) right after a load
 * wrote `created`'s and `personIds`' roles, inside the same transaction, and the roles at
 * `companyIds` (the companies whose parent the load changed) or at a company under one of them.
 * `created`: plans of people this transaction created, whose roles have no TENURE yet: theirs are
 * written from the plans (plannedRoleTenures), without reading the graph. Derived data: the load's
 * change counters leave it out.
 */
export async function keepRoleTenures(
  tx: TransactionRunner,
  touched: { created: readonly GraphPlan[]; personIds: readonly string[]; companyIds: readonly string[] },
): Promise<void> {
  const rows = plannedRoleTenures(touched.created).map((row) => ({ ...row, props: wireProps(row.props) }));
  // First: a refresh of a reparented company below then finds these roles' TENURE right and keeps it.
  if (rows.length > 0) await tx.run(createRoleTenures, { rows });
  if (touched.personIds.length === 0 && touched.companyIds.length === 0) return;
  await tx.run(refreshRoleTenures, { personIds: touched.personIds, companyIds: touched.companyIds });
}

/** Deletes the TENURE of the roles `roleIds` a load is about to delete, uncounted (derived data). */
export async function dropRoleTenures(tx: TransactionRunner, roleIds: readonly string[]): Promise<void> {
  if (roleIds.length > 0) await tx.run(deleteRoleTenures, { ids: roleIds });
}

/**
 * The TENURE rows refreshRoleTenures writes for the roles of `plans`, once the plans are written:
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
