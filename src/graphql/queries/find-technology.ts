import { cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/**
 * Cypher condition: technology `t` is the one `$param` names, by id, name or alias, ignoring case.
 * `param` is always a literal parameter name from our own query texts.
 */
export function namesTechnology(t: string, param: string): string {
  return `(${t}.id = $${param} OR toLower(${t}.id) = toLower($${param}) OR toLower(${t}.name) = toLower($${param})
    OR toLower($${param}) IN [alias IN coalesce(${t}.aliases, []) | toLower(alias)])`;
}

/** Rank of a match: exact id first, then name, then alias (aliases are unique in the catalogue). */
export function technologyMatchRank(t: string, param: string): string {
  return `CASE WHEN ${t}.id = $${param} THEN 0 WHEN toLower(${t}.id) = toLower($${param}) THEN 1
    WHEN toLower(${t}.name) = toLower($${param}) THEN 2 ELSE 3 END`;
}

/** The technology an id, name or alias (any letter case) names: `k8s`, `Kubenetes` → Kubernetes. */
export const findTechnology = cypher(
  'technology.find',
  `MATCH (t:Technology)
   WHERE ${namesTechnology('t', 'id')}
   WITH t ORDER BY ${technologyMatchRank('t', 'id')}, t.id LIMIT 1
   RETURN ${entityProjection('t')} AS technology`,
);

/** Every spelling of every technology, for "did you mean" suggestions. */
export const technologySpellings = cypher(
  'technology.spellings',
  `MATCH (t:Technology)
   RETURN t.id AS id, t.name AS name, coalesce(t.aliases, []) AS aliases`,
);
