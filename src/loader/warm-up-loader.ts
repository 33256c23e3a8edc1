import type { Driver } from 'neo4j-driver';
import { type CypherQuery, cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { createEdges, createEdgesParams } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { deleteBarePeople, lockPeople, peopleByContentHash } from '../graph/queries/lock-people.js';
import { deleteOrphans, keptByOthers, lockNodes, orphanCandidatesById } from '../graph/queries/orphans.js';
import { createRoleTenures, deleteRoleTenures, refreshRoleTenures } from '../graph/queries/role-tenures.js';
import { bumpTechnologyVersions, createTechnologyVersions } from '../graph/queries/similar-lists.js';
import { snapshotPeople } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';

/** Loader queries, each with parameters of the types a load sends. */
type Warming = readonly (readonly [CypherQuery, Record<string, unknown>])[];

/**
 * Each loader query with parameters of the types real loads send: Neo4j caches a plan per query
 * text and parameter types, so EXPLAIN with these fills the cache for the real thing. The queries
 * every load runs, new résumés included, come first.
 */
const EVERY_LOAD: Warming = [
  [peopleByContentHash, { hashes: ['x'] }],
  [lockPeople, { ids: ['x'] }],
  [
    snapshotPeople,
    {
      input: {
        people: ['x'],
        ids: ['x'],
        roles: [{ id: 'x', person: 'x' }],
        projects: [{ id: 'x', person: 'x' }],
      },
    },
  ],
  [upsertNodes, { nodes: { Person: [{ id: 'x', props: { id: 'x' } }] } }],
  [createEdges, createEdgesParams([{ kind: 'held', from: 'x', to: 'y', props: {} }])],
  [lockNodes, { ids: ['x'] }],
  [
    createRoleTenures,
    { rows: [{ role: 'x', company: 'x', props: { group: 'x', person: 'x', role: 'x', start: 1n } }] },
  ],
  [createTechnologyVersions, { ids: ['x'] }],
  [bumpTechnologyVersions, { ids: ['x'] }],
];

/** The queries only a changed résumé (or a refused one) runs. */
const ON_CHANGE: Warming = [
  [refreshRoleTenures, { personIds: ['x'], companyIds: ['x'] }],
  [deleteEdges, { rows: [{ type: 'HELD', from: 'x', to: 'y', props: {} }] }],
  [deleteRoles, { ids: ['x'] }],
  [deleteRoleTenures, { ids: ['x'] }],
  [orphanCandidatesById, { ids: ['x'] }],
  [keptByOthers, { ids: ['x'], people: ['x'] }],
  [deleteOrphans, { ids: ['x'] }],
  [deleteBarePeople, { ids: ['x'] }],
];

/** What one connection pool's database has planned of the loader's queries, or is planning. */
interface WarmUps {
  /** Each set of queries begun, until it fails (a failed one is begun again when next needed). */
  parts: Map<Warming, Promise<void>>;
  /**
   * Where the loader's queries are planned when a load needs them, if the server registered one
   * (`warmUpLoaderInBackground`): no request's deadline counts their planning.
   */
  background: Executor | undefined;
  /** The database's refusals seen when the parts began: a later one (a restart) emptied its plan cache. */
  refusals: number;
}

/**
 * Per connection pool (every executor derived from one shares its driver, and a request's executor
 * is a new one each time), so that the server's requests find the plans its start made.
 */
const warmUps = new WeakMap<Driver, WarmUps>();

function warmUpsOf(executor: Executor): WarmUps {
  const refusals = executor.health.refusals;
  let state = warmUps.get(executor.driver);
  if (!state || state.refusals !== refusals) {
    state = { parts: new Map(), background: state?.background, refusals };
    warmUps.set(executor.driver, state);
  }
  return state;
}

/** Plans `queries` (EXPLAIN, two at a time) through `executor` unless begun already; settles when they are planned. */
function warm(state: WarmUps, executor: Executor, queries: Warming): Promise<void> {
  let done = state.parts.get(queries);
  if (done) return done;
  // Two at a time: planning one query keeps one core of the database busy.
  let next = 0;
  const lane = async () => {
    for (let entry = queries[next++]; entry; entry = queries[next++]) {
      const [query, params] = entry;
      await executor.write(cypher(`${query.name}.explain`, `EXPLAIN ${query.text}`), params);
    }
  };
  done = Promise.all([lane(), lane()]).then(() => undefined);
  const begun = done;
  // A failed warm-up is begun again when next needed rather than remembered.
  begun.catch(() => {
    if (state.parts.get(queries) === begun) state.parts.delete(queries);
  });
  state.parts.set(queries, begun);
  return begun;
}

/**
 * Compiles the loader's queries once per connection pool, each in its own short transaction, before
 * any résumé is loaded. On a cold database planning them takes seconds, which would otherwise count
 * against the first résumés' transaction timeout (the API's is 5 s). Cheap when plans are cached;
 * `force` compiles again (after a schema change, which empties Neo4j's plan cache). `bulk` (a run
 * of many files, whose transactions have the load timeout) compiles only the queries every load
 * runs: on a first load the others are never used (on a cold database they took a second and a
 * half of the database's time), and a reload that needs one compiles it in its transaction.
 */
export function warmUpLoader(
  executor: Executor,
  options: { force?: boolean; bulk?: boolean } = {},
): Promise<void> {
  if (options.force) forgetWarmUp(executor);
  const state = warmUpsOf(executor);
  const every = warm(state, executor, EVERY_LOAD);
  return options.bulk ? every : Promise.all([every, warm(state, executor, ON_CHANGE)]).then(() => undefined);
}

/**
 * For a server, once its schema is applied: compiles every query a request's load runs (`ON_CHANGE`
 * included) now, through `executor` (one without a request's deadline), and again through it
 * whenever a load finds them not compiled (the warm-up failed, or the database restarted since). A
 * request's load then only waits for what is being compiled, within its own deadline (`loaderWarm`).
 */
export function warmUpLoaderInBackground(executor: Executor): void {
  warmUpsOf(executor).background = executor;
  void warmUpLoader(executor, { force: true }).catch(() => {});
}

/**
 * Before a load transaction: the loader's queries compiled, or being compiled. What is missing is
 * compiled through the server's background executor when there is one (else through `executor`,
 * as a bulk load's own warm-up does), not while the database is known to be down (the transaction
 * answers that). Waits for it at most until `executor`'s deadline: then the transaction answers
 * TIMEOUT itself. A failed warm-up is no answer: the transaction gives its own.
 */
export async function loaderWarm(executor: Executor): Promise<void> {
  if (executor.health.down) return;
  const state = warmUpsOf(executor);
  const runner = state.background ?? executor;
  // A bulk load compiled the queries every load runs only (see warmUpLoader).
  const bulk = !state.background && state.parts.has(EVERY_LOAD) && !state.parts.has(ON_CHANGE);
  const warming = warmUpLoader(runner, { bulk }).catch(() => {});
  const left = executor.remainingMs();
  if (!Number.isFinite(left)) return warming;
  let timer: NodeJS.Timeout | undefined;
  // One millisecond past the deadline, so that the transaction finds it passed.
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, left) + 1);
  });
  try {
    await Promise.race([warming, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Forgets that `executor`'s connection pool compiled the loader's queries: a schema change since emptied Neo4j's plan cache. */
export function forgetWarmUp(executor: Executor): void {
  warmUpsOf(executor).parts.clear();
}
