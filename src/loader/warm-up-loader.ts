import { cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { createEdges } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { deleteBarePeople, lockPeople, peopleByContentHash } from '../graph/queries/lock-people.js';
import { deleteOrphans, keptByOthers, lockNodes, orphanCandidatesById } from '../graph/queries/orphans.js';
import { refreshRoleTenures } from '../graph/queries/role-tenures.js';
import { snapshotPeople } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';

/**
 * Each loader query with parameters of the types real loads send: Neo4j caches a plan per query
 * text and parameter types, so EXPLAIN with these fills the cache for the real thing.
 */
const WARM_UPS = [
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
  [createEdges, { edges: [{ kind: 'held', from: 'x', to: 'y', props: {} }] }],
  [deleteEdges, { rows: [{ type: 'HELD', from: 'x', to: 'y', props: {} }] }],
  [deleteRoles, { ids: ['x'] }],
  [orphanCandidatesById, { ids: ['x'] }],
  [lockNodes, { ids: ['x'] }],
  [keptByOthers, { ids: ['x'], people: ['x'] }],
  [deleteOrphans, { ids: ['x'] }],
  [deleteBarePeople, { ids: ['x'] }],
  [refreshRoleTenures, { personIds: ['x'], companyIds: ['x'] }],
] as const;

const warmed = new WeakMap<Executor, Promise<void>>();

/**
 * Compiles the loader's queries once per executor, each in its own short transaction, before any
 * résumé is loaded. On a cold database planning them takes seconds, which would otherwise count
 * against the first résumés' transaction timeout (the API's is 5 s). Cheap when plans are cached;
 * `force` compiles again (after a schema change, which empties Neo4j's plan cache).
 */
export function warmUpLoader(executor: Executor, options: { force?: boolean } = {}): Promise<void> {
  let done = options.force ? undefined : warmed.get(executor);
  if (!done) {
    // Two at a time: planning one query keeps one core of the database busy.
    let next = 0;
    const lane = async () => {
      for (let entry = WARM_UPS[next++]; entry; entry = WARM_UPS[next++]) {
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
