/**
 * `npx tsx bench/load-profile.ts [--people 3000] [--before 2000] [--batch 250] [--repeat 3]`: what one
 * load transaction's statements cost inside Neo4j. Uses bench:load's data set of `--people`
 * (`.data/bench/<people>/resumes`, built by `npm run bench:load -- --people N`), loads its first
 * `--before` files into a Neo4j of its own (`.data/load-profile/<people>-<before>`, kept between runs:
 * bench:load builds its data set afresh), then loads the next `--batch` files in one transaction as the loader does,
 * every statement run with PROFILE, and rolls it back; `--repeat` times. Prints per statement its
 * database hits and rows (which do not depend on the machine's load) and its server milliseconds
 * (the median over the repeats, which do); with `--operators N`, each statement's N operators with the
 * most database hits, printed and kept in the JSON line's statements (`operators`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { freePort, startNeo4j, stopNeo4j } from '../neo4j/local-neo4j.js';
import { loadCatalogue } from '../src/catalogue/load-catalogue.js';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import { projectRoot } from '../src/config.js';
import { createDriver } from '../src/db/create-driver.js';
import { cypher } from '../src/db/cypher-query.js';
import { Executor, type Params, type TransactionRunner } from '../src/db/Executor.js';
import type { BatchMember } from '../src/loader/batch-round.js';
import { contentHash, loaderFingerprint } from '../src/loader/content-hash.js';
import { loadBatch, noCounters } from '../src/loader/load-batch.js';
import { loadResumes } from '../src/loader/load-resumes.js';
import { planResumeGraph } from '../src/loader/plan-resume-graph.js';
import { readResume } from '../src/resume/read-resume.js';
import { LOAD_TIMEOUT_MS } from '../src/server/prepare-database.js';
import { chunkFolders, datasetPaths } from './compare/dataset.js';

const usage =
  'Usage: npx tsx bench/load-profile.ts [--people N] [--before N] [--batch N] [--repeat N] [--operators N]';

/** One statement's PROFILE: database hits and rows over the plan, and the server's milliseconds. */
interface StatementProfile {
  dbHits: number;
  rows: number;
  ms: number;
  /** Database hits per operator (its type and details), summed over the plan. */
  operators: Map<string, number>;
}

function operatorHits(plan: ProfiledPlan, into = new Map<string, number>()): Map<string, number> {
  const details = typeof plan.arguments?.Details === 'string' ? plan.arguments.Details : '';
  const key = `${plan.operatorType.replace(/@.*$/, '')} ${details}`.slice(0, 110);
  if (plan.dbHits > 0) into.set(key, (into.get(key) ?? 0) + plan.dbHits);
  for (const child of plan.children) operatorHits(child, into);
  return into;
}

/**
 * The `limit` operators with the most database hits over one round's calls of a statement, most first
 * (ties by operator text, so the order does not depend on the plans' order).
 */
export function topOperators(
  calls: readonly ReadonlyMap<string, number>[],
  limit: number,
): { operator: string; dbHits: number }[] {
  const hits = new Map<string, number>();
  for (const operators of calls)
    for (const [operator, value] of operators) hits.set(operator, (hits.get(operator) ?? 0) + value);
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([operator, dbHits]) => ({ operator, dbHits }));
}

function planTotals(plan: ProfiledPlan): { dbHits: number; rows: number } {
  let dbHits = plan.dbHits;
  let rows = plan.rows;
  for (const child of plan.children) {
    const totals = planTotals(child);
    dbHits += totals.dbHits;
    rows += totals.rows;
  }
  return { dbHits, rows };
}

/**
 * An executor whose write transactions run every statement with PROFILE, record what it cost under
 * the statement's name, and roll back: the graph stays as it was.
 */
function profilingExecutor(
  executor: Executor,
  driver: ReturnType<typeof createDriver>,
  profiles: Map<string, StatementProfile[]>,
): Executor {
  const profiling = Object.create(executor) as Executor;
  profiling.transaction = async <T>(_name: string, work: (tx: TransactionRunner) => Promise<T>) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = await session.beginTransaction();
    const run = async (name: string, text: string, params: Params = {}) => {
      const result = await tx.run(`PROFILE ${text}`, params);
      const { profile, resultAvailableAfter, resultConsumedAfter } = result.summary;
      if (profile) {
        const list = profiles.get(name) ?? [];
        list.push({
          ...planTotals(profile),
          operators: operatorHits(profile),
          ms: Number(resultAvailableAfter) + Number(resultConsumedAfter),
        });
        profiles.set(name, list);
      }
      return result;
    };
    const rows = async (name: string, text: string, params?: Params) =>
      (await run(name, text, params)).records.map((record) => record.toObject());
    try {
      return await work({
        run: (query, params) => rows(query.name, query.text, params),
        // The load's change counts are not what this measures: none are counted.
        runWithCounters: async (query, params) => ({
          rows: await rows(query.name, query.text, params),
          counters: noCounters(),
        }),
      } as TransactionRunner);
    } finally {
      await tx.rollback();
      await session.close();
    }
  };
  return profiling;
}

