import { cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { entityProjection } from '../graphql/entity-kind.js';
import { namedNodeOf } from '../graphql/queries/find-named.js';
import { useEvidence } from './gaps-query.js';
import { usageAsOfCypher } from './usage-as-of.js';

/**
 * A use counts at full strength for this many months of use, and loses its recency over as many
 * months since it was last used: ten years, a career's span of "long" and of "recent".
 */
export const fullStrengthMonths = 120;

/** How much a use rolled up from a narrower technology counts, against 1 for direct use. */
export const inferredWeight = 0.5;

const { Person, Technology } = Label;
const { USES } = RelType;

/**
 * The uses the cover counts, one row per person and use: `t` (the asked technology's id), `via`
 * (null for direct use; with roll-up, the narrower technology's node the use is of), `u`, `p`.
 * `$narrower[i]` lists the ids below the i-th technology asked along the catalogue's broader links
 * (empty without roll-up, src/career/broader.ts); an asked technology with no node is reached by
 * its catalogue id.
 */
const coverSources = `CALL (asked, techs) {
      UNWIND techs AS x
      MATCH (x)<-[u:${USES}]-(p:${Person})
      RETURN x.id AS t, null AS via, u, p
      UNION ALL
      UNWIND range(0, size(asked) - 1) AS index
      WITH coalesce(asked[index].id, asked[index].spelling) AS t, $narrower[index] AS below
      UNWIND below AS belowId
      MATCH (v:${Technology} {id: belowId})<-[u:${USES}]-(p:${Person})
      RETURN t, v AS via, u, p
    }`;

/**
 * Per person and asked technology, the one use that counts: direct use if any, else the strongest
 * rolled-up one (then by the narrower technology's id); its `weight` is 1, or `inferredWeight`.
 */
const strongestUse = `WITH techIds, n, t, p, via, u, strength
    ORDER BY via IS NULL DESC, strength DESC, via.id
    WITH techIds, n, t, p, head(collect({ via: via, u: u, strength: strength })) AS best
    WITH techIds, n, t, p, best.via AS via, best.u AS u, best.strength AS strength,
         CASE WHEN best.via IS NULL THEN 1.0 ELSE ${inferredWeight} END AS weight`;

/**
 * The shared first part of `experts` and `team`. Resolves `$technologies` (LookupNeedles, in the
 * order asked) to nodes: `asked` (per spelling, the id or null), `techs` (the distinct nodes, in
 * order). A subquery `body` runs on the candidates: one row per person who USES an asked
 * technology (not in `$exclude`) under the filters, with `p`, `n` (how many technologies asked:
 * the nodes and the spellings the graph has no node for), `covered` (their ids, in the order asked), `uses` (per covered technology,
 * `{ id, u, via }`: `via` the narrower technology's node when rolled up) and `score` (the formula in
 * schema/experts.graphql). Months and last use as of `$asOf` are src/career/usage-as-of.ts's; a use
 * that starts after `$asOf` counts as a listed skill when it is one, else not at all. The filters
 * apply to each use before the strongest is taken, so a rolled-up use may cover where a direct one
 * fails them. Cost: the USES relationships of the asked technologies (with roll-up, also of those
 * below them), nothing else of the graph.
 */
export function coverQuery(body: string, result: string): string {
  const full = fullStrengthMonths;
  const at = usageAsOfCypher('u', '$asOf');
  return `
  UNWIND range(0, size($technologies) - 1) AS index
  WITH index, $technologies[index] AS needles
  ${namedNodeOf('t', Technology, 'needles')}
  WITH index, needles, t ORDER BY index
  WITH collect({ spelling: needles.spelling, id: t.id }) AS asked, collect(t) AS found
  WITH asked, reduce(acc = [], x IN found | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS techs
  CALL (asked, techs) {
    WITH asked, techs, size(techs) + size([a IN asked WHERE a.id IS NULL]) AS n,
         reduce(acc = [], x IN [a IN asked | coalesce(a.id, a.spelling)] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS techIds
    ${coverSources}
    WITH techIds, n, t, via, u, p WHERE NOT p.id IN $exclude AND (${at.started} OR u.skill)
    WITH techIds, n, t, via, u, p, ${at.months} AS months, ${at.lastUsed} AS lastUse
    WHERE ($minMonths IS NULL OR coalesce(months, 0) >= $minMonths)
      AND ($usedSince IS NULL OR (lastUse IS NOT NULL AND lastUse >= $usedSince))
    WITH techIds, n, t, via, u, p, coalesce(months, 0) AS months,
         CASE WHEN lastUse IS NULL OR $asOf <= lastUse THEN 0 ELSE $asOf - lastUse END AS since
    WITH techIds, n, t, via, u, p,
         (CASE WHEN months > ${full} THEN ${full} ELSE months END) / ${full}.0
         * (CASE WHEN since >= ${full} THEN 0.0 ELSE 1.0 - since / ${full}.0 END) AS strength
    ${strongestUse}
    WITH techIds, n, p, collect(t) AS ids, collect({ id: t, u: u, via: via }) AS uses,
         sum(weight) AS weights, sum(weight * strength) AS strengths
    WITH p, n, [x IN techIds WHERE x IN ids] AS covered, uses, weights + strengths / (n + 1.0) AS score
    ${body}
  }
  RETURN [a IN asked | a.spelling] AS spellings, [a IN asked | a.id] AS ids,
         [x IN techs | ${entityProjection('x')}] AS technologies, ${result}`;
}

/**
 * `experts`: the best `$first` candidates by score, then person id, each with the evidence of
 * their covered technologies (the USES properties, its roles and projects as records).
 */
export const expertsQuery = cypher(
  'experts',
  coverQuery(
    `ORDER BY score DESC, p.id
    LIMIT toInteger($first)
    CALL (p, uses) {
      UNWIND uses AS use
      WITH p, use.id AS id, use.u AS u, use.via AS via
      RETURN collect({
        id: id,
        use: u { .* },
        via: CASE WHEN via IS NULL THEN null ELSE ${entityProjection('via')} END,
        ${useEvidence}
      }) AS evidence
    }
    WITH p, score, covered, evidence ORDER BY score DESC, p.id
    RETURN collect({ person: ${entityProjection('p')}, score: score, covered: covered, evidence: evidence }) AS experts`,
    'experts',
  ),
);
