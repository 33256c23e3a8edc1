import { cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { createEdges } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { lockPerson } from '../graph/queries/lock-person.js';
import { deleteOrphans, lockNodes, orphanCandidates } from '../graph/queries/orphans.js';
import { refreshRoleTenures } from '../graph/queries/role-tenures.js';
import { snapshotPerson } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';

/**
 * Each loader query with parameters of the types real loads send: Neo4j caches a plan per query
 * text and parameter types, so EXPLAIN with these fills the cache for the real thing.
 */
const WARM_UPS = [
  [lockPerson, { personId: 'x' }],
  [snapshotPerson, { personId: 'x', input: { ids: ['x'], roleIds: ['x'], projectIds: ['x'] } }],
  [upsertNodes, { nodes: { Person: [{ id: 'x', props: { id: 'x' } }] } }],
  [createEdges, { edges: [{ kind: 'held', from: 'x', to: 'y', props: {} }] }],
  [deleteEdges, { rows: [{ type: 'HELD', from: 'x', to: 'y', props: {} }] }],
  [deleteRoles, { ids: ['x'] }],
  [orphanCandidates, { ids: ['x'] }],
  [lockNodes, { ids: ['x'] }],
  [deleteOrphans, { ids: ['x'] }],
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
    done = (async () => {
      for (const [query, params] of WARM_UPS) {
        await executor.write(cypher(`${query.name}.explain`, `EXPLAIN ${query.text}`), params);
      }
    })();
    // A failed warm-up is retried next time rather than remembered.
    done.catch(() => warmed.delete(executor));
    warmed.set(executor, done);
  }
  return done;
}
