import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../../graph/model.js';
import { similarListState } from '../../graph/queries/similar-lists.js';
import { entityProjection } from '../entity-kind.js';
import { byName } from './cypher-order.js';

/**
 * The first stage of similarPeople reads the users of the person's rarest technologies, at most
 * this many in all (more only when the rarest alone has more), to find candidates.
 */
export const SIMILAR_USERS_READ = 20_000;
/** Of the candidates the first stage reads, this many, those with the highest bound, are scored exactly. */
export const SIMILAR_CANDIDATES_SCORED = 300;

/** The largest budget accepted (past any graph of ours). */
const MAX_BUDGET = 1_000_000_000;

/** The budgets of similarPeopleCypher's first stage: users read, candidates scored. */
export interface SimilarBudgets {
  usersRead: number;
  candidatesScored: number;
}

export const SIMILAR_BUDGETS: SimilarBudgets = {
  usersRead: SIMILAR_USERS_READ,
  candidatesScored: SIMILAR_CANDIDATES_SCORED,
};

/** Cypher: the position of `item` in `list` (both variables of our own texts). */
const indexIn = (list: string, item: string) =>
  `head([i IN range(0, size(${list}) - 1) WHERE ${list}[i] = ${item}])`;

/**
 * Cypher: `as`, the Σ over the technologies in list `list` (the person's weights in `listWeights`)
 * that candidate `other` used of the smaller of the two weights; 0, nothing read, when `exact`
 * says the score is known already.
 */
const minSumOver = (
  list: string,
  listWeights: string,
  as: string,
) => `CALL (${list}, ${listWeights}, other, exact) {
        WITH ${list}, ${listWeights}, other WHERE NOT exact
        MATCH (other)-[theirs:${RelType.USES}]->(t)
        WHERE t IN ${list}
        WITH theirs.weight AS b, ${listWeights}[${indexIn(list, 't')}] AS a
        RETURN sum(CASE WHEN a < b THEN a ELSE b END) AS ${as}
      }`;

/**
 * The candidates of stage `n`: everyone who used one of the first `taken${n}` technologies
 * (rarest first), with an upper bound of their score, best first, at most `kept`. Equal bounds
 * come in no set order: which of them are scored changes what stage 1 can prove, never the answer
 * (ordering them by id read a property of every candidate, 8,000 of them at 10,000 people).
 *
 * The bound, on m = Σmin: over the technologies read, Σmin is at most Σ of the person's own
 * weights there (`near`: the candidate's weights are read only when every technology is, which
 * spares a property read per relationship; then `near` is Σmin, `exact`, and the bound the
 * score); over the others it is at most `rest` (the person's weights there) and at most
 * what the candidate's `technologyWeight` b leaves after at least 1 per technology read; m <= b
 * (and near >= shared, every weight being at least 1, so past b − shared the bound is b); the
 * score m/(A + b − m) grows with m. Someone not read shares only technologies not read:
 * m <= rest and m <= b give at most rest/A. The users read are grouped by the candidate alone: the
 * person's totals (`mine`, `rest`) are the same for every candidate of the call.
 */
function boundedCandidates(n: number, kept: number): string {
  return `
    CALL (me, technologies, weights, mine, rests, taken${n}) {
      // Two branches, one taken: a stage that leaves technologies unread sums the person's own
      // weights, with no expression per user read (9 % of the query's database CPU at 10,000 people).
      CALL (me, technologies, weights, rests, taken${n}) {
        WITH me, technologies, weights, taken${n} WHERE rests[taken${n}] > 0
        UNWIND range(0, taken${n} - 1) AS i
        WITH me, technologies[i] AS t, weights[i] AS a
        MATCH (t)<-[:${RelType.USES}]-(other)
        WHERE other <> me
        RETURN other, sum(a) AS near, count(*) AS shared
        UNION ALL
        WITH me, technologies, weights, taken${n} WHERE rests[taken${n}] = 0
        UNWIND range(0, taken${n} - 1) AS i
        WITH me, technologies[i] AS t, weights[i] AS a
        MATCH (t)<-[theirs:${RelType.USES}]-(other)
        WHERE other <> me
        RETURN other, sum(CASE WHEN a <= theirs.weight THEN a ELSE theirs.weight END) AS near, count(*) AS shared
      }
      WITH other, mine, rests[taken${n}] AS rest, near, shared, other.technologyWeight AS b
      WITH other, rest, near, b, CASE WHEN rest < b - shared AND near + rest < b
        THEN (near + rest) / (mine + b - near - rest) ELSE b / mine END AS bound
      ORDER BY bound DESC
      LIMIT ${kept}
      RETURN collect({other: other, exact: rest = 0, near: near, b: b, bound: bound}) AS ranked${n}
    }`;
}

