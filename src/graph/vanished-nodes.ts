import { Neo4jError } from 'neo4j-driver';

/**
 * A shared node a transaction relied on was deleted by a concurrent one (deletePerson, or a reload
 * applying the orphan rule) between its read and its lock. Nothing was committed; running the
 * transaction again reads the graph afresh (and creates the node again if it still needs it).
 */
export class SharedNodeVanished extends Error {
  constructor(what: string, ids: readonly string[]) {
    super(
      `${what}: ${ids.map((id) => JSON.stringify(id)).join(', ')} deleted by another transaction meanwhile.`,
    );
    this.name = 'SharedNodeVanished';
  }
}

/** Neo4j's word for a node or relationship another transaction deleted under a running statement. */
const ENTITY_NOT_FOUND = 'Neo.ClientError.Statement.EntityNotFound';

export function isVanishedNode(error: unknown): boolean {
  return (
    error instanceof SharedNodeVanished || (error instanceof Neo4jError && error.code === ENTITY_NOT_FOUND)
  );
}

/** Attempts in all; each waits a little longer, with jitter, so that two retrying transactions part. */
const ATTEMPTS = 6;

/**
 * Runs a whole write transaction again while it fails because a node vanished under it. (The
 * driver retries deadlocks and other transient errors itself; this is the case it does not know.
 * Until the executor classifies EntityNotFound as transient, the loader and deletePerson use this.)
 */
export async function retryWhenNodesVanish<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isVanishedNode(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}
