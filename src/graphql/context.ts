import type { Config } from '../config.js';
import type { Executor } from '../db/Executor.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

/**
 * What every resolver gets. Built once per request: the DataLoaders in it batch and cache only
 * within that request.
 */
export interface Context {
  /** Bound to this request's deadline: every transaction it runs ends within QUERY_TIMEOUT_MS of its start. */
  executor: Executor;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried no Authorization header, a wrong one, or the right bearer token. */
  credentials: Credentials;
}

export type Credentials = 'none' | 'invalid' | 'valid';

/**
 * `started`: when the request arrived, which its deadline counts from; `stop`: aborted when the
 * server stops the request (shutting down), see `Executor.withDeadline`.
 */
export function createContext(
  executor: Executor,
  config: Config,
  credentials: Credentials,
  started = Date.now(),
  stop?: AbortSignal,
): Context {
  const requestExecutor = executor.withDeadline(config.queryTimeoutMs, started, stop);
  return { executor: requestExecutor, config, credentials, loaders: createLoaders(requestExecutor) };
}
