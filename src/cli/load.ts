/**
 * `npm run load -- <files or folders> [--concurrency N] [--batch-size B]` (N transactions in
 * flight, default 2; B résumés per transaction, default 250)
 *
 * Loads résumés into the database the server uses (NEO4J_URI, else the local one started with
 * `npm run db:start`), many per transaction (src/loader/load-resumes.ts), with a progress bar when there are several files
 * on a terminal or many anywhere, and a summary at the end. Exit codes: 0 all loaded, 1 some file
 * was not loaded (each one named) or the run failed, 2 bad usage.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { connect as connectExecutor, runningDatabase } from '../db/connect.js';
import type { Executor } from '../db/Executor.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
import { collectResumeFiles } from '../loader/collect-resume-files.js';
import { formatFailedFiles, formatLoadSummary } from '../loader/format-load-summary.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_LOAD_CONCURRENCY, loadResumes } from '../loader/load-resumes.js';
import { errorMessage } from '../util/error-message.js';
import { commandLine, integerOption, parsePathsAndOptions } from './cli-arguments.js';
import { progressBar } from './progress-bar.js';

const usage = 'Usage: npm run load -- <file or folder> ... [--concurrency N] [--batch-size B]';

/** Files from which the bar is shown even when output is not a terminal. */
const MANY_FILES = 100;

export interface LoadArguments {
  paths: string[];
  concurrency: number;
  batchSize: number;
}

export function parseLoadArguments(argv: readonly string[]): LoadArguments {
  const { values, paths } = parsePathsAndOptions(
    argv,
    {
      concurrency: { type: 'string', short: 'c', default: String(DEFAULT_LOAD_CONCURRENCY) },
      'batch-size': { type: 'string', short: 'b', default: String(DEFAULT_BATCH_SIZE) },
    },
    usage,
  );
  return {
    paths,
    concurrency: integerOption('concurrency', values.concurrency, 1, 32, usage),
    batchSize: integerOption('batch-size', values['batch-size'], 1, 5000, usage),
  };
}

/** Loading is a batch job: a slow transaction gets more than an API request. */
const LOAD_TRANSACTION_MS = 60_000;

/** The run's failure, worded for someone loading files: what happened and what to do. */
export function describeFailure(error: unknown): string {
  if (error instanceof DatabaseUnavailableError) {
    const cause = error.cause instanceof Error ? error.cause.message.split('\n')[0] : error.message;
    return (
      `the database is not answering (${cause}). Check it with "npm run db:status" (or NEO4J_URI), then ` +
      'run the same command again: résumés already loaded are left as they are.'
    );
  }
  if (error instanceof DatabaseTimeoutError) {
    return (
      `${error.query} took longer than ${error.limitMs / 1000} s. The database may be overloaded: ` +
      'run again with a lower --concurrency.'
    );
  }
  return errorMessage(error);
}

/** The Executor for loading (also `npm run ingest`'s): the configured or local database, as a batch job. */
export async function connect(): Promise<Executor> {
  const config = loadConfig(process.env);
  return connectExecutor(await runningDatabase(config), 'batch', {
    timeoutMs: Math.max(config.queryTimeoutMs, LOAD_TRANSACTION_MS),
  });
}

async function main(): Promise<number> {
  const line = commandLine(() => parseLoadArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const { args } = line;
  let executor: Executor | undefined;
  try {
    const files = await collectResumeFiles(args.paths);
    if (files.length === 0) {
      process.stderr.write(`No .yaml, .yml or .json files in ${args.paths.join(', ')}.\n`);
      return 1;
    }
    executor = await connect();
    const bar = progressBar(files.length, 'résumés', { always: files.length >= MANY_FILES });
    const summary = await loadResumes(executor, files, {
      concurrency: args.concurrency,
      batchSize: args.batchSize,
      onProgress: ({ done, total }) => bar.update('loading', done, total),
    }).finally(() => bar.stop());
    process.stdout.write(`${formatLoadSummary(summary)}\n`);
    if (summary.failed.length > 0) {
      process.stderr.write(`${formatFailedFiles(summary.failed).join('\n')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Load failed: ${describeFailure(error)}\n`);
    return 1;
  } finally {
    await executor?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
