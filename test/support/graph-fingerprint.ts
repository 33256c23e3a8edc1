import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/Executor.js';
import { canonicalDump } from './canonical-dump.js';

/**
 * A hash of the whole graph (every node's labels and properties, every relationship's type, ends
 * and properties, independent of storage order): two graphs with the same fingerprint answer every
 * query alike. The seed's, about 300 nodes, takes some 50 ms.
 */
export async function graphFingerprint(executor: Executor): Promise<string> {
  const dump = await canonicalDump(executor);
  return createHash('sha256').update(JSON.stringify(dump)).digest('hex');
}
