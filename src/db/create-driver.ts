import neo4j, { type Driver, type Config as DriverConfig } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * What a driver is tuned for. Waiting is bounded elsewhere, not by these timeouts: a request by its
 * deadline, and by the health monitor, which ends every wait as soon as the database is found down
 * (a refused connection, or silence; health.ts). So `api` waits for a free connection as long as
 * the deadline lets it (a busy pool is busy, not down), and `probe`, the health monitor's small pool
 * of its own, opens connections patiently (silence is judged by the monitor, not by a driver timeout). `batch`: loading waits out
 * a busy database. Retries are the Executor's (Executor.ts), never the driver's.
 */
export type DriverProfile = 'api' | 'batch' | 'probe';

const PROFILES: Record<DriverProfile, DriverConfig> = {
  api: {
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 60_000,
    // A connection idle this long is checked before use, so that after the database restarts the
    // dead ones are dropped instead of failing a request each.
    connectionLivenessCheckTimeout: 1_000,
  },
  batch: {
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 60_000,
  },
  probe: {
    maxConnectionPoolSize: 4,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
  },
};

/** A driver; integers come back as JS numbers (all our counts fit). */
export function createDriver(
  { uri, user, password }: DriverOptions,
  profile: DriverProfile = 'batch',
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    userAgent: 'career-graph',
    ...PROFILES[profile],
  });
}
