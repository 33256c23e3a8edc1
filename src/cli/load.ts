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
import { parseArgs } from 'node:util';
import { neo4jStatus, optionsFromEnv, readPassword } from '../../neo4j/local-neo4j.js';
import { loadConfig } from '../config.js';
import { createDriver } from '../db/create-driver.js';
import { Executor } from '../db/Executor.js';
import { collectResumeFiles } from '../loader/collect-resume-files.js';
import { formatLoadSummary } from '../loader/format-load-summary.js';
import { loadResumes } from '../loader/load-resumes.js';
import { integerOption, UsageError } from './cli-arguments.js';
import { progressBar } from './progress-bar.js';

const usage = 'Usage: npm run load -- <file or folder> ... [--concurrency N] [--batch-size B]';

/** Files from which the bar is shown even when output is not a terminal. */
const MANY_FILES = 100;

interface LoadArguments {
  paths: string[];
  concurrency: number;
  batchSize: number;
}

function parseLoadArguments(argv: readonly string[]): LoadArguments {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        concurrency: { type: 'string', short: 'c', default: '2' },
        'batch-size': { type: 'string', short: 'b', default: '250' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (parsed.values.help) throw new UsageError(usage);
  if (parsed.positionals.length === 0) throw new UsageError(`No files or folders given.\n${usage}`);
  const concurrency = Number(parsed.values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new UsageError(
      `--concurrency "${parsed.values.concurrency}" is not valid: expected an integer from 1 to 32.`,
    );
  }
  return {
    paths: parsed.positionals,
    concurrency,
    batchSize: integerOption('batch-size', parsed.values['batch-size'], 1, 5000, usage),
  };
}

export async function connect(): Promise<Executor> {
  const config = loadConfig(process.env);
  let uri = config.neo4jUri;
  let password = config.neo4jPassword;
  if (!uri) {
    const runner = optionsFromEnv(process.env);
    const status = await neo4jStatus({ home: runner.home });
    if (!status.running || !status.uri) {
      throw new Error(
        `No database: the local Neo4j (data in ${runner.home}) is not running. ` +
          'Start it with "npm run db:start", or set NEO4J_URI and NEO4J_PASSWORD.',
      );
    }
    uri = status.uri;
    password ??= readPassword(runner.home);
  }
  if (!password) throw new Error(`No password for ${uri}: set NEO4J_PASSWORD.`);
  return new Executor(createDriver({ uri, user: config.neo4jUser, password }), {
    database: config.neo4jDatabase,
    // Loading is a batch job: allow a slow transaction more than an API request gets.
    timeoutMs: Math.max(config.queryTimeoutMs, 60_000),
  });
}

async function main(): Promise<number> {
  let args: LoadArguments;
  try {
    args = parseLoadArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
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
      process.stderr.write(`Not loaded: ${summary.failed.map((failed) => failed.file).join(', ')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Load failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await executor?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
