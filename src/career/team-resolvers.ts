import { badInput } from '../errors/index.js';
import { boundedInt } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { type CoverArguments, type CoverRow, readCover } from './experts-cover.js';
import { maxExcluded, maxTeamSize } from './experts-limits.js';
import { greedyTeam } from './team.js';
import { teamQueries } from './team-query.js';

export interface TeamResult {
  members: {
    person: EntityRecord;
    score: number;
    covers: EntityRecord[];
    adds: EntityRecord[];
    inferred: EntityRecord[];
  }[];
  uncovered: EntityRecord[];
}

interface CandidateRow {
  person: EntityRecord;
  score: number;
  covered: string[];
  /** Those of `covered` covered only through a narrower technology (roll-up). */
  inferred: string[];
}

export async function team(
  _parent: unknown,
  args: Omit<CoverArguments, 'minMonths' | 'usedSince'> & {
    size?: number | null;
    exclude?: string[] | null;
  },
  { executor }: Context,
): Promise<TeamResult> {
  const size = boundedInt('size', args.size, 3, 1, maxTeamSize);
  const exclude = [...new Set(args.exclude ?? [])];
  if (exclude.length > maxExcluded) {
    throw badInput(
      `exclude: ${exclude.length} people given: pass at most ${maxExcluded} person ids.`,
      'exclude',
    );
  }
  const { row, order, byId } = await readCover<CoverRow & { candidates: CandidateRow[] }>(
    executor,
    teamQueries,
    args,
    { size, exclude, keep: size },
  );
  const candidates = row.candidates.map((candidate) => ({ ...candidate, id: candidate.person.id }));
  const chosen = greedyTeam(order, candidates, size);
  const technologies = (ids: readonly string[]) => ids.map((id) => byId.get(id) as EntityRecord);
  return {
    members: chosen.members.map(({ candidate, adds }) => ({
      person: candidate.person,
      score: candidate.score,
      covers: technologies(candidate.covered),
      adds: technologies(adds),
      inferred: technologies(candidate.covered.filter((id) => candidate.inferred.includes(id))),
    })),
    uncovered: technologies(chosen.uncovered),
  };
}
