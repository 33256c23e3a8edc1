import type { Executor } from '../db/Executor.js';
import { boundedInt } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { apiCatalogue } from '../graphql/mutations/import-resume.js';
import { compareStrings } from '../util/compare-strings.js';
import { cachedAggregate } from './aggregate-cache.js';
import { broaderLinks } from './broader.js';
import { catalogueRecord } from './gaps-resolvers.js';
import { type CoUseEdge, type CoUseSet, coUseEdges, landscapeCommunities } from './landscape.js';
import { maxLandscapeMinPeople, maxLandscapeNodes } from './landscape-limits.js';
import { rolledUpLandscapeQuery, technologyLandscapeQuery } from './landscape-query.js';

export interface LandscapeNode {
  technology: EntityRecord;
  peopleCount: number;
  community: number;
  /** With roll-up: the narrower technologies merged into this one. */
  rolledUp: EntityRecord[];
}

export interface TechnologyLandscape {
  nodes: LandscapeNode[];
  edges: CoUseEdge[];
  communityCount: number;
}

/**
 * The landscape of the whole graph: kept, per arguments, until the database changes
 * (src/career/aggregate-cache.ts), so co-use and Louvain run once per version of the graph.
 */
export function technologyLandscape(
  executor: Executor,
  minPeople: number,
  first: number,
  rollUp = false,
): Promise<TechnologyLandscape> {
  return cachedAggregate(executor, `landscape:${minPeople}:${first}:${rollUp}`, () =>
    readLandscape(executor, minPeople, first, rollUp),
  );
}

async function readLandscape(
  executor: Executor,
  minPeople: number,
  first: number,
  rollUp: boolean,
): Promise<TechnologyLandscape> {
  const nodes: Omit<LandscapeNode, 'community'>[] = [];
  let edges: CoUseEdge[] = [];
  if (rollUp) {
    const catalogue = (await apiCatalogue()).technologies;
    const into = Object.fromEntries(
      [...broaderLinks(catalogue).tops()].map(([id, top]) => [id, { id: top.id, name: top.name }]),
    );
    const [row] = await executor.read<{
      nodes: { id: string; technology: EntityRecord | null; rolledUp: EntityRecord[]; peopleCount: number }[];
      uses: CoUseSet[];
    }>(rolledUpLandscapeQuery, { minPeople, first, into });
    const groups = row?.nodes ?? [];
    for (const node of groups) {
      const entry = catalogue.get(node.id);
      // A group is named by its top's node or, when nobody names the top itself, the catalogue's.
      const technology = node.technology ?? (entry ? catalogueRecord(entry) : node.rolledUp[0]);
      const rolledUp = [...node.rolledUp].sort((a, b) => compareStrings(a.id, b.id));
      if (technology) nodes.push({ technology, peopleCount: node.peopleCount, rolledUp });
    }
    edges = coUseEdges(
      groups.map((group) => group.id),
      row?.uses ?? [],
    );
  } else {
    const [row] = await executor.read<{
      nodes: { technology: EntityRecord; peopleCount: number }[];
      uses: CoUseSet[];
    }>(technologyLandscapeQuery, { minPeople, first });
    for (const node of row?.nodes ?? []) nodes.push({ ...node, rolledUp: [] });
    edges = coUseEdges(
      nodes.map((node) => node.technology.id),
      row?.uses ?? [],
    );
  }
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
      args: { minPeople?: number | null; first?: number | null; rollUp?: boolean | null },
      { executor }: Context,
    ): Promise<TechnologyLandscape> {
      const minPeople = boundedInt('minPeople', args.minPeople, 1, 1, maxLandscapeMinPeople);
      const first = boundedInt('first', args.first, 200, 1, maxLandscapeNodes);
      return technologyLandscape(executor, minPeople, first, args.rollUp === true);
    },
  },
};
