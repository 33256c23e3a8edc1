import { cypher } from '../../db/cypher-query.js';
import { FULLTEXT_INDEX, LOOKUP_KEYS } from '../../graph/model.js';
import { entityProjection, kindOf } from '../entity-kind.js';

/**
 * Full-text search: `$query` is a Lucene query the resolver built from escaped user terms; `$kinds`
 * (null for all) filters by EntityKind. Exact hits come first, then best score, then id: a
 * technology or company whose stored lookup keys hold the text's exact key (`$exactKey`, the
 * `exact` of src/catalogue/name-lookup.ts `lookupNeedles`, null when the text has no key), as
 * find-named.ts matches them, so `C++` finds C++ before C# and `node js` finds Node.js; another
 * kind (they have no lookup keys) whose id, name, label or an alias is the text lower-cased (`$lowered`).
 */
export const searchQuery = cypher(
  'search',
  `
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
  WITH node, score, ${kindOf('node')} AS kind
  WHERE $kinds IS NULL OR kind IN $kinds
  WITH node, score, kind,
    CASE WHEN node.${LOOKUP_KEYS} IS NOT NULL
      THEN coalesce(node.${LOOKUP_KEYS} CONTAINS $exactKey, false)
      ELSE size([spelling IN [node.id, node.name, node.label] + coalesce(node.aliases, [])
        WHERE spelling IS NOT NULL AND toLower(spelling) = $lowered]) > 0
    END AS exact
  ORDER BY exact DESC, score DESC, node.id
  LIMIT toInteger($first)
  RETURN ${entityProjection('node')} AS entity, kind, score
  `,
);
