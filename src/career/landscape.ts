import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { mulberry32 } from '../generate/mulberry32.js';

/**
 * The package is CommonJS typed as `export default`: under Node's ESM the default import is the
 * function itself, which TypeScript sees as the module's `default`.
 */
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** Louvain's random walk is seeded with this, so one graph always gives one partition. */
export const landscapeSeed = 13;

export interface CoUseEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * Communities of the technologies `ids` (in the caller's order) under the co-use `edges`: Louvain
 * over the weights with a seeded RNG, then renumbered from 0 in the order of each community's first
 * member in `ids`, so the numbers do not depend on Louvain's internal labels. A technology with no
 * edge is a community of its own.
 */
export function landscapeCommunities(
  ids: readonly string[],
  edges: readonly CoUseEdge[],
): { community: Map<string, number>; count: number } {
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  for (const edge of edges) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  const raw =
    graph.size === 0 ? {} : louvain(graph, { rng: mulberry32(landscapeSeed), getEdgeWeight: 'weight' });
  const renumbered = new Map<string | number, number>();
  const community = new Map<string, number>();
  for (const id of ids) {
    const label = raw[id] ?? `alone:${id}`;
    if (!renumbered.has(label)) renumbered.set(label, renumbered.size);
    community.set(id, renumbered.get(label) as number);
  }
  return { community, count: renumbered.size };
}