/**
 * A stage (`n` names its variables) that may not read every technology: of its candidates the
 * `scored` with the highest bounds are scored exactly, and `top${n}` is the best `$first` of those.
 * `proven${n}` says `top${n}` is the exact answer: its last score is above the bound of everyone
 * not scored (equal is unproven: ties order by id), or nobody else can share anything.
 */
function boundedStage(n: number, scored: number): string {
  return `${boundedCandidates(n, scored + 1)}
    CALL (technologies, weights, mine, ranked${n}) {
      UNWIND ranked${n}[0..${scored}] AS candidate
      WITH candidate.other AS other, candidate.exact AS exact, candidate.near AS near, candidate.b AS b, mine
      ${minSumOver('technologies', 'weights', 'minSum')}
      WITH other, CASE WHEN exact THEN near ELSE minSum END AS minSum, mine, b
      WITH other, minSum / (mine + b - minSum) AS score
      ORDER BY score DESC, other.id
      LIMIT toInteger($first)
      RETURN collect({other: other, score: score}) AS top${n}
    }
    WITH *, CASE WHEN size(top${n}) = toInteger($first) THEN top${n}[-1].score ELSE 0.0 END AS lowest${n},
      coalesce(ranked${n}[${scored}].bound, 0.0) AS unscored${n},
      CASE WHEN size(technologies) = 0 THEN 0.0 ELSE rests[taken${n}] / mine END AS unread${n}
    WITH *, (unscored${n} = 0.0 AND unread${n} = 0.0)
      OR (lowest${n} > unscored${n} AND lowest${n} > unread${n}) AS proven${n}`;
}

/**
 * Stage `n` after stage `m` left its answer unproven (`proven${m}` false; otherwise it reads nothing
 * and `top${n}` is empty): stage `m`'s last score, `lowest${m}` (a real score, so at most the
 * answer's last), decides what must be read. Someone sharing none of the first j technologies
 * scores at most rests[j] / A, so only the users of the shortest prefix whose rest is below
 * `lowest${m}` are candidates (all of them when it is 0). Their weights over it are read, so `near`
 * is their Σmin there, exactly; the rest of their Σmin is at most the person's weights not read and
 * what their own `technologyWeight` has left. A candidate whose bound is below `lowest${m}` cannot
 * be in the answer. Of the others, the `scored` with the highest bounds are scored exactly first
 * (no further read when nothing of theirs or the person's is left unread); their `$first`-th score
 * is a score the answer's last reaches, so of the rest only those whose bound reaches it are scored
 * (an equal bound is: ties go by id). The best `$first` of all scored are `top${n}`, proven.
 */
function prefixStage(n: number, m: number, scored: number): string {
  const score = (from: string) => `
        UNWIND ${from} AS candidate
        WITH candidate.other AS other, technologies[candidate.taken..] AS unread,
          weights[candidate.taken..] AS unreadWeights, candidate.exact AS exact, candidate.near AS near,
          candidate.b AS b, candidate.bound AS bound, mine, cutoff
        WHERE bound >= cutoff
        ${minSumOver('unread', 'unreadWeights', 'unreadSum')}
        WITH other, near + CASE WHEN exact THEN 0 ELSE unreadSum END AS minSum, mine, b
        WITH other, minSum / (mine + b - minSum) AS score
        ORDER BY score DESC, other.id
        LIMIT toInteger($first)
        RETURN collect({other: other, score: score}) AS`;
  return `
    CALL (me, technologies, weights, mine, rests, lowest${m}, proven${m}) {
      WITH me, technologies, weights, mine, rests, lowest${m},
        size([j IN range(0, size(technologies) - 1) WHERE rests[j] / mine >= lowest${m}]) AS taken
      WHERE NOT proven${m}
      WITH me, technologies, weights, mine, rests[taken] AS rest, taken, lowest${m},
        technologies[0..taken] AS read, weights[0..taken] AS readWeights
      CALL (me, read, readWeights) {
        UNWIND range(0, size(read) - 1) AS i
        WITH me, read[i] AS t, readWeights[i] AS a
        MATCH (t)<-[theirs:${RelType.USES}]-(other)
        WHERE other <> me
        WITH other, a, theirs.weight AS b
        RETURN other, sum(CASE WHEN a < b THEN a ELSE b END) AS near, sum(b) AS theirsRead
      }
      WITH other, technologies, weights, mine, rest, taken, lowest${m}, near,
        other.technologyWeight - theirsRead AS left, other.technologyWeight AS b
      WITH other, technologies, weights, mine, taken, lowest${m}, near, b, rest = 0 OR left = 0 AS exact,
        near + CASE WHEN rest < left THEN rest ELSE left END AS high
      WITH other, technologies, weights, mine, taken, lowest${m}, near, b, exact, high / (mine + b - high) AS bound
      WHERE bound >= lowest${m}
      ORDER BY bound DESC
      WITH technologies, weights, mine, lowest${m},
        collect({other: other, taken: taken, exact: exact, near: near, b: b, bound: bound}) AS candidates
      CALL (technologies, weights, mine, candidates, lowest${m}) {
        WITH technologies, weights, mine, candidates, lowest${m} AS cutoff
        ${score(`candidates[0..${scored}]`)} best
      }
      WITH technologies, weights, mine, candidates, best,
        CASE WHEN size(best) = toInteger($first) THEN best[-1].score ELSE lowest${m} END AS cutoff
      CALL (technologies, weights, mine, candidates, cutoff) {
        ${score(`candidates[${scored}..]`)} others
      }
      UNWIND best + others AS entry
      WITH entry.other AS other, entry.score AS score
      ORDER BY score DESC, other.id
      LIMIT toInteger($first)
      RETURN collect({other: other, score: score}) AS top${n}
    }`;
}

