import { cypher } from '../../db/cypher-query.js';
import { FUZZY_LOOKUP_INDEX, Label, LOOKUP_KEYS } from '../../graph/model.js';
import { entityProjection } from '../entity-kind.js';

/** The kinds a spelling may name (src/catalogue/name-lookup.ts): they carry `lookupKeys`. */
export type NamedLabel = typeof Label.Technology | typeof Label.Company;

/**
 * A subquery binding `variable` to the node of `label` that the spelling in parameter `$param`
 * names, or to null: `$param` is a `LookupNeedles` map (or null, which names nothing), and the
 * order is the one of name-lookup.ts: exact key, loose key held by one node only (companies), slug
 * as id, then (technologies) exact key and slug of the spelling without its version. Among nodes
 * found by one step, the one whose id was given (without its version for step 4), then catalogue ones, then by id. Every branch is
 * an index seek (TEXT index on `lookupKeys`, the id constraint); a null needle (no version) seeks
 * nothing. Step 5 (`A (B)`) is the loader's only: its two nested lookups made the query's plan
 * take seconds. `variable`, `label` and `param` are literals of our own query texts.
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
  const technology = label === Label.Technology;
  // Ranks 3 to 5 were found by the spelling without its version: that is the id they may carry.
  const given = technology
    ? `CASE WHEN rank < 3 THEN ${needles}.spelling ELSE ${needles}.bare.spelling END`
    : `${needles}.spelling`;
  return `CALL (${scope}) {
     CALL (${scope}) {
       ${wholeBranches(v, label, needles, 0, !technology)}${
         technology
           ? `
       UNION
       ${wholeBranches(v, label, `${needles}.bare`, 3, false)}`
           : ''
       }
     }
     WITH ${v}, rank
     ORDER BY rank, ${v}.id = ${given} DESC, coalesce(${v}.normalised, false) DESC, ${v}.id
     LIMIT 1
     RETURN head(collect(${v})) AS ${v}
   }`;
}

/**
 * Union branches of rows (`v`, rank) for steps 1 to 3 of `needles` (WholeNeedles): rank `first`
 * for the exact key, `first + 1` for the loose key (when `loose`), `first + 2` for the slug.
 */
function wholeBranches(v: string, label: NamedLabel, needles: string, first: number, loose: boolean): string {
  const looseBranch = `
       MATCH (${v}:${label}) WHERE ${v}.${LOOKUP_KEYS} CONTAINS ${needles}.loose
       WITH collect(${v}) AS found WHERE size(found) = 1
       UNWIND found AS ${v}
       RETURN ${v}, ${first + 1} AS rank
       UNION`;
  return `MATCH (${v}:${label}) WHERE ${v}.${LOOKUP_KEYS} CONTAINS ${needles}.exact
       RETURN ${v}, ${first} AS rank
       UNION${loose ? looseBranch : ''}
       MATCH (${v}:${label} {id: ${needles}.slug})
       RETURN ${v}, ${first + 2} AS rank`;
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
