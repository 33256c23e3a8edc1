import { entityProjection } from '../graphql/entity-kind.js';
import { coverQueries } from './experts-query.js';

/**
 * `team`: the candidates greedy set cover can choose. Among people with the same cover only the
 * best `$size` by score, then id, can ever be chosen (greedy takes them in that order), so only
 * those are returned: at most `$size` per distinct cover, whatever the graph's size. With roll-up
 * (`$narrower`), `inferred` lists the covered ids each covers only through a narrower technology.
 */
export const teamQueries = coverQueries(
  'team',
  `WITH p, covered, score, [use IN uses WHERE use.via IS NOT NULL | use.id] AS inferred ORDER BY score DESC, p.id
    WITH covered, collect({ p: p, score: score, inferred: inferred })[0..toInteger($size)] AS best
    UNWIND best AS candidate
    WITH candidate.p AS p, candidate.score AS score, covered, candidate.inferred AS inferred
    RETURN collect({ person: ${entityProjection('p')}, score: score, covered: covered, inferred: inferred }) AS candidates`,
  'candidates',
  // Ranked per cover: `team` has no filters, so the technologies a person uses are their cover.
  true,
);
