import type { Config } from '../config.js';
import type { Executor } from '../db/Executor.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

/**
 * What every resolver gets. Built once per request: the DataLoaders in it batch and cache only
 * within that request.
 */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried no Authorization header, a wrong one, or the right bearer token. */
  credentials: Credentials;
}

export type Credentials = 'none' | 'invalid' | 'valid';

export function createContext(executor: Executor, config: Config, credentials: Credentials): Context {
  return { executor, config, credentials, loaders: createLoaders(executor) };
}
