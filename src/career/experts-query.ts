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

const { Person, Technology } = Label;
const { USES } = RelType;

/**
 * The shared first part of `experts` and `team`. Resolves `$technologies` (LookupNeedles, in the
 * order asked) to nodes: `asked` (per spelling, the id or null), `techs` (the distinct nodes, in
 * order). A subquery `body` runs on the candidates: one row per person who USES an asked
 * technology (not in `$exclude`) under the filters, with `p`, `n` (how many technologies asked:
 * the nodes and the spellings the graph has no node for), `covered` (their ids, in the order asked), `uses` (per covered technology,
 * `{ id, u }`) and `score` (the formula in schema/experts.graphql). Months and last use as of
 * `$asOf` are src/career/usage-as-of.ts's; a use that starts after `$asOf` counts as a listed skill
 * when it is one, else not at all. Cost: the asked technologies' USES relationships, nothing else
 * of the graph.
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
    WITH techs, [x IN techs | x.id] AS techIds, size(techs) + size([a IN asked WHERE a.id IS NULL]) AS n
    UNWIND techs AS t
    MATCH (t)<-[u:${USES}]-(p:${Person})
    WHERE NOT p.id IN $exclude
      AND (${at.started} OR u.skill)
    WITH techIds, n, t, u, p, ${at.months} AS months, ${at.lastUsed} AS lastUse
    WHERE ($minMonths IS NULL OR coalesce(months, 0) >= $minMonths)
      AND ($usedSince IS NULL OR (lastUse IS NOT NULL AND lastUse >= $usedSince))
    WITH techIds, n, t, u, p, coalesce(months, 0) AS months,
         CASE WHEN lastUse IS NULL OR $asOf <= lastUse THEN 0 ELSE $asOf - lastUse END AS since
    WITH techIds, n, t, u, p,
         (CASE WHEN months > ${full} THEN ${full} ELSE months END) / ${full}.0
         * (CASE WHEN since >= ${full} THEN 0.0 ELSE 1.0 - since / ${full}.0 END) AS strength
    WITH techIds, n, p, collect(t.id) AS ids, collect({ id: t.id, u: u }) AS uses, sum(strength) AS strengths
    WITH p, n, [x IN techIds WHERE x IN ids] AS covered, uses, size(ids) + strengths / (n + 1.0) AS score
    ${body}
  }
  RETURN [a IN asked | a.spelling] AS spellings, [a IN asked | a.id] AS ids,
         [x IN techs | ${entityProjection('x')}] AS technologies, ${result}`;
}

/**
 * `experts`: the best `$first` candidates by score, then person id, each with the evidence of
 * their covered technologies (the USES properties, its roles and projects as records, by id).
 */
export const expertsQuery = cypher(
  'experts',
  coverQuery(
    `ORDER BY score DESC, p.id
    LIMIT toInteger($first)
    CALL (p, uses) {
      UNWIND uses AS use
      WITH p, use.id AS id, use.u AS u
      RETURN collect({
        id: id,
        use: u { .* },
        ${useEvidence}
      }) AS evidence
    }
    WITH p, score, covered, evidence ORDER BY score DESC, p.id
    RETURN collect({ person: ${entityProjection('p')}, score: score, covered: covered, evidence: evidence }) AS experts`,
    'experts',
  ),
);
