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
  /** The request carried the right bearer token. */
  authenticated: boolean;
}

export function createContext(executor: Executor, config: Config, authenticated: boolean): Context {
  return { executor, config, authenticated, loaders: createLoaders(executor) };
}
