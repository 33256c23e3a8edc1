import type { Executor } from '../db/Executor.js';
import { boundedInt } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { type CoUseEdge, landscapeCommunities } from './landscape.js';
import { technologyLandscapeQuery } from './landscape-query.js';

/** Most technologies one landscape shows: enough to draw, bounded for Louvain and the co-use read. */
export const maxLandscapeNodes = 500;
/** `minPeople` beyond any realistic graph is still accepted; this only keeps it an integer bound. */
export const maxLandscapeMinPeople = 1_000_000;

export interface LandscapeNode {
  technology: EntityRecord;
  peopleCount: number;
  community: number;
}

export interface TechnologyLandscape {
  nodes: LandscapeNode[];
  edges: CoUseEdge[];
  communityCount: number;
}

export async function technologyLandscape(
  executor: Executor,
  minPeople: number,
  first: number,
): Promise<TechnologyLandscape> {
  const [row] = await executor.read<{
    nodes: { technology: EntityRecord; peopleCount: number }[];
    edges: CoUseEdge[];
  }>(technologyLandscapeQuery, { minPeople, first });
  const nodes = row?.nodes ?? [];
  const edges = row?.edges ?? [];
  const { community, count } = landscapeCommunities(
    nodes.map((node) => node.technology.id),
    edges,
  );
  return {
    nodes: nodes.map((node) => ({ ...node, community: community.get(node.technology.id) ?? 0 })),
    edges,
    communityCount: count,
  };
}

export const landscapeResolvers = {
  Query: {
    technologyLandscape(
      _parent: unknown,
      args: { minPeople?: number | null; first?: number | null },
      { executor }: Context,
    ): Promise<TechnologyLandscape> {
      const minPeople = boundedInt('minPeople', args.minPeople, 1, 1, maxLandscapeMinPeople);
      const first = boundedInt('first', args.first, 200, 1, maxLandscapeNodes);
      return technologyLandscape(executor, minPeople, first);
    },
  },
};
