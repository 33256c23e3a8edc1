import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { mulberry32 } from '../generate/mulberry32.js';
import { compareStrings } from '../util/compare-strings.js';

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

/** Technologies some roles or projects used together: positions in the shown list, and how many. */
export interface CoUseSet {
  members: readonly number[];
  count: number;
}

/**
 * The co-use edges of the shown technologies `ids` from `sets` (src/career/landscape-query.ts): a
 * pair weighs the roles and projects whose set holds both. One edge per pair with a weight, `source`
 * before `target` by id; heaviest first, then by source, then by target. A position repeated in a
 * set counts once; one outside `ids` is an error (the query and the list disagree).
 */
export function coUseEdges(ids: readonly string[], sets: readonly CoUseSet[]): CoUseEdge[] {
  const weights = new Map<number, number>();
  for (const { members, count } of sets) {
    const unique = [...new Set(members)].sort((a, b) => a - b);
    for (const position of unique) {
      if (!Number.isInteger(position) || position < 0 || position >= ids.length) {
        throw new Error(
          `coUseEdges: position ${position} is not one of the ${ids.length} technologies shown.`,
        );
      }
    }
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const key = (unique[i] as number) * ids.length + (unique[j] as number);
        weights.set(key, (weights.get(key) ?? 0) + count);
      }
    }
  }
  const edges: CoUseEdge[] = [];
  for (const [key, weight] of weights) {
    const a = ids[Math.floor(key / ids.length)] as string;
    const b = ids[key % ids.length] as string;
    edges.push(a < b ? { source: a, target: b, weight } : { source: b, target: a, weight });
  }
  return edges.sort(
    (x, y) => y.weight - x.weight || compareStrings(x.source, y.source) || compareStrings(x.target, y.target),
  );
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
