import { badInput, notFound } from '../../errors/index.js';
import { compareStrings as compare } from '../../util/compare-strings.js';
import { boundedInt, limits } from '../arguments.js';
import type { Context } from '../context.js';
import type { EntityKind } from '../entity-kind.js';
import { focusGraphQuery, wholeGraphQuery } from '../queries/graph.js';
import { maxShortestPathHops, shortestPathQueries } from '../queries/shortest-path.js';
import { kindFilter } from './career-resolvers.js';

/** At most this many focus ids in one `graph` view. */
export const maxFocus = 100;

export interface GraphNodeRow {
  id: string;
  kind: EntityKind;
  label: string;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface GraphView {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

/** Edges in a stable order: by source, type, target (code-point order of the ids). */
export function sortEdges<E extends Omit<GraphEdgeRow, 'id'>>(edges: readonly E[]): E[] {
  return [...edges].sort(
    (a, b) => compare(a.source, b.source) || compare(a.type, b.type) || compare(a.target, b.target),
  );
}

/**
 * Deterministic edge ids: `${type}:${source}->${target}`, and `#2`, `#3`... for further
 * relationships of the same type between the same two nodes. Keeps the order given.
 */
export function withEdgeIds(edges: readonly Omit<GraphEdgeRow, 'id'>[]): GraphEdgeRow[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const base = `${edge.type}:${edge.source}->${edge.target}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}#${count}`, ...edge };
  });
}

/** `No entity with id "x": ...`, or with ids for several. */
export function noEntity(ids: readonly string[]): Error {
  const quoted = ids.map((id) => JSON.stringify(id)).join(', ');
  const hint = 'pass the id of a person, role, company, technology, project or school (search finds them).';
  return ids.length === 1
    ? notFound(`No entity with id ${quoted}: ${hint}`)
    : notFound(`No entity with ids ${quoted}: ${hint}`);
}

interface ViewRow {
  missing: string[];
  truncated: boolean;
  nodes: GraphNodeRow[];
  edges: Omit<GraphEdgeRow, 'id'>[];
}

interface PathRow {
  fromFound: boolean;
  toFound: boolean;
  nodes: GraphNodeRow[];
  edges: Omit<GraphEdgeRow, 'id'>[];
}

export const graphResolvers = {
  Query: {
    async graph(
      _parent: unknown,
      args: {
        focus?: string[] | null;
        depth?: number | null;
        kinds?: EntityKind[] | null;
        limit?: number | null;
      },
      { executor }: Context,
    ): Promise<GraphView> {
      const depth = boundedInt('depth', args.depth, limits.depth.fallback, 1, limits.depth.max);
      const limit = boundedInt('limit', args.limit, limits.graphLimit.fallback, 1, limits.graphLimit.max);
      const focus = [...new Set(args.focus ?? [])];
      if (focus.length > maxFocus) {
        throw badInput(`focus: ${focus.length} ids given: pass at most ${maxFocus}.`, 'focus');
      }
      const kinds = kindFilter(args.kinds);
      const [row] =
        focus.length === 0
          ? await executor.read<ViewRow>(wholeGraphQuery, { kinds, limit })
          : await executor.read<ViewRow>(focusGraphQuery, { focus, depth, kinds, limit });
      if (!row) return { nodes: [], edges: [], truncated: false };
      if (row.missing.length > 0) throw noEntity(row.missing);
      return { nodes: row.nodes, edges: withEdgeIds(sortEdges(row.edges)), truncated: row.truncated };
    },

    async shortestPath(
      _parent: unknown,
      args: { fromId: string; toId: string; maxHops?: number | null },
      { executor }: Context,
    ): Promise<GraphView> {
      const maxHops = boundedInt('maxHops', args.maxHops, limits.maxHops.fallback, 1, maxShortestPathHops);
      const query = shortestPathQueries.get(maxHops);
      if (!query) throw new Error(`No shortest-path query for ${maxHops} hops.`);
      const [row] = await executor.read<PathRow>(query, { fromId: args.fromId, toId: args.toId });
      const missing = new Set([
        ...(row?.fromFound ? [] : [args.fromId]),
        ...(row?.toFound ? [] : [args.toId]),
      ]);
      if (missing.size > 0) throw noEntity([...missing]);
      return { nodes: row?.nodes ?? [], edges: withEdgeIds(row?.edges ?? []), truncated: false };
    },
  },
};
