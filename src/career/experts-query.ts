import { type CypherQuery, cypher } from '../db/cypher-query.js';
import { Label, RelType } from '../graph/model.js';
import { usesIndexHint } from '../graph/queries/use-order.js';
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

const { Technology } = Label;
const { USES } = RelType;

/**
 * The uses the cover counts, one row per person and use: `t` (the asked technology's id), `via`
 * (null for direct use; with `rollUp`, the narrower technology's node the use is of), `u`, `p`,
 * and, without `of`, `begun` (everyUseBegun of the technology the use is of).
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
      MATCH (v:${Technology} {id: belowId})
      WITH t, v, ${everyUseBegun('v')} AS begun
      MATCH (v)<-[u:${USES}]-(p)
      RETURN t, v AS via, u, p, begun`;
  return `CALL (asked, techs) {
      UNWIND techs AS x
      WITH x, ${everyUseBegun('x')} AS begun
      MATCH (x)<-[u:${USES}]-(p)
      RETURN x.id AS t, null AS via, u, p, begun
      ${rollUp ? rolledUp : ''}
    }`;
}

/**
 * Cypher: whether every use of technology node `x` has started as of `$asOf` (none has a
 * `firstUsed` after it), one seek in the range index on USES (technology, firstUsed). Then
 * startedOrSkill holds for each, and is not read: on a graph with no future start, for any `$asOf`
 * from the latest start on (today's and later questions), a popular technology's users are read
 * without a property.
 */
const everyUseBegun = (x: string) => `NOT EXISTS {
        MATCH ()-[later:${USES}]->() ${usesIndexHint('later', 'byStart')}
        WHERE later.technology = ${x}.id AND later.firstUsed > $asOf
      }`;

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
 * The exact cover of each person `p` (one row each, with `asked`, `techs`, `techIds` and `n` in
 * scope), one row per person who covers anything under the filters: `p`, `covered`, `uses` and
 * `score` (see coverQuery). Months and last use as of `$asOf` are src/career/usage-as-of.ts's.
 */
