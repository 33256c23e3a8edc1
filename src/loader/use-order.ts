import type { EdgeRow } from './graph-plan.js';

/**
 * The person's USES rows with what orders them in the index (src/graph/queries/use-order.ts): the
 * technology and person ids.
 */
export function withUseOrder(uses: readonly EdgeRow[]): EdgeRow[] {
  return uses.map((row) => ({ ...row, props: { ...row.props, technology: row.to, person: row.from } }));
}
