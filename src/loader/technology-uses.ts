import { mergeSpans, spanMonths } from '../graph/months.js';
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

/** A project as the months of its own dates (a project is never current); null where it gives none. */
export interface DatedProject {
  id: string;
  startMonth: number | null;
  endMonth: number | null;
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
 *   - `roles`, `projects`, `skill`: the evidence, the ids of those positions and projects (sorted)
 *     and whether it is a listed skill, so that questions list it without walking the paths again;
 *   - `firstUsed`, `lastUsed`: the earliest start and the latest end month of the positions and
 *     projects that used it, by their own dates (absent when none is dated; `lastUsed` also when a
 *     position is current: it has not ended);
 *   - `spans`, `months`: the months those positions and projects cover with both ends known, merged
 *     (overlaps counted once), and how many they are;
 *   - `current`: one of those positions is held now; then `currentSince`, the start of the earliest
 *     current one that has a start, and `monthsBeforeCurrent`, the months of `spans` before it.
 * A project without dates of its own adds evidence but no months: the résumé does not say when in
 * its role it ran. Nothing in it depends on the day of the load (the API counts a current position
 * to this month itself), so loading the same résumé always gives the same graph. Rows sorted by
 * technology id.
 */
export function technologyUses(
  person: string,
  stated: StatedUses,
  positions: readonly DatedPosition[],
  datedProjects: readonly DatedProject[] = [],
): EdgeRow[] {
  const byRole = new Map(positions.map((position) => [position.id, position]));
  const byProject = new Map(datedProjects.map((project) => [project.id, project]));
  interface Use {
    weight: number;
    roles: DatedPosition[];
    projects: Set<string>;
    skill: boolean;
  }
  const uses = new Map<string, Use>();
  const use = (technology: string, weight: number, evidence: (known: Use) => void) => {
    const known = uses.get(technology) ?? { weight, roles: [], projects: new Set<string>(), skill: false };
    known.weight = Math.max(known.weight, weight);
    evidence(known);
    uses.set(technology, known);
  };

  for (const row of stated.roleUsed) {
    const role = byRole.get(row.from) ?? { id: row.from, startMonth: null, endMonth: null, current: false };
    use(row.to, USE_WEIGHTS.role, (known) => known.roles.push(role));
  }
  const projects = new Set([...stated.roleWorkedOn, ...stated.personWorkedOn].map((row) => row.to));
  for (const row of stated.projectUsed) {
    if (projects.has(row.from)) use(row.to, USE_WEIGHTS.project, (known) => known.projects.add(row.from));
  }
  for (const row of stated.skilledIn) use(row.to, USE_WEIGHTS.skill, (known) => (known.skill = true));

  return [...uses.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([technology, { weight, roles, projects: used, skill }]) => {
      const dated = [
        ...roles,
        ...[...used].map((id) => byProject.get(id) ?? { id, startMonth: null, endMonth: null }),
      ];
      const starts = dated.flatMap((item) => (item.startMonth === null ? [] : [item.startMonth]));
      const ends = dated.flatMap((item) => (item.endMonth === null ? [] : [item.endMonth]));
      const current = roles.some((role) => role.current);
      const spans = mergeSpans(
        dated.flatMap(({ startMonth, endMonth }) =>
          startMonth === null || endMonth === null ? [] : [[startMonth, endMonth] as const],
        ),
      );
      const currentStarts = roles.flatMap((role) =>
        role.current && role.startMonth !== null ? [role.startMonth] : [],
      );
      const props: EdgeRow['props'] = {
        weight: BigInt(weight),
        current,
        roles: roles.map((role) => role.id).sort(compare),
        projects: [...used].sort(compare),
        skill,
      };
      if (starts.length > 0) props.firstUsed = BigInt(Math.min(...starts));
      if (ends.length > 0 && !current) props.lastUsed = BigInt(Math.max(...ends));
      if (spans.length > 0) {
        props.spans = spans.map(BigInt);
        props.months = BigInt(spanMonths(spans));
      }
      if (currentStarts.length > 0) {
        const since = Math.min(...currentStarts);
        props.currentSince = BigInt(since);
        props.monthsBeforeCurrent = BigInt(spanMonths(spans, since));
      }
      return { from: person, to: technology, props };
    });
}

/**
 * Σ of the weights of a person's USES rows, stored as `Person.technologyWeight`: similarPeople's
 * denominator for every candidate, read as one property instead of summed over their USES.
 */
export function totalWeight(uses: readonly EdgeRow[]): bigint {
  return uses.reduce((sum, row) => sum + (typeof row.props.weight === 'bigint' ? row.props.weight : 0n), 0n);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
