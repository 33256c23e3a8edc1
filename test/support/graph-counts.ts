import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';

const countLabels = cypher(
  'test.countLabels',
  'MATCH (n:Entity) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
);
const countTypes = cypher(
  'test.countTypes',
  'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
);

/** Nodes per label and relationships per type. */
export async function graphCounts(
  executor: Executor,
): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = await executor.read<{ label: string; count: number }>(countLabels);
  const types = await executor.read<{ type: string; count: number }>(countTypes);
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    types: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}
