import type { PathRole as PathRoleOf, Stay as StayOf } from '../graph/career-path.js';
import type { EntityRecord } from '../graphql/entity-kind.js';

// The path rule is src/graph/career-path.ts (the loader stores its steps); the API reads it with
// role records.
export { careerPath } from '../graph/career-path.js';

/** One role on a person's path: the role's record (with its stored months) and its company's id. */
export type PathRole = PathRoleOf<EntityRecord>;

/** A stay at one company: its roles on the person's path, uninterrupted by a move elsewhere. */
export type Stay = StayOf<EntityRecord>;

export interface CompanyMoveCounts {
  /** Company id → ids of the people who came from it (before) or went to it (after). */
  before: Map<string, Set<string>>;
  after: Map<string, Set<string>>;
  /** People with a dated role (a stay) in the family. */
  people: Set<string>;
}

/**
 * Where people came from and went to around a company `family` (the company and its
 * subsidiaries): for each stay in the family, the nearest stay before it and after it on the
 * person's path that is outside the family. Stays `alongside` another are not steps of the path:
 * they have no neighbours and are nobody's neighbour (their people still count in `people`). A
 * person counts once per company on each side.
 */
export function companyMoves(
  paths: readonly { person: string; stays: readonly Pick<Stay, 'company' | 'alongside'>[] }[],
  family: ReadonlySet<string>,
): CompanyMoveCounts {
  const counts: CompanyMoveCounts = { before: new Map(), after: new Map(), people: new Set() };
  const add = (side: Map<string, Set<string>>, company: string, person: string) => {
    const people = side.get(company) ?? new Set<string>();
    people.add(person);
    side.set(company, people);
  };
  for (const { person, stays: path } of paths) {
    for (const stay of path) if (family.has(stay.company)) counts.people.add(person);
    const stays = path.filter((stay) => !stay.alongside);
    stays.forEach((stay, index) => {
      if (!family.has(stay.company)) return;
      const before = stays.slice(0, index).findLast((other) => !family.has(other.company));
      const after = stays.slice(index + 1).find((other) => !family.has(other.company));
      if (before) add(counts.before, before.company, person);
      if (after) add(counts.after, after.company, person);
    });
  }
  return counts;
}
