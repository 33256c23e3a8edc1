import { type CypherQuery, cypher } from '../db/cypher-query.js';
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

/**
 * The one text of the strength formula (schema/experts.graphql): `months` of use and `since` (months
 * since last used, never negative), both Cypher expressions, to a strength in [0, 1].
 */
function strengthOf(months: string, since: string): string {
  const full = fullStrengthMonths;
  return `(CASE WHEN (${months}) > ${full} THEN ${full} ELSE (${months}) END) / ${full}.0
    * (CASE WHEN (${since}) >= ${full} THEN 0.0 ELSE 1.0 - (${since}) / ${full}.0 END)`;
}

const { Person, Technology } = Label;
const { USES } = RelType;

/**
 * The uses the cover counts, one row per person and use: `t` (the asked technology's id), `via`
 * (null for direct use; with `rollUp`, the narrower technology's node the use is of), `u`, `p`.
 * With `rollUp`, `$narrower[i]` lists the ids below the i-th technology asked along the
 * catalogue's broader links (src/career/broader.ts); an asked technology with no node is reached
 * by its catalogue id. With `of` (a bound person variable) only that person's uses, each found
 * from their side: one walk over their uses, never a look per narrower id (that costs the ids
 * times the person's uses: 4 s at 10,000 people for three broad technologies).
 */
function coverSources(rollUp: boolean, of?: string): string {
  if (of) {
    const rolledUp = `UNION ALL
      MATCH (${of})-[u:${USES}]->(v:${Technology})
      WITH asked, u, v, v.id AS narrowerId
      UNWIND [index IN range(0, size(asked) - 1) WHERE narrowerId IN $narrower[index]] AS index
      RETURN coalesce(asked[index].id, asked[index].spelling) AS t, v AS via, u`;
    return `CALL (asked, techs, ${of}) {
      MATCH (${of})-[u:${USES}]->(x:${Technology}) WHERE x IN techs
      RETURN x.id AS t, null AS via, u
      ${rollUp ? rolledUp : ''}
    }`;
  }
  const rolledUp = `UNION ALL
      UNWIND range(0, size(asked) - 1) AS index
      WITH coalesce(asked[index].id, asked[index].spelling) AS t, $narrower[index] AS below
      UNWIND below AS belowId
      MATCH (v:${Technology} {id: belowId})<-[u:${USES}]-(p:${Person})
      RETURN t, v AS via, u, p`;
  return `CALL (asked, techs) {
      UNWIND techs AS x
      MATCH (x)<-[u:${USES}]-(p:${Person})
      RETURN x.id AS t, null AS via, u, p
      ${rollUp ? rolledUp : ''}
    }`;
}

/** Person `p` is not in `$exclude` (their id is read only when someone is excluded). */
const notExcluded = '(size($exclude) = 0 OR NOT p.id IN $exclude)';

/** Use `u` (a USES relationship or a map of its properties) counts as of `$asOf`: started, or a listed skill. */
const startedOrSkill = (u: string) => `(${usageAsOfCypher(u, '$asOf').started} OR ${u}.skill)`;

/** The uses that count as of `$asOf`: of people not in `$exclude`, started (or a listed skill). */
function counted(): string {
  return `${notExcluded} AND ${startedOrSkill('u')}`;
}

/**
 * The properties of USES `u` the bounds and startedOrSkill read, as a map: each read once, where
 * the bounds' expressions name some of them several times.
 */
const boundProperties = (u: string) =>
  `${u} { .current, .currentSince, .monthsBeforeCurrent, .months, .lastUsed, .firstUsed, .skill }`;

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
 * Cypher expression: an upper bound of the `strength` (the formula in schema/experts.graphql) USES
 * `u` (or a map of its properties: boundProperties) can have as of `$asOf`, whatever the filters, read from its stored properties alone (no walk
 * over its spans). Exact for a use that ended by `$asOf` (its months are all its dated months, its
 * last use the stored one) and for a current role going on at `$asOf` (the months before it, then
 * its run to `$asOf`, used this month); else at most all its dated months, used this month.
 */
