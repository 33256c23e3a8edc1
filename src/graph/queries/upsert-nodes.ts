import { cypher } from '../../db/cypher-query.js';
import { Label, NODE_LABELS } from '../model.js';

/**
 * One MERGE block per label; each row is {id, props} and the node gets exactly `props`. The loader
 * sends only nodes that are new or whose properties change (it has read them in the same
 * transaction), so reloading an unchanged résumé writes nothing to shared companies and
 * technologies. The `_new` marker exists only inside this statement, to count created nodes;
 * `SET n = row.props` removes it.
 * Parameter `$nodes`: a map of one list per label (`Person`, `Role`, ...). One map rather than six
 * lists because Neo4j caches a plan per parameter-type signature, and an empty list types
 * differently from a list of maps: separate lists would recompile for every mix of empty ones.
 * Returns `created<Label>` counts.
 */
function upsertBlock(label: string): string {
  return `
CALL () {
  UNWIND $nodes.${label} AS row
  MERGE (n:${label} {id: row.id})
  ON CREATE SET n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  SET n = row.props, n:${Label.Entity}
  RETURN count(CASE WHEN created THEN 1 END) AS created${label}
}`;
}

export const upsertNodes = cypher(
  'loader.upsertNodes',
  `CYPHER replan=skip
${NODE_LABELS.map(upsertBlock).join('\n')}
RETURN ${NODE_LABELS.map((label) => `created${label}`).join(', ')}
`,
);
