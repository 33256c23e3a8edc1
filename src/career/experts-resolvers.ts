import { boundedInt, limits } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { apiCatalogue } from '../graphql/mutations/import-resume.js';
import { broaderLinks } from './broader.js';
import { type CoverArguments, type CoverRow, readCover } from './experts-cover.js';
import { expertsQueries } from './experts-query.js';
import { gapFacts, type StoredUse } from './gaps.js';
import { catalogueRecord, type GapResult } from './gaps-resolvers.js';
import { team } from './team-resolvers.js';

interface ExpertRow {
  person: EntityRecord;
  score: number;
  covered: string[];
  evidence: {
    id: string;
    use: StoredUse & { skill: boolean };
    via: EntityRecord | null;
    roles: EntityRecord[];
    projects: EntityRecord[];
  }[];
}

export interface ExpertResult {
  person: EntityRecord;
  score: number;
  evidence: GapResult[];
  missing: EntityRecord[];
}

async function experts(
  _parent: unknown,
  args: CoverArguments & { first?: number | null },
  { executor }: Context,
): Promise<ExpertResult[]> {
  const first = boundedInt('first', args.first, 10, 1, limits.first.max);
  const { row, asOf, order, byId } = await readCover<CoverRow & { experts: ExpertRow[] }>(
    executor,
    expertsQueries,
    args,
    { first, keep: first },
  );
  return row.experts.map((expert) => {
    const evidence = new Map(expert.evidence.map((item) => [item.id, item]));
    return {
      person: expert.person,
      score: expert.score,
      evidence: order.flatMap((id) => {
        const item = evidence.get(id);
        if (!item) return [];
        return [
          {
            technology: byId.get(id) as EntityRecord,
            ...gapFacts(item.use, asOf),
            roles: item.roles,
            projects: item.projects,
            skill: item.use.skill === true,
            inferred: item.via !== null,
            via: item.via,
          },
        ];
      }),
      missing: order.filter((id) => !evidence.has(id)).map((id) => byId.get(id) as EntityRecord),
    };
  });
}

/** The catalogue's technologies next to `technology` along its broader links (src/career/broader.ts). */
async function linked(technology: EntityRecord, direction: 'broader' | 'narrower'): Promise<EntityRecord[]> {
  const catalogue = (await apiCatalogue()).technologies;
  return broaderLinks(catalogue)[direction](technology.id).map(catalogueRecord);
}

export const expertsResolvers = {
  Query: { experts, team },
  Technology: {
    broader: (technology: EntityRecord) => linked(technology, 'broader'),
    narrower: (technology: EntityRecord) => linked(technology, 'narrower'),
  },
  Gap: {
    inferred: (gap: GapResult) => gap.inferred === true,
    via: (gap: GapResult) => gap.via ?? null,
  },
};