function strengthBound(u: string): string {
  return `[boundMonths IN [CASE WHEN ${u}.current AND ${u}.currentSince <= $asOf
      THEN coalesce(${u}.monthsBeforeCurrent, ${u}.months, 0) + $asOf - ${u}.currentSince + 1 ELSE coalesce(${u}.months, 0) END] |
    ${strengthOf('boundMonths', `CASE WHEN ${u}.current OR NOT coalesce(${u}.lastUsed < $asOf, false) THEN 0 ELSE $asOf - ${u}.lastUsed END`)}][0]`;
}

/**
 * Cypher expression: a lower bound of what a use `u` (one that counts as of `$asOf`; USES or
 * boundProperties' map) adds to the score at weight 1 (a rolled-up use adds `inferredWeight` times
 * it), from its stored properties alone, 0 when they cannot tell. Exact for a use that ended
 * by `$asOf` and for a current role going on at `$asOf` (as strengthBound); else, without
 * filters, the cover with no strength.
 */
function contributionFloor(u: string): string {
  const passes = (months: string, lastUse: string) =>
    `($minMonths IS NULL OR ${months} >= $minMonths) AND ($usedSince IS NULL OR ${lastUse} >= $usedSince)`;
  return `CASE
      WHEN NOT ${u}.current AND ${u}.lastUsed <= $asOf THEN
        [floorMonths IN [coalesce(${u}.months, 0)] | CASE WHEN ${passes('floorMonths', `${u}.lastUsed`)}
          THEN 1.0 + ${strengthOf('floorMonths', `$asOf - ${u}.lastUsed`)} / (n + 1.0) ELSE 0.0 END][0]
      WHEN ${u}.current AND ${u}.currentSince <= $asOf THEN
        [floorMonths IN [coalesce(${u}.monthsBeforeCurrent, 0) + $asOf - ${u}.currentSince + 1] | CASE WHEN ${passes('floorMonths', '$asOf')}
          THEN 1.0 + ${strengthOf('floorMonths', '0')} / (n + 1.0) ELSE 0.0 END][0]
      WHEN $minMonths IS NULL AND $usedSince IS NULL THEN 1.0
      ELSE 0.0 END`;
}

/**
 * The exact cover of the people in `candidates` (a list of `{ p }`), one row per person who covers
 * anything under the filters: `p`, `covered`, `uses` and `score` (see coverQuery). Months and last
 * use as of `$asOf` are src/career/usage-as-of.ts's.
 */
function exactCover(candidates: string, rollUp: boolean): string {
  const at = usageAsOfCypher('u', '$asOf');
  return `UNWIND ${candidates} AS candidate
    WITH asked, techs, techIds, n, candidate.p AS p
    ${coverSources(rollUp, 'p')}
    WITH techIds, n, t, via, u, p WHERE ${counted()}
    WITH techIds, n, t, via, u, p, ${at.months} AS months, ${at.lastUsed} AS lastUse
    WHERE ($minMonths IS NULL OR coalesce(months, 0) >= $minMonths)
      AND ($usedSince IS NULL OR (lastUse IS NOT NULL AND lastUse >= $usedSince))
    WITH techIds, n, t, via, u, p, coalesce(months, 0) AS months,
         CASE WHEN lastUse IS NULL OR $asOf <= lastUse THEN 0 ELSE $asOf - lastUse END AS since
    WITH techIds, n, t, via, u, p, ${strengthOf('months', 'since')} AS strength
    ${strongestUse}
    WITH techIds, n, p, collect(t) AS ids, collect({ id: t, u: u, via: via }) AS uses,
         sum(weight) AS weights, sum(weight * strength) AS strengths
    WITH techIds, n, p, [x IN techIds WHERE x IN ids] AS covered, uses, weights + strengths / (n + 1.0) AS score`;
}

/** Slack for the bound: it is computed by other arithmetic than the score, so rounding may differ. */
const boundSlack = 1e-9;