async function resumeFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const chunk of await chunkFolders(folder)) {
    const names = (await readdir(chunk)).filter((name) => name.endsWith('.yaml')).sort();
    files.push(...names.map((name) => join(chunk, name)));
  }
  return files;
}

const countNodes = cypher('bench.countNodes', 'MATCH (n) RETURN count(n) AS nodes');

async function main(): Promise<number> {
  const line = commandLine(() => {
    const values = parseOptions(
      process.argv.slice(2),
      {
        people: { type: 'string', default: '3000' },
        before: { type: 'string', default: '2000' },
        batch: { type: 'string', default: '250' },
        repeat: { type: 'string', default: '3' },
        operators: { type: 'string', default: '0' },
      },
      usage,
    );
    return {
      people: integerOption('people', values.people, 1, 1_000_000, usage),
      before: integerOption('before', values.before, 0, 1_000_000, usage),
      batch: integerOption('batch', values.batch, 1, 10_000, usage),
      repeat: integerOption('repeat', values.repeat, 1, 100, usage),
      operators: integerOption('operators', values.operators, 0, 1000, usage),
    };
  });
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, before, batch, repeat, operators } = line.args;
  const paths = datasetPaths(people);
  const files = await resumeFiles(paths.resumes);
  if (files.length < before + batch) {
    process.stderr.write(
      `${paths.resumes} holds ${files.length} résumés, fewer than --before ${before} plus --batch ${batch}: run npm run bench:load -- --people ${people} first.\n`,
    );
    return 2;
  }
  const home = join(projectRoot, '.data/load-profile', `${people}-${before}`);
  const database = await startNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    log: (text) => process.stderr.write(`${text}\n`),
  });
  const driver = createDriver({ uri: database.uri, user: 'neo4j', password: database.password ?? '' });
  const executor = new Executor(driver, { timeoutMs: LOAD_TIMEOUT_MS });
  try {
    const catalogue = await loadCatalogue();
    const [counted] = await executor.read<{ nodes: number }>(countNodes);
    if ((counted?.nodes ?? 0) === 0 && before > 0) {
      const summary = await loadResumes(executor, files.slice(0, before), { catalogue });
      process.stderr.write(`loaded the first ${summary.people} résumés in ${summary.durationMs} ms\n`);
    }
    const fingerprint = await loaderFingerprint(catalogue);
    const members: BatchMember[] = [];
    for (const file of files.slice(before, before + batch)) {
      const bytes = await readFile(file);
      const resume = await readResume(file, { catalogue, bytes });
      const plan = planResumeGraph(resume, catalogue);
      const person = plan.nodes.Person[0];
      if (person) person.props.contentHash = contentHash(fingerprint, file, bytes);
      members.push({ resume, plan });
    }
    const profiles = new Map<string, StatementProfile[]>();
    const profiling = profilingExecutor(executor, driver, profiles);
    for (let round = 0; round < repeat; round++) await loadBatch(profiling, members);
    const rows = [...profiles.entries()].map(([name, list]) => {
      const ms = list.map((entry) => entry.ms).sort((a, b) => a - b);
      const calls = list.length / repeat;
      const first = list.slice(0, calls);
      return {
        statement: name,
        calls,
        dbHits: first.reduce((sum, entry) => sum + entry.dbHits, 0),
        rows: first.reduce((sum, entry) => sum + entry.rows, 0),
        medianMsPerCall: ms[Math.floor(ms.length / 2)],
      };
    });
    console.table(rows);
    const tops = new Map<string, { operator: string; dbHits: number }[]>();
    if (operators > 0) {
      for (const [name, list] of profiles) {
        const first = list.slice(0, list.length / repeat);
        const top = topOperators(
          first.map((entry) => entry.operators),
          operators,
        );
        tops.set(name, top);
        process.stdout.write(
          `${name}\n${top.map((entry) => `  ${entry.dbHits}\t${entry.operator}`).join('\n')}\n`,
        );
      }
    }
    console.log(
      JSON.stringify({
        people,
        before,
        batch,
        repeat,
        totalDbHits: rows.reduce((sum, row) => sum + row.dbHits, 0),
        statements: rows.map((row) => {
          const top = tops.get(row.statement);
          return top ? { ...row, operators: top } : row;
        }),
      }),
    );
    return 0;
  } finally {
    await executor.close();
    await stopNeo4j({ home });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
