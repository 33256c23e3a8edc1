import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository, whatever the working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  /** HTTP port of the GraphQL server. */
  port: number;
  /** An existing database to use; when unset `npm start` starts the local one. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  /** Falls back to the password the local runner generated. */
  neo4jPassword: string | undefined;
  neo4jDatabase: string | undefined;
  /** Upper bound of every transaction the API runs. */
  queryTimeoutMs: number;
  /** Bearer token for mutations; `npm start` generates one when unset. */
  token: string | undefined;
  /** Production masks unexpected errors and turns introspection off. */
  production: boolean;
  seedDir: string;
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      `${name}="${raw}" is not valid: expected a positive integer, for example ${name}=${fallback}.`,
    );
  }
  return value;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return {
    port: positiveInteger(env, 'PORT', 4000),
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || undefined,
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    queryTimeoutMs: positiveInteger(env, 'QUERY_TIMEOUT_MS', 5000),
    token: env.CAREER_GRAPH_TOKEN || undefined,
    production: env.NODE_ENV === 'production',
    seedDir: resolve(projectRoot, env.CAREER_GRAPH_SEED_DIR || 'seed/resumes'),
  };
}
