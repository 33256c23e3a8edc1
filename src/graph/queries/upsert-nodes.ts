import { cypher } from '../../db/cypher-query.js';
import { Label, NODE_LABELS } from '../model.js';

/**
 * One MERGE block per label. Each row is {id, props, mode} (see NodeMode): a node is written only
 * when it is new or its properties differ, so reloading an unchanged résumé takes no write locks on
 * shared companies and technologies. The `_new` marker exists only inside this statement, to tell
 * created nodes from matched ones; `SET n = row.props` removes it.
 * Parameter `$nodes`: a map of one list per label (`Person`, `Role`, ...). One map rather than six
 * lists because Neo4j caches a plan per parameter-type signature, and an empty list types
 * differently from a list of maps: separate lists would recompile for every mix of empty ones.
 * Returns `created<Label>` and `updated<Label>` counts.
 */
function upsertBlock(label: string): string {
  return `
CALL () {
  UNWIND $nodes.${label} AS row
  MERGE (n:${label} {id: row.id})
  ON CREATE SET n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  WITH n, row, created,
    CASE row.mode
      WHEN 'replace' THEN created OR properties(n) <> row.props
      WHEN 'merge' THEN created OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
      ELSE created
    END AS changed
  FOREACH (_ IN CASE WHEN created OR (changed AND row.mode = 'replace') THEN [1] ELSE [] END |
    SET n = row.props, n:${Label.Entity})
  FOREACH (_ IN CASE WHEN changed AND NOT created AND row.mode = 'merge' THEN [1] ELSE [] END |
    SET n += row.props)
  RETURN count(CASE WHEN created THEN 1 END) AS created${label},
    count(CASE WHEN changed AND NOT created THEN 1 END) AS updated${label}
}`;
}

export const upsertNodes = cypher(
  'loader.upsertNodes',
  `CYPHER replan=skip
${NODE_LABELS.map(upsertBlock).join('\n')}
RETURN ${NODE_LABELS.map((label) => `created${label}, updated${label}`).join(', ')}
`,
);