function exactCover(rollUp: boolean): string {
  const at = usageAsOfCypher('u', '$asOf');
  return `${coverSources(rollUp, 'p')}
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
 * The uses of the asked technologies, read without a property but `firstUsed` (and `skill` when
 * that says nothing), and without that either for a technology whose uses had all started by
 * `$asOf` (everyUseBegun): one row per person with a use that counts as of `$asOf` (not in
 * `$exclude`), with `p`, `weights` (Σ over the asked technologies they use of the largest weight
 * of a use that stands for it: 1 direct, `inferredWeight` rolled up), `used` (the ids of those
 * technologies) and `uses` (their uses: the relationships when direct, `{ t, u, weight }` rolled
 * up). Relationships of the asked technologies only: USES always starts at a Person, so its label
 * is not read.
 */
function peopleUsing(rollUp: boolean): string {
  const perPerson = rollUp
    ? `WITH p, t, max(weight) AS top, collect({ t: t, u: u, weight: weight }) AS forOne
        WITH p, sum(top) AS weights, collect(t) AS used, collect(forOne) AS nested
        WITH p, weights, used, reduce(acc = [], forOne IN nested | acc + forOne) AS uses`
    : 'WITH p, count(*) AS weights, collect(t) AS used, collect(u) AS uses';
  return `CALL (asked, techs) {
        ${coverSources(rollUp)}
        WITH p, t, u, CASE WHEN via IS NULL THEN 1.0 ELSE ${inferredWeight} END AS weight
        WHERE CASE WHEN begun THEN true ELSE ${startedOrSkill('u')} END
        ${perPerson}
        WHERE ${notExcluded}
        RETURN p, weights, used, uses
      }`;
}

/** Cypher: from `people` (a list of `{ p, high, low }`), `floor`: the `$keep`-th best low less the slack, or null with fewer. */
const floorOf = (people: string) => `CALL (${people}) {
      UNWIND ${people} AS person
      WITH person.low AS low ORDER BY low DESC LIMIT toInteger($keep)
      WITH collect(low) AS best
      RETURN CASE WHEN size(best) < $keep THEN null ELSE best[-1] - ${boundSlack} END AS floor
    }`;

/**
 * Cypher: from `list` (a list of `{ p, uses }`, `uses` as peopleUsing gives them; `n` in scope),
 * `into`: their bounds `high` and `low` (see coverQuery), `{ p, high, low }` each, from a few
 * stored properties of each use.
 */
function boundedList(list: string, into: string, rollUp: boolean): string {
  const item = rollUp
    ? 'UNWIND person.uses AS item\n      WITH n, person.p AS p, item.t AS t, item.u AS u, item.weight AS weight'
    : 'UNWIND person.uses AS u\n      WITH n, person.p AS p, u, 1.0 AS weight';
  const t = rollUp ? 't, ' : '';
  return `CALL (n, ${list}) {
      UNWIND ${list} AS person
      ${item}
      WITH n, p, ${t}weight, ${boundProperties('u')} AS use
      WITH n, p, ${t}weight * (1.0 + ${strengthBound('use')} / (n + 1.0)) AS high, weight * ${contributionFloor('use')} AS low
      ${
        // Direct uses are one per person and technology; rolled up, several stand for one technology, whose term takes one of them.
        rollUp ? 'WITH n, p, t, max(high) AS high, max(low) AS low' : ''
      }
      WITH p, sum(high) AS high, sum(low) AS low
      RETURN collect({ p: p, high: high, low: low }) AS ${into}
    }`;
}

/**
 * One ranking (`experts`): the people who can be among the best `$keep`, one row `p` each. A
 * person's score is at most their `reach`, `weights` × (n + 2) / (n + 1) (every strength at most
 * 1), and without filters at least `weights` (every counted use's term is at least its weight:
 * contributionFloor). So, without filters, the `$keep`-th best score is at least `least`, the
 * `weights` of the `$keep`-th person by weights, and whoever's reach is below it cannot rank:
 * only the others are bounded (with filters, everyone), and whoever's `high` is below the
 * `$keep`-th best low of those cannot rank either. So the many who use only some of popular
 * technologies asked are passed over, their uses read for `firstUsed` alone, or for nothing (everyUseBegun).
 */
function rankingCandidates(rollUp: boolean): string {
  const reach = (weights: string) => `${weights} * (n + 2.0) / (n + 1.0) + ${boundSlack}`;
  return `CALL (asked, techs, n) {
      CALL (asked, techs) {
        ${peopleUsing(rollUp)}
        WITH weights, collect({ p: p, uses: uses }) AS tier
        ORDER BY weights DESC
        RETURN collect({ weights: weights, people: tier }) AS tiers
      }
      WITH n, tiers, reduce(cut = { people: 0, weights: null }, tier IN tiers |
        CASE WHEN cut.people >= $keep THEN cut ELSE { people: cut.people + size(tier.people), weights: tier.weights } END) AS cut
      WITH n, tiers, CASE WHEN cut.people < $keep OR $minMonths IS NOT NULL OR $usedSince IS NOT NULL THEN null
        ELSE cut.weights END AS least
      WITH n, reduce(acc = [], tier IN tiers |
        CASE WHEN least IS NULL OR ${reach('tier.weights')} >= least THEN acc + tier.people ELSE acc END) AS people
      ${boundedList('people', 'bounded', rollUp)}
      ${floorOf('bounded')}
      UNWIND [c IN bounded WHERE floor IS NULL OR c.high >= floor] AS candidate
      RETURN candidate.p AS p
    }`;
}

/**
 * Rankings per cover (`team`): the people who can be among the best `$keep` of the people who
 * cover the same asked technologies (`group`: their ids in the order asked), one row `p` each.
 * Counting direct use only, a cover with a larger cover above it held by at least `$keep` people
 * is passed over: each of those scores at least their cover's size, more than anyone of the
 * smaller cover can, so while a team has room one of them is still free, adds as much and ranks
 * first (src/career/team.ts greedyTeam) and nobody of the smaller cover is ever chosen. The
 * people of the other covers are bounded, and per cover whoever's `high` is below its floor
 * cannot rank.
 */
function groupedCandidates(rollUp: boolean): string {
  const passedOver = rollUp
    ? ''
    : `WITH n, collect({ group: group, people: people }) AS groups
      UNWIND [g IN groups WHERE none(h IN groups WHERE size(h.people) >= $keep AND size(h.group) > size(g.group)
        AND all(id IN g.group WHERE id IN h.group))] AS kept
      WITH n, kept.group AS group, kept.people AS people`;
  return `CALL (asked, techs, techIds, n) {
      ${peopleUsing(rollUp)}
      WITH n, [x IN techIds WHERE x IN used] AS group, collect({ p: p, uses: uses }) AS people
      ${passedOver}
      ${boundedList('people', 'bounded', rollUp)}
      ${floorOf('bounded')}
      UNWIND [c IN bounded WHERE floor IS NULL OR c.high >= floor] AS candidate
      RETURN candidate.p AS p
    }`;
}

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
 * `grouped` puts people in groups by `used` (the ids of the technologies asked a person's uses that
 * count are for, before the filters), each ranked on its own (`groupedCandidates`): `team`, which
 * has no filters, asks so, each group being an exact cover; without it there is one ranking
 * (`experts`, `rankingCandidates`). Who can be among a group's best `$keep` is decided
 * exactly without the costly months of everyone, from two bounds of each person's score read
 * from the stored USES properties, per technology asked, over the uses that can stand for it
 * (direct, or with roll-up each narrower one): `high`, Σ of the largest weight × (1 +
 * strengthBound / (n + 1)) (the term takes one of those uses), and `low`, Σ of the largest weight ×
 * contributionFloor (a direct use that passes the filters is taken before any rolled-up one and its
 * term is at least 1, more than any rolled-up term; else the strongest rolled-up one that passes is
 * taken). The `$keep`-th best `low` of any of the group's people is a floor its `$keep`-th best
 * score reaches, so whoever's `high` is below it cannot rank among the best `$keep`: only the
 * others are scored and passed to `body` (one ranking reads the properties of fewer people still:
 * rankingCandidates). Cost: the USES relationships of the asked technologies (with roll-up, also
 * of those below them) read once, with a few properties each of those who can rank, and the
 * months of the few people who can.
 */
export function coverQuery(body: string, result: string, rollUp: boolean, grouped: boolean): string {
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
    ${grouped ? groupedCandidates(rollUp) : rankingCandidates(rollUp)}
    ${exactCover(rollUp)}
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
export function coverQueries(name: string, body: string, result: string, grouped = false): CoverQueries {
  return {
    direct: cypher(name, coverQuery(body, result, false, grouped)),
    rolledUp: cypher(`${name}.rollUp`, coverQuery(body, result, true, grouped)),
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