/**
 * Stage `n` reading every technology (`taken${n}` is all of them): Σmin over them is the
 * candidate's score, so the best `$first` are `top${n}`, proven.
 */
function exactStage(n: number): string {
  return `
    CALL (me, technologies, weights, mine) {
      UNWIND range(0, size(technologies) - 1) AS i
      WITH me, mine, technologies[i] AS t, weights[i] AS a
      MATCH (t)<-[theirs:${RelType.USES}]-(other)
      WHERE other <> me
      WITH other, mine, sum(CASE WHEN a <= theirs.weight THEN a ELSE theirs.weight END) AS minSum
      WITH other, minSum / (mine + other.technologyWeight - minSum) AS score
      ORDER BY score DESC, other.id
      LIMIT toInteger($first)
      RETURN collect({other: other, score: score}) AS top${n}
    }
    WITH *, 0.0 AS lowest${n}, true AS proven${n}`;
}

/**
 * People ranked by weighted Jaccard similarity to `$personId` over their USES relationships, whose
 * `weight` is the strongest way they used the technology (src/loader/technology-uses.ts: role 3,
 * project 2, skill 1): score = Σ min / Σ max over the union of both people's technologies, i.e.
 * Σmin / (Σa + Σb − Σmin), where Σa and Σb are the people's `technologyWeight`. Shared
 * technologies heaviest first: by the smaller of the two weights, then the larger, then name.
 * Always one row: `found` says whether the person exists; `stage` which stage answered.
 *
 * Exact, in two stages. The person's technologies are taken rarest first (fewest users, then id;
 * a technology's users are its USES degree, from the count store). Stage 1 reads the users of the
 * rarest ones while they add up to at most `usersRead` (at least the rarest one), and scores
 * exactly the `candidatesScored` with the highest upper bound of their score; when the last score
 * of the answer is above the bound of everyone else (equal is unproven: ties order by id), that is
 * the answer. Otherwise stage 2 reads the users of as many technologies as stage 1's last score
 * requires (all of them when stage 1 found fewer than `$first`), scores exactly the
 * `candidatesScored` with the highest bounds, then those of the rest whose bound reaches the
 * `$first`-th score found (prefixStage). So every answer is the exact ranking, and the cost is
 * bounded when stage 1 proves it. (Until session 17 stage 2 read every technology; a third stage
 * between the two, measured in session 15, answered 5 of 40 at 10,000 people and tripled the time
 * to plan the query.)
 */
export const similarPeopleQuery = similarPeopleCypher(SIMILAR_BUDGETS);

/**
 * Cypher: `similar`, the answer's entries from `top` (`{other, score}` best first), each with the
 * technologies `other` shares with the person (`technologies`, their weights `weights`), heaviest
 * first (see similarPeopleQuery).
 */
function answerCall(): string {
  return `CALL (technologies, weights, top) {
    UNWIND top AS entry
    WITH entry.other AS other, entry.score AS score
    CALL (technologies, weights, other) {
      MATCH (other)-[theirs:${RelType.USES}]->(t)
      WHERE t IN technologies
      WITH t, weights[${indexIn('technologies', 't')}] AS a, theirs.weight AS b
      WITH t, CASE WHEN a < b THEN a ELSE b END AS low, CASE WHEN a < b THEN b ELSE a END AS high
      ORDER BY low DESC, high DESC, ${byName('t')}
      RETURN collect(${entityProjection('t')}) AS sharedTechnologies
    }
    RETURN collect({
      person: ${entityProjection('other')},
      score: score,
      sharedTechnologies: sharedTechnologies
    }) AS similar
  }`;
}

