import { lookupNeedles } from '../catalogue/name-lookup.js';
import type { WarmRead } from '../db/Executor.js';
import { currentMonth } from '../graph/months.js';
import { limits, pageSize } from '../graphql/arguments.js';
import { luceneQuery } from '../graphql/lucene-query.js';
import { colleaguesQuery } from '../graphql/queries/colleagues.js';
import { findCompany, findTechnology } from '../graphql/queries/find-named.js';
import { focusGraphQuery, wholeGraphQuery } from '../graphql/queries/graph.js';
import { largestEmployersQuery } from '../graphql/queries/largest-employers.js';
import { searchQuery } from '../graphql/queries/search.js';
import { sharedTechnologiesQuery } from '../graphql/queries/shared-technologies.js';
import { shortestPathQueries } from '../graphql/queries/shortest-path.js';
import { similarPeopleQuery } from '../graphql/queries/similar-people.js';
import { statsQuery } from '../graphql/queries/stats.js';
import { technologyCooccurrenceQuery } from '../graphql/queries/technology-cooccurrence.js';
import { topTechnologiesQuery } from '../graphql/queries/top-technologies.js';
import { companyNeedles, technologyNeedles } from '../graphql/technology-lookup.js';

/**
 * An id no entity has (ids are lowercase slugs and hex): the warm-up's runs find nothing, so each
 * costs its plan and next to no execution, whatever the graph's size.
 */
const NOBODY = 'warm-up: no such id';

/**
 * The API's reads whose text does not depend on the request's selection, heaviest to plan first
 * (Neo4j CPU-seconds to plan each on a freshly started database, `test/reliability/cold-plans.ts`,
 * session 16: colleagues 12.3, the graph around a focus 4.1, similarPeople 3.0, the others under
 * 1), each with parameters of the types its resolver sends (the plan is made per text and
 * parameter types), the defaults where a request may leave an argument out. Texts compiled from a
 * request's selection (entity and list root fields) are not here: the recent reads replayed after
 * a restart cover those.
 */
export const WARM_READS: readonly WarmRead[] = [
  {
    query: colleaguesQuery,
    params: {
      personId: NOBODY,
      minOverlapMonths: 1,
      first: pageSize(undefined),
      currentMonth: currentMonth(),
    },
  },
  {
    query: focusGraphQuery,
    params: { focus: [NOBODY], depth: limits.depth.fallback, kinds: null, limit: limits.graphLimit.fallback },
  },
  { query: similarPeopleQuery, params: { personId: NOBODY, first: pageSize(undefined, 10) } },
  ...[...shortestPathQueries]
    .filter(([hops]) => hops === limits.maxHops.fallback)
    .map(([, query]) => ({ query, params: { fromId: NOBODY, toId: NOBODY } })),
  { query: sharedTechnologiesQuery, params: { personIds: [NOBODY], minPeople: 1 } },
  {
    query: technologyCooccurrenceQuery,
    params: { technology: technologyNeedles(NOBODY), first: pageSize(undefined, 10) },
  },
  { query: statsQuery, params: {} },
  {
    query: searchQuery,
    params: {
      query: luceneQuery(NOBODY),
      exactKey: lookupNeedles(NOBODY).exact,
      lowered: NOBODY,
      kinds: null,
      first: pageSize(undefined, 10),
    },
  },
  { query: topTechnologiesQuery, params: { first: pageSize(undefined, 10) } },
  { query: largestEmployersQuery, params: { first: pageSize(undefined, 10) } },
  { query: findTechnology, params: { technology: technologyNeedles(NOBODY) } },
  { query: findCompany, params: { company: companyNeedles(NOBODY) } },
  { query: wholeGraphQuery, params: { kinds: null, limit: 1 } },
];
