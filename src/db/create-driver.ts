import neo4j, { type Driver, type Config as DriverConfig } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * What a driver is tuned for. `api`: a request answers within a second of the database going away,
 * so connecting and waiting for a pooled connection each give up within a second (the request's
 * deadline bounds the rest). `batch`: loading waits out a busy database. `probe`: health checks, a
 * small pool of their own. Retries are the Executor's (see Executor.ts), never the driver's.
 */
export type DriverProfile = 'api' | 'batch' | 'probe';

const PROFILES: Record<DriverProfile, DriverConfig> = {
  api: {
    maxConnectionPoolSize: 50,
    connectionTimeout: 1_000,
    connectionAcquisitionTimeout: 1_000,
    // A connection idle this long is checked before use, so that after the database restarts the
    // dead ones are dropped instead of failing a request each.
    connectionLivenessCheckTimeout: 1_000,
  },
  batch: {
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  },
  probe: {
    maxConnectionPoolSize: 2,
    connectionTimeout: 500,
    connectionAcquisitionTimeout: 500,
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
