import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';

export interface DumpedNode {
  labels: string[];
  props: Record<string, unknown>;
}

export interface DumpedEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface CanonicalDump {
  nodes: DumpedNode[];
  edges: DumpedEdge[];
}

const dumpNodes = cypher('test.dumpNodes', 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
const dumpEdges = cypher(
  'test.dumpEdges',
  'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
);

/** Keys sorted at every level, so equal graphs print equal. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function byJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

/**
 * The whole graph independent of internal ids and storage order: every node as sorted labels and
 * properties, every relationship as type, endpoint ids and properties, both lists sorted.
 * Duplicates stay, so a duplicated node or edge makes two dumps differ.
 */
export async function canonicalDump(executor: Executor): Promise<CanonicalDump> {
  const nodes = await executor.read<DumpedNode>(dumpNodes);
  const edges = await executor.read<DumpedEdge>(dumpEdges);
  return {
    nodes: byJson(
      nodes.map((node) => sortKeys({ labels: [...node.labels].sort(), props: node.props }) as DumpedNode),
    ),
    edges: byJson(edges.map((edge) => sortKeys(edge) as DumpedEdge)),
  };
}
