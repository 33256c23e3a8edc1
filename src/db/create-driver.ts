import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/** One driver per process; integers come back as JS numbers (all our counts fit). */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient failures for this long before the API answers.
    maxTransactionRetryTime: 5_000,
    userAgent: 'career-graph',
  });
}
