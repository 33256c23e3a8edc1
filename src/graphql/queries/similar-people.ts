import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import { entityProjection } from '../entity-kind.js';

/** How much similarPeople reads and scores to learn a score the answer must reach (see below). */
export interface SimilarProbe {
  /** Users of the person's rarest technologies read, at most (more only when the rarest alone has more). */
  users: number;
  /** Of those, and again of the users of the technologies it must read, the best bounds scored exactly. */
  scored: number;
}

export const SIMILAR_PROBE: SimilarProbe = { users: 2_000, scored: 100 };

/** Cypher: the position of `item` in `list` (both variables of our own texts). */
const indexIn = (list: string, item: string) =>
  `head([i IN range(0, size(${list}) - 1) WHERE ${list}[i] = ${item}])`;

/** Cypher: the smaller of two integer expressions. */
const least = (a: string, b: string) => `CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;

/**
 * Cypher CALL: `far`, Σ min over the person's technologies from position `from` on that `other`
 * used too (so near + far is Σmin over all when `near` is Σmin over those before `from`). Reads
 * nothing when there are none; always one row.
 */
const farMinSum = (from: string) => `
    CALL (technologies, weights, other, ${from}) {
      WITH technologies, weights, other, ${from}
      WHERE ${from} < size(technologies)
      MATCH (other)-[theirs:USES]->(t)
      WHERE t IN technologies[${from}..]
      WITH theirs.weight AS b, weights[${indexIn('technologies', 't')}] AS a
      RETURN sum(${least('a', 'b')}) AS far
    }`;

/**
 * Cypher, after rows of `me`, `t` (a technology of the person), `a` (their weight on it) and
 * `rest` (Σ of their weights on the technologies not read): one row per user `other` of those
 * technologies, with `near` (Σmin over those read) and `high` (the most Σmin over all can be).
 */
const readUsers = (carry: string) => `
      MATCH (t)<-[theirs:USES]-(other)
      WHERE other <> me
      WITH ${carry}, other, rest,
        sum(${least('a', 'theirs.weight')}) AS near, sum(theirs.weight) AS theirsRead
      WITH ${carry}, other, near,
        near + ${least('rest', 'other.technologyWeight - theirsRead')} AS high`;

/**
 * People ranked by weighted Jaccard similarity to `$personId` over their USES relationships, whose
 * `weight` is the strongest way they used the technology (src/loader/technology-uses.ts: role 3,
 * project 2, skill 1): score = Σ min / Σ max over the union of both people's technologies, i.e.
 * Σmin / (A + B − Σmin), where A and B are the people's `technologyWeight` (Σ of their weights).
 * Everyone who shares a technology, best first, then by id; exactly the ranking of scoring all of
 * them. Shared technologies heaviest first: by the smaller of the two weights, then the larger,
 * then name. Always one row: `found` says whether the person exists.
 *
 * Why it need not read every user of the person's technologies (threshold pruning):
 * - Bound. Σmin ≤ B (each min is at most their weight), so A + B − Σmin ≥ A and score ≤ Σmin / A.
 *   Someone who shares only technologies of a set R has Σmin ≤ W(R), the person's own weights on
 *   R, so score ≤ W(R) / A. Someone whose shared technologies outside R give `near` (Σmin over
 *   them) and `theirsRead` (Σ of their weights on them) has Σmin ≤ high = near + min(W(R),
 *   B − theirsRead) (each remaining min is at most either weight), and as the score grows with
 *   Σmin for a fixed B, score ≤ high / (A + B − high).
 * - Probe. The users of the rarest technologies (SimilarProbe.users in all) are ranked by that
 *   bound, R the technologies not read; the best SimilarProbe.scored are scored exactly and their
 *   `$first`-th best score is `threshold` (0 when fewer): at least `$first` people reach it.
 * - Answer. Of the person's technologies, rarest first, the first `essential` are read: the
 *   fewest such that the rest R have W(R) / A < threshold, so nobody who shares only R reaches
 *   `threshold`. Their users are ranked by the bound; the best SimilarProbe.scored are scored
 *   exactly, and their `$first`-th best score (`better`) is again one that `$first` people reach.
 *   Only the users whose bound reaches both are scored exactly. Everyone left out scores below
 *   `$first` others, so is never in the page, whatever the tie-break by id. The comparisons are of
 *   correctly rounded quotients, which keep the order of the exact ones (x < y gives
 *   fl(x) ≤ fl(y)), so a bound's float below a threshold means every score it bounds is a float
 *   below it too.
 * When `threshold` is 0 every technology is read and everyone who shares one is scored: exact, but
 * reading all their users. A technology's users are its USES degree, from the count store (only
 * people have USES).
 */
export function similarPeopleCypher(probe: SimilarProbe): CypherQuery {
  return cypher(
    'similarPeople',
    `
  OPTIONAL MATCH (me:Person {id: $personId})
  CALL (me) {
    MATCH (me)-[mine:USES]->(t:Technology)
    WITH me, t, mine.weight AS weight, COUNT { (t)<-[:USES]-() } AS users
    ORDER BY users, t.id
    WITH me, collect(t) AS technologies, collect(weight) AS weights, collect(users) AS users
    // unread[i]: Σ of the person's weights on technologies i and after
    WITH me, technologies, weights,
      [i IN range(0, size(weights)) | reduce(w = 0, x IN weights[i..] | w + x)] AS unread,
      size([i IN range(0, size(users) - 1)
            WHERE i = 0 OR reduce(read = 0, n IN users[0..i + 1] | read + n) <= ${probe.users}]) AS probed
    CALL (me, technologies, weights, unread, probed) {
      CALL (me, technologies, weights, unread, probed) {
        UNWIND range(0, probed - 1) AS i
        WITH me, technologies[i] AS t, weights[i] AS a, unread[probed] AS rest
        ${readUsers('me')}
        WITH other, near, toFloat(high) / (me.technologyWeight + other.technologyWeight - high) AS bound
        ORDER BY bound DESC, other.id
        LIMIT ${probe.scored}
        RETURN other, near
      }
      ${farMinSum('probed')}
      WITH toFloat(near + far) / (me.technologyWeight + other.technologyWeight - near - far) AS score
      ORDER BY score DESC
      LIMIT toInteger($first)
      RETURN CASE WHEN count(*) = toInteger($first) THEN min(score) ELSE 0.0 END AS threshold
    }
    WITH me, technologies, weights, unread, threshold,
      size([i IN range(0, size(technologies) - 1)
            WHERE NOT toFloat(unread[i]) / me.technologyWeight < threshold]) AS essential
    CALL (me, technologies, weights, unread, threshold, essential) {
      CALL (me, technologies, weights, unread, threshold, essential) {
        UNWIND range(0, essential - 1) AS i
        WITH me, technologies[i] AS t, weights[i] AS a, unread[essential] AS rest, threshold
        ${readUsers('me, threshold')}
        WITH other, near, toFloat(high) / (me.technologyWeight + other.technologyWeight - high) AS bound
        WHERE bound >= threshold
        ORDER BY bound DESC, other.id
        RETURN collect({other: other, near: near, bound: bound}) AS candidates
      }
      // The best bounds scored exactly: their $first-th score, when higher, rules out more.
      CALL (me, technologies, weights, essential, candidates) {
        UNWIND candidates[0..${probe.scored}] AS candidate
        WITH me, technologies, weights, essential, candidate.other AS other, candidate.near AS near
        ${farMinSum('essential')}
        WITH toFloat(near + far) / (me.technologyWeight + other.technologyWeight - near - far) AS score
        ORDER BY score DESC
        LIMIT toInteger($first)
        RETURN CASE WHEN count(*) = toInteger($first) THEN min(score) ELSE 0.0 END AS better
      }
      UNWIND candidates AS candidate
      WITH candidate, better
      WHERE candidate.bound >= better
      RETURN candidate.other AS other, candidate.near AS near
    }
    ${farMinSum('essential')}
    WITH me, technologies, weights, other,
      toFloat(near + far) / (me.technologyWeight + other.technologyWeight - near - far) AS score
    ORDER BY score DESC, other.id
    LIMIT toInteger($first)
    CALL (technologies, weights, other) {
      MATCH (other)-[theirs:USES]->(t)
      WHERE t IN technologies
      WITH t, weights[${indexIn('technologies', 't')}] AS a, theirs.weight AS b
      WITH t, ${least('a', 'b')} AS low, CASE WHEN a < b THEN b ELSE a END AS high
      ORDER BY low DESC, high DESC, t.name, t.id
      RETURN collect(${entityProjection('t')}) AS sharedTechnologies
    }
    RETURN collect({
      person: ${entityProjection('other')},
      score: score,
      sharedTechnologies: sharedTechnologies
    }) AS similar
  }
  RETURN me IS NOT NULL AS found, similar
  `,
  );
}

export const similarPeopleQuery = similarPeopleCypher(SIMILAR_PROBE);
