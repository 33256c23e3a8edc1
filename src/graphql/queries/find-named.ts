import { cypher } from '../../db/cypher-query.js';
import { FUZZY_LOOKUP_INDEX, Label, LOOKUP_KEYS } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';

/** The kinds a spelling may name (src/catalogue/name-lookup.ts): they carry `lookupKeys`. */
export type NamedLabel = typeof Label.Technology | typeof Label.Company;

/**
 * A subquery binding `variable` to the node of `label` that the spelling in parameter `$param`
 * names, or to null: `$param` is a `LookupNeedles` map (or null, which names nothing), and the
 * order is the one of name-lookup.ts: exact key, loose key held by one node only, slug as id.
 * Among nodes with the key, the one whose id was given, then catalogue ones, then by id. Every
 * branch is an index seek (TEXT index on `lookupKeys`, the id constraint). `variable`, `label`
 * and `param` are literals of our own query texts.
 */
export function namedNode(variable: string, label: NamedLabel, param: string): string {
  return namedNodeOf(variable, label, `$${param}`);
}

/**
 * `namedNode` for needles in a variable of the query (`needles`, imported into the subquery), e.g.
 * one element of an unwound list of spellings.
 */
export function namedNodeOf(variable: string, label: NamedLabel, needles: string): string {
  const v = variable;
  const scope = needles.startsWith('$') ? '' : needles;
  return `CALL (${scope}) {
     CALL (${scope}) {
       MATCH (${v}:${label}) WHERE ${v}.${LOOKUP_KEYS} CONTAINS ${needles}.exact
       RETURN ${v}, 0 AS rank
       UNION
       MATCH (${v}:${label}) WHERE ${v}.${LOOKUP_KEYS} CONTAINS ${needles}.loose
       WITH collect(${v}) AS found WHERE size(found) = 1
       UNWIND found AS ${v}
       RETURN ${v}, 1 AS rank
       UNION
       MATCH (${v}:${label} {id: ${needles}.slug})
       RETURN ${v}, 2 AS rank
     }
     WITH ${v}, rank
     ORDER BY rank, ${v}.id = ${needles}.spelling DESC, coalesce(${v}.normalised, false) DESC, ${v}.id
     LIMIT 1
     RETURN head(collect(${v})) AS ${v}
   }`;
}

/** The technology a spelling names (`$technology`: LookupNeedles): `k8s`, `Node JS` → their node. */
export const findTechnology = cypher(
  'technology.find',
  `${namedNode('t', Label.Technology, 'technology')}
   WITH t WHERE t IS NOT NULL
   RETURN ${entityProjection('t')} AS technology`,
);

/** The company a spelling names (`$company`: LookupNeedles): `Microsoft Corporation` → microsoft. */
export const findCompany = cypher(
  'company.find',
  `${namedNode('c', Label.Company, 'company')}
   WITH c WHERE c IS NOT NULL
   RETURN ${entityProjection('c')} AS company`,
);

/**
 * Candidates for "did you mean" (error path only): technologies with a key close to `$query`, a
 * Lucene fuzzy query built by the resolver, at most `$limit`. The resolver picks among their keys
 * with the one did-you-mean rule; the index only narrows the field.
 */
export const technologyCandidates = cypher(
  'technology.candidates',
  `CALL db.index.fulltext.queryNodes('${FUZZY_LOOKUP_INDEX}', $query) YIELD node
   WHERE node:${Label.Technology}
   WITH node LIMIT toInteger($limit)
   RETURN node.id AS id, node.name AS name, node.${LOOKUP_KEYS} AS keys`,
);