/** How many of a person's similar people a kept list holds (src/graphql/similar-lists.ts). */
export const SIMILAR_KEPT = 10;

/**
 * What the API asks first: the answer from person `$personId`'s kept list
 * (src/graph/queries/similar-lists.ts), alone, so that its plan is small. One row: `found`, whether
 * the person exists; `fresh`, whether their list was computed at their technologies' current
 * versions (when not, the resolver has it computed again, src/graphql/similar-lists.ts);
 * `answered`, whether it is fresh and holds `$first` (at most SIMILAR_KEPT, or any `$first` when it
 * holds everyone sharing a technology with them) and every person it names for those still exists:
 * then `similar` is similarPeopleQuery's answer, otherwise empty and similarPeopleQuery is asked; `stampTechnologies` and `stampVersions`, the
 * stamp read (a list of an answer computed after this query is stamped with them). O(the person's
 * technologies + `$first`'s).
 */
export const keptSimilarPeopleQuery = cypher(
  'similarPeople.kept',
  `
  OPTIONAL MATCH (me:${Label.Person} {id: $personId})
  ${similarListState('me')}
  WITH me, list, fresh, stampTechnologies, stampVersions,
    fresh AND (toInteger($first) <= size(list.people) OR list.whole) AS answered
  CALL (list, answered) {
    WITH list WHERE answered
    UNWIND range(0, size(list.people) - 1) AS i
    WITH list, i WHERE i < toInteger($first)
    MATCH (other:${Label.Person} {id: list.people[i]})
    WITH other, list.scores[i] AS score, i
    ORDER BY i
    RETURN collect({other: other, score: score}) AS top
  }
  WITH me, fresh, stampTechnologies, stampVersions, top, answered AND size(top) =
    CASE WHEN toInteger($first) < size(list.people) THEN toInteger($first) ELSE size(list.people) END AS complete
  WITH me, fresh, stampTechnologies, stampVersions, complete AS answered, CASE WHEN complete THEN top ELSE [] END AS top
  CALL (me, answered) {
    OPTIONAL MATCH (me)-[mine:${RelType.USES}]->(t:${Label.Technology})
    WHERE answered
    RETURN collect(t) AS technologies, collect(mine.weight) AS weights
  }
  ${answerCall()}
  RETURN me IS NOT NULL AS found, fresh, answered, similar, stampTechnologies, stampVersions
  `,
);

/**
 * The query of similarPeopleQuery with other budgets (bench/compare/similar-recall.ts measures
 * them); `exactOnly` reads every technology in stage 1, the reference ranking. The budgets
 * are whole numbers of our own, never user input.
 */
export function similarPeopleCypher(budgets: SimilarBudgets, exactOnly = false): CypherQuery {
  for (const [name, bound] of Object.entries(budgets)) {
    if (!Number.isSafeInteger(bound) || bound < 1 || bound > MAX_BUDGET) {
      throw new RangeError(
        `similarPeopleCypher: ${name} is ${bound}; expected a whole number from 1 to ${MAX_BUDGET}.`,
      );
    }
  }
  const firstTaken = exactOnly
    ? 'size(users)'
    : `size([i IN range(0, size(users) - 1)
            WHERE i = 0 OR reduce(read = 0, n IN users[0..i + 1] | read + n) <= ${budgets.usersRead}])`;
  return cypher(
    'similarPeople',
    `
  OPTIONAL MATCH (me:${Label.Person} {id: $personId})
  CALL (me) {
    MATCH (me)-[mine:${RelType.USES}]->(t:${Label.Technology})
    WITH t, mine.weight AS weight, COUNT { (t)<-[:${RelType.USES}]-() } AS users
    ORDER BY users, t.id
    RETURN collect(t) AS technologies, collect(weight) AS weights, collect(users) AS users
  }
  WITH me, technologies, weights, users, toFloat(me.technologyWeight) AS mine,
    // rests[j]: the person's weights over the technologies from the j-th on, those a stage that
    // takes j does not read
    [j IN range(0, size(weights)) | reduce(rest = 0, w IN weights[j..] | rest + w)] AS rests
  WITH me, technologies, weights, mine, rests, ${firstTaken} AS taken1
  ${exactOnly ? exactStage(1) : boundedStage(1, budgets.candidatesScored)}
  ${prefixStage(2, 1, budgets.candidatesScored)}
  WITH me, technologies, weights, CASE WHEN proven1 THEN top1 ELSE top2 END AS top,
    CASE WHEN proven1 THEN 1 ELSE 2 END AS stage
  ${answerCall()}
  RETURN me IS NOT NULL AS found, similar, stage
  `,
  );
}