/**
 * The shared first part of `experts` and `team`. Resolves `$technologies` (LookupNeedles, in the
 * order asked) to nodes: `asked` (per spelling, the id or null), `techs` (the distinct nodes, in
 * order). A subquery `body` runs on the candidates: one row per person who USES an asked
 * technology (not in `$exclude`) under the filters and can rank among the best `$keep` of their
 * group, with `p`, `n` (how many technologies asked: the nodes and the spellings the graph has no
 * node for), `covered` (their ids, in the order asked), `uses` (per covered technology,
 * `{ id, u, via }`: `via` the narrower technology's node when rolled up) and `score` (the formula in
 * schema/experts.graphql). Months and last use as of `$asOf` are src/career/usage-as-of.ts's; a use
 * that starts after `$asOf` counts as a listed skill when it is one, else not at all. The filters
 * apply to each use before the strongest is taken, so a rolled-up use may cover where a direct one
 * fails them.
 *
 * `group` is a Cypher expression over `used` (the ids of the technologies asked a person's uses
 * that count are for, before the filters) that puts people in groups, each ranked on its own:
 * `true` for one ranking (`experts`); `used` itself for `team`, which has no filters, so that it
 * is their exact cover. Who can be among a group's best `$keep` is decided exactly without the
 * costly months of everyone, from two bounds of each person's score read from the stored USES
 * properties, per technology asked, over the uses that can stand for it (direct, or with roll-up
 * each narrower one): `high`, Σ of the largest weight × (1 + strengthBound / (n + 1)) (the term
 * takes one of those uses), and `low`, Σ of the largest weight × contributionFloor (a direct use
 * that passes the filters is taken before any rolled-up one and its term is at least 1, more than
 * any rolled-up term; else the strongest rolled-up one that passes is taken). The `$keep`-th best
 * `low` of the group is a floor its `$keep`-th best score
 * reaches, so whoever's `high` is below it cannot rank among the best `$keep`: only the others are
 * scored and passed to `body`. Cost: the USES relationships of the asked technologies (with
 * roll-up, also of those below them) read once with a few properties each, and the months of the
 * few people who can rank.
 */
export function coverQuery(body: string, result: string, rollUp: boolean, group = 'true'): string {
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
    ${coverSources(rollUp)}
    WITH asked, techs, techIds, n, t, via, p, ${boundProperties('u')} AS use, CASE WHEN via IS NULL THEN 1.0 ELSE ${inferredWeight} END AS weight
    WHERE ${startedOrSkill('use')}
    WITH asked, techs, techIds, n, t, p, weight * (1.0 + ${strengthBound('use')} / (n + 1.0)) AS high, weight * ${contributionFloor('use')} AS low
    ${
      // Direct uses are one per person and technology; rolled up, several stand for one technology, whose term takes one of them.
      rollUp ? 'WITH asked, techs, techIds, n, p, t, max(high) AS high, max(low) AS low' : ''
    }
    WITH asked, techs, techIds, n, p, collect(t) AS used, sum(high) AS high, sum(low) AS low
    WHERE ${notExcluded}
    WITH asked, techs, techIds, n, ${group} AS group, collect({ p: p, high: high, low: low }) AS people
    CALL (people) {
      UNWIND people AS person
      WITH person.low AS low ORDER BY low DESC LIMIT toInteger($keep)
      WITH collect(low) AS best
      RETURN CASE WHEN size(best) < $keep THEN null ELSE best[-1] - ${boundSlack} END AS floor
    }
    WITH asked, techs, techIds, n, [c IN people WHERE floor IS NULL OR c.high >= floor] AS candidates
    ${exactCover('candidates', rollUp)}
    ${body}
  }
  RETURN [a IN asked | a.spelling] AS spellings, [a IN asked | a.id] AS ids,
         [x IN techs | ${entityProjection('x')}] AS technologies, ${result}`;
}

/**
 * A cover question's two texts: counting direct use only (named `name`), and rolled up along the
 * catalogue's broader links (`$narrower`, named `name.rollUp`), which reads the uses of the
 * narrower technologies too.
 */
export interface CoverQueries {
  direct: CypherQuery;
  rolledUp: CypherQuery;
}

/** coverQuery's two texts (CoverQueries) of one question. */
export function coverQueries(name: string, body: string, result: string, group?: string): CoverQueries {
  return {
    direct: cypher(name, coverQuery(body, result, false, group)),
    rolledUp: cypher(`${name}.rollUp`, coverQuery(body, result, true, group)),
  };
}

/**
 * `experts`: the best `$first` candidates by score, then person id, each with the evidence of
 * their covered technologies (the USES properties, its roles and projects as records).
 */
export const expertsQueries = coverQueries(
  'experts',
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
);
