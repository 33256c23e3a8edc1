import { cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { createEdges, createEdgesParams } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { deleteBarePeople, lockPeople, peopleByContentHash } from '../graph/queries/lock-people.js';
import { deleteOrphans, keptByOthers, lockNodes, orphanCandidatesById } from '../graph/queries/orphans.js';
import { createRoleTenures, deleteRoleTenures, refreshRoleTenures } from '../graph/queries/role-tenures.js';
import { snapshotPeople } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';

/**
 * Each loader query with parameters of the types real loads send: Neo4j caches a plan per query
 * text and parameter types, so EXPLAIN with these fills the cache for the real thing. The queries
 * every load runs, new résumés included, come first.
 */
const EVERY_LOAD = [
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
] as const;

/** The queries only a changed résumé (or a refused one) runs. */
const ON_CHANGE = [
  [refreshRoleTenures, { personIds: ['x'], companyIds: ['x'] }],
  [deleteEdges, { rows: [{ type: 'HELD', from: 'x', to: 'y', props: {} }] }],
  [deleteRoles, { ids: ['x'] }],
  [deleteRoleTenures, { ids: ['x'] }],
  [orphanCandidatesById, { ids: ['x'] }],
  [keptByOthers, { ids: ['x'], people: ['x'] }],
  [deleteOrphans, { ids: ['x'] }],
  [deleteBarePeople, { ids: ['x'] }],
] as const;

const warmed = new WeakMap<Executor, Promise<void>>();

/**
 * Compiles the loader's queries once per executor, each in its own short transaction, before any
 * résumé is loaded. On a cold database planning them takes seconds, which would otherwise count
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
  let done = options.force ? undefined : warmed.get(executor);
  if (!done) {
    const queries = options.bulk ? EVERY_LOAD : [...EVERY_LOAD, ...ON_CHANGE];
    // Two at a time: planning one query keeps one core of the database busy.
    let next = 0;
    const lane = async () => {
      for (let entry = queries[next++]; entry; entry = queries[next++]) {
        const [query, params] = entry;
        await executor.write(cypher(`${query.name}.explain`, `EXPLAIN ${query.text}`), params);
      }
    };
    done = Promise.all([lane(), lane()]).then(() => undefined);
    // A failed warm-up is retried next time rather than remembered.
    done.catch(() => warmed.delete(executor));
    warmed.set(executor, done);
  }
  return done;
}

/** Forgets that `executor` compiled the loader's queries: a schema change since emptied Neo4j's plan cache. */
export function forgetWarmUp(executor: Executor): void {
  warmed.delete(executor);
}
