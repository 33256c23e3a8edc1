import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_DOCUMENT_BYTES } from './extract/document-error.js';

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
  /** Each API request's deadline, shared by every transaction it runs. */
  queryTimeoutMs: number;
  /** The guard rails every request passes (see src/server/create-app.ts). */
  limits: RequestLimits;
  /**
   * How long the database may leave the server's health probe unanswered before it counts as down,
   * when it has been answering promptly (src/db/health.ts allows a slow one more).
   */
  databaseUnresponsiveMs: number;
  /** Bearer token for mutations; `npm start` generates one when unset. */
  token: string | undefined;
  /** Production masks unexpected errors and turns introspection off. */
  production: boolean;
  seedDir: string;
}

const MB = 1024 * 1024;

/**
 * The default largest request body: a document at importResumeDocument's size limit,
 * base64-encoded, in a JSON request, with room for the operation. Bodies up to this reach the
 * mutation, which answers a document over its limit with BAD_USER_INPUT naming it.
 */
const DEFAULT_REQUEST_BYTES = Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 2 * MB;

export interface RequestLimits {
  /** Largest request body accepted. */
  requestBytes: number;
  /** Largest response sent; a bigger one is replaced by a QUERY_TOO_COMPLEX error. */
  responseBytes: number;
  /** Most values an operation may return by the cost model's count (src/graphql/guard-rails). */
  resultValues: number;
  /** From this many values an operation is heavy, and waits for one of `heavyConcurrency` turns. */
  heavyResultValues: number;
  heavyConcurrency: number;
  /**
   * Heavy operations that may wait for a turn; the next one is answered 429, as is one whose turn,
   * at the pace heavy operations have been running, would come after its deadline.
   */
  heavyQueue: number;
  /**
   * Operations running at once, heavy or not; the others wait for a turn in arrival order, so under
   * more requests than the machine can serve at once each waits about as long as any other and then
   * runs at nearly its own speed, instead of all of them sharing the CPU and the costliest taking
   * the longest by far.
   */
  operationConcurrency: number;
  /** Operations that may wait for a turn; the next one is answered 429, as with `heavyQueue`. */
  operationQueue: number;
}

/** `env[name]` as a positive integer, `fallback` when unset or empty; else an error naming the variable, its value and what is expected. */
export function positiveInteger(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
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
    limits: {
      requestBytes: positiveInteger(env, 'MAX_REQUEST_BYTES', DEFAULT_REQUEST_BYTES),
      responseBytes: positiveInteger(env, 'MAX_RESPONSE_BYTES', 8 * 1024 * 1024),
      resultValues: positiveInteger(env, 'MAX_RESULT_VALUES', 500_000),
      heavyResultValues: positiveInteger(env, 'HEAVY_RESULT_VALUES', 20_000),
      heavyConcurrency: positiveInteger(env, 'HEAVY_CONCURRENCY', 2),
      heavyQueue: positiveInteger(env, 'HEAVY_QUEUE', 128),
      operationConcurrency: positiveInteger(env, 'OPERATION_CONCURRENCY', 8),
      operationQueue: positiveInteger(env, 'OPERATION_QUEUE', 1024),
    },
    databaseUnresponsiveMs: positiveInteger(env, 'DB_UNRESPONSIVE_MS', 800),
    token: env.CAREER_GRAPH_TOKEN || undefined,
    production: env.NODE_ENV === 'production',
    seedDir: resolve(projectRoot, env.CAREER_GRAPH_SEED_DIR || 'seed/resumes'),
  };
}
