import { cypher } from '../../db/cypher-query.js';
import { Label, NODE_LABELS } from '../model.js';

/**
 * One MERGE block per label; each row is {id, props, expect?} and the node gets exactly `props`.
 * The loader sends only nodes that are new or whose properties change (it has read them in the same
 * transaction), so reloading an unchanged résumé writes nothing to shared companies and
 * technologies. A row with `expect` is a description of a node several résumés describe
 * (src/loader/shared-descriptions.ts), chosen against `expect` (`{}`: the node was not there):
 * under the node's lock, which MERGE takes, the node must still hold `expect` (or already `props`),
 * else its id is returned in `changed` (another transaction described it since it was read) and the
 * loader runs the transaction again. A row with `fresh` (a role the loader's snapshot did not find) must be
 * created here: found instead, another transaction created it since, and its id is returned in `changed` too. The `_new` marker exists only inside this statement, to count
 * created nodes; `SET n = row.props` removes it.
 * Parameter `$nodes`: a map of one list per label (`Person`, `Role`, ...), each id at most once.
 * One map rather than six lists because Neo4j caches a plan per parameter-type signature, and an
 * empty list types differently from a list of maps: separate lists would recompile for every mix
 * of empty ones. Returns `created<Label>` counts and `changed`.
 */
function upsertBlock(label: string): string {
  return `
CALL () {
  UNWIND $nodes.${label} AS row
  MERGE (n:${label} {id: row.id})
  ON CREATE SET n._new = true
  WITH n, row, n._new IS NOT NULL AS created
  WITH n, row, created,
    CASE WHEN created THEN true WHEN row.fresh THEN false WHEN row.expect IS NULL THEN true
      ELSE properties(n) = row.expect OR properties(n) = row.props END AS asRead
  SET n = row.props, n:${Label.Entity}
  RETURN count(CASE WHEN created THEN 1 END) AS created${label},
    collect(CASE WHEN NOT asRead THEN row.id END) AS changed${label}
}`;
}

export const upsertNodes = cypher(
  'loader.upsertNodes',
  `CYPHER replan=skip
${NODE_LABELS.map(upsertBlock).join('\n')}
RETURN ${NODE_LABELS.map((label) => `created${label}`).join(', ')},
  ${NODE_LABELS.map((label) => `changed${label}`).join(' + ')} AS changed
`,
);
