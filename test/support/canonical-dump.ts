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

const dumpNodes = cypher(
  'test.dumpNodes',
  'MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props',
);
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
 * `acrossCode`: for graphs loaded by different commits, without each person's `contentHash`, which
 * hashes the loader's code and catalogues with the file (src/loader/content-hash.ts): any change
 * under src/loader, src/graph, src/resume or src/catalogue changes every person's, and nothing else.
 */
export async function canonicalDump(
  executor: Executor,
  options: { acrossCode?: boolean } = {},
): Promise<CanonicalDump> {
  const nodes = await executor.read<DumpedNode>(dumpNodes);
  const edges = await executor.read<DumpedEdge>(dumpEdges);
  const props = (node: DumpedNode) => {
    if (!options.acrossCode || !('contentHash' in node.props)) return node.props;
    const { contentHash: _, ...rest } = node.props;
    return rest;
  };
  return {
    nodes: byJson(
      nodes.map((node) => sortKeys({ labels: [...node.labels].sort(), props: props(node) }) as DumpedNode),
    ),
    edges: byJson(edges.map((edge) => sortKeys(edge) as DumpedEdge)),
  };
}
