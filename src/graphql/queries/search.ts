import { cypher } from '../../db/cypher-query.js';
import { FULLTEXT_INDEX } from '../../graph/model.js';
import { entityProjection, kindOf } from '../entity-kind.js';

/**
 * Full-text search: `$query` is a Lucene query the resolver built from escaped user terms; `$kinds`
 * (null for all) filters by EntityKind. Entities whose name, label or an alias is exactly the text
 * searched (`$exact`, lower-cased) come first, so `C++` finds C++ before C#, then best score, then id.
 */
export const searchQuery = cypher(
  'search',
  `
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
  WITH node, score, ${kindOf('node')} AS kind
  WHERE $kinds IS NULL OR kind IN $kinds
  WITH node, score, kind,
    size([spelling IN [node.id, node.name, node.label] + coalesce(node.aliases, [])
      WHERE spelling IS NOT NULL AND toLower(spelling) = $exact]) > 0 AS exact
  ORDER BY exact DESC, score DESC, node.id
  LIMIT toInteger($first)
  RETURN ${entityProjection('node')} AS entity, kind, score
  `,
);
