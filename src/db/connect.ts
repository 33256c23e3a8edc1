import { neo4jStatus, optionsFromEnv, readPassword } from '../../neo4j/local-neo4j.js';
import type { Config } from '../config.js';
import { boltAddress } from './bolt-handshake.js';
import { createDriver } from './create-driver.js';
import { Executor } from './Executor.js';
import { IDLE_PROBE_INTERVAL_MS } from './health.js';

/** Which database, and how to log in. */
export interface DatabaseTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/**
 * The database the configuration names (NEO4J_URI), else `local`: the one the runner started, whose
 * password the runner generated unless NEO4J_PASSWORD says otherwise.
 */
export function databaseTarget(
  config: Config,
  local?: { uri: string; password?: string | undefined },
): DatabaseTarget {
  const uri = config.neo4jUri ?? local?.uri;
  if (!uri) throw new Error('No database: set NEO4J_URI, or start the local one with "npm run db:start".');
  const password = config.neo4jPassword ?? (config.neo4jUri ? undefined : local?.password);
  if (!password) throw new Error(`No password for ${uri}: set NEO4J_PASSWORD.`);
  return { uri, user: config.neo4jUser, password, database: config.neo4jDatabase };
}

/**
 * For commands that use a database without starting one: NEO4J_URI, else the local database if it
 * is running.
 */
export async function runningDatabase(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseTarget> {
  if (config.neo4jUri) return databaseTarget(config);
  const runner = optionsFromEnv(env);
  const status = await neo4jStatus({ home: runner.home });
  if (!status.running || !status.uri) {
    throw new Error(
      `No database: the local Neo4j (data in ${runner.home}) is not running. ` +
        'Start it with "npm run db:start", or set NEO4J_URI and NEO4J_PASSWORD.',
    );
  }
  return databaseTarget(config, {
    uri: status.uri,
    password: config.neo4jPassword ?? readPassword(runner.home),
  });
}

/** How long a load keeps trying a transaction whose connection was lost. */
const BATCH_RECONNECT_MS = 10_000;

/**
 * The Executor for `target`. `api`: the server's, whose transactions share each request's deadline
 * and whose health is probed through a small driver of its own; `batch`: loading's, patient with a
 * busy database. `timeoutMs` bounds each transaction; `unresponsiveMs` is how long the database may
 * leave a health probe unanswered before it counts as down, when it has been answering promptly (a
 * database that has been slow to answer is allowed more, never more than `timeoutMs`: health.ts).
 */
export function connect(
  target: DatabaseTarget,
  purpose: 'api' | 'batch',
  { timeoutMs, unresponsiveMs }: { timeoutMs: number; unresponsiveMs?: number },
): Executor {
  const credentials = { uri: target.uri, user: target.user, password: target.password };
  return new Executor(createDriver(credentials, purpose), {
    database: target.database,
    timeoutMs,
    probeDriver: purpose === 'api' ? createDriver(credentials, 'probe') : undefined,
    liveness: purpose === 'api' ? boltAddress(target.uri) : undefined,
    health: {
      ...(unresponsiveMs !== undefined && {
        unresponsiveMs,
        maxUnresponsiveMs: Math.max(unresponsiveMs, timeoutMs),
      }),
      // The server's monitor runs while it runs, idle or not (health.ts).
      ...(purpose === 'api' && { idleIntervalMs: IDLE_PROBE_INTERVAL_MS }),
    },
    // Loading rides out a database restart; a request answers SERVICE_UNAVAILABLE instead.
    reconnectMs: purpose === 'batch' ? BATCH_RECONNECT_MS : 0,
  });
}
