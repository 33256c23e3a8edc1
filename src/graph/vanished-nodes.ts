import { ConcurrentChange } from '../db/errors.js';

/**
 * A shared node a transaction relied on was deleted by a concurrent one (deletePerson, or a reload
 * applying the orphan rule) between its read and its lock. Nothing was committed; the Executor runs
 * the transaction again, which reads the graph afresh (and creates the node again if it still needs
 * it). Neo4j's own EntityNotFound, the same race met inside a statement, is retried there too.
 */
export class SharedNodeVanished extends ConcurrentChange {
  override readonly name = 'SharedNodeVanished';

  constructor(what: string, ids: readonly string[]) {
    super(
      `${what}: ${ids.map((id) => JSON.stringify(id)).join(', ')} deleted by another transaction meanwhile.`,
    );
  }
}
