import { coveredMonths } from '../graph/months.js';
import type { EdgeRow } from './graph-plan.js';

/** How each way of using a technology weighs; a USES relationship takes the strongest. */
export const USE_WEIGHTS = { role: 3, project: 2, skill: 1 } as const;

/** A position as the months of its role (src/graph/months.ts); null where the résumé gives no date. */
export interface DatedPosition {
  id: string;
  startMonth: number | null;
  endMonth: number | null;
  current: boolean;
}

/** The person's stated relationships that say they used a technology (rows of the plan). */
export interface StatedUses {
  roleUsed: readonly EdgeRow[];
  roleWorkedOn: readonly EdgeRow[];
  personWorkedOn: readonly EdgeRow[];
  projectUsed: readonly EdgeRow[];
  skilledIn: readonly EdgeRow[];
}

/**
 * The one definition of "this person used this technology", from their résumé alone: one of their
 * positions used it (weight 3), a project of a position or of their own did (2), or they list it
 * as a skill (1). One `USES` row per technology, with
 *   - `weight`: the strongest of those ways (what similarPeople compares);
 *   - `firstUsed`, `lastUsed`: the earliest start and the latest end month of the positions that
 *     used it (absent when none is dated; `lastUsed` also when one is current: it has not ended);
 *   - `months`: months those positions cover with both ends known, overlaps counted once;
 *   - `current`: one of those positions is held now.
 * Nothing in it depends on the day of the load (the API counts a current position to this month
 * itself), so loading the same résumé always gives the same graph. Rows sorted by technology id.
 */
export function technologyUses(
  person: string,
  stated: StatedUses,
  positions: readonly DatedPosition[],
): EdgeRow[] {
  const byRole = new Map(positions.map((position) => [position.id, position]));
  const uses = new Map<string, { weight: number; roles: DatedPosition[] }>();
  const use = (technology: string, weight: number, role?: DatedPosition) => {
    const known = uses.get(technology) ?? { weight, roles: [] };
    known.weight = Math.max(known.weight, weight);
    if (role) known.roles.push(role);
    uses.set(technology, known);
  };

  for (const row of stated.roleUsed) use(row.to, USE_WEIGHTS.role, byRole.get(row.from));
  const projects = new Set([...stated.roleWorkedOn, ...stated.personWorkedOn].map((row) => row.to));
  for (const row of stated.projectUsed) if (projects.has(row.from)) use(row.to, USE_WEIGHTS.project);
  for (const row of stated.skilledIn) use(row.to, USE_WEIGHTS.skill);

  return [...uses.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([technology, { weight, roles }]) => {
      const starts = roles.flatMap((role) => (role.startMonth === null ? [] : [role.startMonth]));
      const ends = roles.flatMap((role) => (role.endMonth === null ? [] : [role.endMonth]));
      const current = roles.some((role) => role.current);
      const closed = roles.filter((role) => role.startMonth !== null && role.endMonth !== null);
      const months = coveredMonths(closed.map(({ startMonth, endMonth }) => ({ startMonth, endMonth })));
      const props: EdgeRow['props'] = { weight: BigInt(weight), current };
      if (starts.length > 0) props.firstUsed = BigInt(Math.min(...starts));
      if (ends.length > 0 && !current) props.lastUsed = BigInt(Math.max(...ends));
      if (months !== null) props.months = BigInt(months);
      return { from: person, to: technology, props };
    });
}
