// `npm run bench:compare -- --people 1000,10000 [--ops a,b] [--duration S] …` (see compare/args.ts):
// for each size, the generator's résumés loaded into a Neo4j of their own (cached under
// .data/bench/<people>, so a rerun loads nothing), our API and @neo4j/graphql started on it, and
// every operation of compare/operations.ts asked three ways (ours, the peer, the hand-written
// floor), checked for the same data, then timed interleaved: sequential p50/p99 and requests/s at
// --connections. Then the mixed-load run of our API. Writes bench/results/compare-*.json and
// prints the Markdown tables the README shows. Numbers, not assertions: exit code 1 only when a
// side's data differed from ours (or the run failed), 2 on bad usage.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { freePort, optionsFromEnv, processCpuSeconds } from '../neo4j/local-neo4j.js';
import { loadCatalogue } from '../src/catalogue/load-catalogue.js';
import { commandLine } from '../src/cli/cli-arguments.js';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/create-driver.js';
import { Executor } from '../src/db/Executor.js';
import { type CompareArguments, parseCompareArguments } from './compare/args.js';
import { startServer } from './compare/child-server.js';
import { firstPeople, openDataset } from './compare/dataset.js';
import {
  describeMachine,
  type Machine,
  type MachineBase,
  measuredCommit,
  type Neo4jJvm,
  type Neo4jMemory,
  neo4jSettings,
  sampleLoadAverage,
} from './compare/machine.js';
import { httpSlice, latencyOf, sequentialLatencies, throughput } from './compare/measure.js';
import { type Operation, readSubjects, type Subjects, selectOperations } from './compare/operations.js';
import {
  type CompareResult,
  type MixedResult,
  markdownReport,
  type OperationResult,
  type SizeResult,
} from './compare/report.js';
import { checkSameData, type Endpoints, targetsOf } from './compare/targets.js';

const log = (line: string) => process.stderr.write(`[bench:compare] ${line}\n`);

/** Shortest throughput slice, in seconds: short, so the sides alternate often, yet long enough to settle. */
const MIN_SLICE_SECONDS = 2.5;
/**
 * A slice lasts at least this many times the time one request takes under load (its sequential
 * p50 × connections ÷ cores), so the requests cut off at its end are a small share; a slow
 * operation's throughput run is lengthened to one such slice per side when --duration is shorter.
 */
const SLICE_REQUEST_TIMES = 5;
/** People taken as subjects: enough for every variant of the widest question (5 people each). */
const SUBJECT_PEOPLE = 50;

/** Undo steps for whatever is running, run on exit and on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0)
    await cleanups
      .pop()?.()
      .catch((error: unknown) => log(String(error)));
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().then(() => process.exit(143)));

async function measureOperation(
  operation: Operation,
  subjects: Subjects,
  endpoints: Endpoints,
  args: CompareArguments,
): Promise<OperationResult> {
  const targets = targetsOf(operation, subjects, args.variants, endpoints);
  const differs = await checkSameData(operation, targets, args.variants);
  for (const [target, problem] of Object.entries(differs)) {
    log(`  ${operation.name}: ${target} not timed: ${problem}`);
  }
  if (differs.ours) {
    return {
      name: operation.name,
      title: operation.title,
      answerBytes: 0,
      differs,
      sequential: {},
      load: {},
    };
  }
  const answerBytes = JSON.stringify(await targets[0]?.ask(0).catch(() => null)).length;
  const timed = targets.filter((target) => !differs[target.name]);
  // Warm-up: every variant once more on every side (the check was the first time); a failure
  // here shows again, counted, in the timed requests.
  for (let variant = 0; variant < args.variants; variant += 1) {
    for (const target of timed) await target.ask(variant).catch(() => undefined);
  }
  const sequential = await sequentialLatencies(timed, {
    runs: args.runs,
    minRuns: Math.min(args.runs, 5),
    budgetMs: 3 * args.duration * 1000,
    variants: args.variants,
  });
  const p50s = timed.map((target) => sequential[target.name].p50).filter(Number.isFinite);
  const slowest = Math.max(0, ...p50s) / 1000;
  const underLoad = (slowest * args.connections) / Math.max(1, cpus().length);
  const sliceSeconds = Math.max(MIN_SLICE_SECONDS, SLICE_REQUEST_TIMES * underLoad);
  const load = await throughput(timed, {
    connections: args.connections,
    // A slow operation gets at least one whole slice, longer than --duration if need be.
    seconds: Math.max(args.duration, sliceSeconds),
    sliceSeconds,
    variants: args.variants,
  });
  const summary = timed
    .map(
      (target) =>
        `${target.name} ${sequential[target.name].p50.toFixed(1)} ms, ${load[target.name].requestsPerSecond.toFixed(1)}/s`,
    )
    .join('; ');
  log(`  ${operation.name}: ${summary}`);
  return { name: operation.name, title: operation.title, answerBytes, differs, sequential, load };
}

/** CPU seconds each process has used so far (undefined off Linux or once it is gone). */
function cpuSeconds(pids: { database: number; api: number | undefined }) {
  return {
    database: processCpuSeconds(pids.database),
    api: pids.api === undefined ? undefined : processCpuSeconds(pids.api),
  };
}

/**
 * 50 connections of our API cycling through every operation's variants for `seconds`, and the
 * CPU Neo4j and our API (`pids`) used meanwhile.
 */
async function mixedLoad(
  operations: readonly Operation[],
  subjects: Subjects,
  endpoints: Endpoints,
  args: CompareArguments,
  pids: { database: number; api: number | undefined },
): Promise<MixedResult> {
  const mixed = operations.filter((operation) => !operation.notMixed);
  const requests = Array.from({ length: args.variants }, (_, variant) =>
    mixed.map((operation) => ({
      operation: operation.name,
      body: JSON.stringify({ query: operation.ours, variables: operation.variables(subjects, variant) }),
    })),
  ).flat();
  const cpuBefore = cpuSeconds(pids);
  const run = await httpSlice(
    { url: `${endpoints.ours}/graphql`, bodies: requests.map((request) => request.body) },
    args.mixedConnections,
    args.mixedDuration,
  );
  const cpuAfter = cpuSeconds(pids);
  const errorsByCode: Record<string, number> = {};
  const byOperation: MixedResult['byOperation'] = {};
  for (const operation of mixed) {
    const tallies = run.perRequest.filter((_, index) => requests[index]?.operation === operation.name);
    const latencies = tallies.flatMap((tally) => tally.latencies);
    let errors = 0;
    for (const tally of tallies) {
      for (const [code, n] of Object.entries(tally.errors)) {
        errorsByCode[code] = (errorsByCode[code] ?? 0) + n;
        errors += n;
      }
    }
    const { p50, p99 } = latencyOf(latencies);
    byOperation[operation.name] = { requests: latencies.length, p50, p99, errors };
  }
  const { p50, p99 } = latencyOf(run.latencies);
  return {
    connections: args.mixedConnections,
    seconds: run.seconds,
    requests: run.requests,
    requestsPerSecond: run.requests / run.seconds,
    p50,
    p99,
    errors: run.errors,
    errorsByCode,
    byOperation,
    ...(cpuBefore.database !== undefined &&
      cpuAfter.database !== undefined &&
      cpuBefore.api !== undefined &&
      cpuAfter.api !== undefined && {
        cpu: {
          databaseCores: (cpuAfter.database - cpuBefore.database) / run.seconds,
          apiCores: (cpuAfter.api - cpuBefore.api) / run.seconds,
          databaseMsPerRequest: ((cpuAfter.database - cpuBefore.database) * 1000) / run.requests,
          apiMsPerRequest: ((cpuAfter.api - cpuBefore.api) * 1000) / run.requests,
        },
      }),
  };
}

async function measureSize(
  people: number,
  operations: readonly Operation[],
  args: CompareArguments,
  context: { memory: Neo4jMemory; jvm: Neo4jJvm; machine?: MachineBase },
): Promise<{ size: SizeResult; machine: MachineBase; spawned: boolean }> {
  const catalogue = await loadCatalogue();
  const dataset = await openDataset({
    people,
    seed: args.seed,
    reload: args.reload,
    catalogue,
    memory: context.memory,
    jvm: context.jvm,
    log,
  });
  cleanups.push(dataset.close);
  const { uri, password = '' } = dataset.database;
  const floor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 60_000 });
  cleanups.push(() => floor.close());
  const machine = context.machine ?? (await describeMachine(floor));
  const env = { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password };
  const start = async (script: string) => {
    const server = await startServer(script, { ...env, PORT: String(await freePort()) });
    cleanups.push(server.stop);
    return server;
  };
  const ours = await start('bench/compare/our-server.ts');
  const peer = await start('bench/compare/peer-server.ts');
  const floorHttp = await start('bench/compare/floor-server.ts');
  const subjects = await readSubjects(floor, {
    people: await firstPeople(dataset.paths, SUBJECT_PEOPLE),
    count: args.variants,
    catalogue,
  });
  const endpoints: Endpoints = { ours: ours.url, peer: peer.url, floor, floorHttp: floorHttp.url };
  log(
    `${people} people: our API at ${ours.url}, @neo4j/graphql at ${peer.url}, the floor over HTTP at ${floorHttp.url}; measuring.`,
  );
  const sampler = sampleLoadAverage();
  const results: OperationResult[] = [];
  for (const operation of operations)
    results.push(await measureOperation(operation, subjects, endpoints, args));
  let mixed: MixedResult | undefined;
  if (args.mixedDuration > 0) {
    log(`  mixed load: ${args.mixedConnections} connections for ${args.mixedDuration} s.`);
    mixed = await mixedLoad(operations, subjects, endpoints, args, {
      database: dataset.database.pid,
      api: ours.pid,
    });
  }
  const loadAverage = sampler.stop();
  await cleanUp();
  const { manifest } = dataset;
  return {
    machine,
    spawned: !dataset.database.reused,
    size: {
      people,
      graph: manifest.graph,
      loadedAt: manifest.generatedAt,
      generateMs: manifest.generateMs,
      load: manifest.load,
      reload: manifest.reload,
      subjects,
      loadAverage,
      operations: results,
      ...(mixed && { mixed }),
    },
  };
}

async function main(): Promise<number> {
  const line = commandLine(() => {
    const args = parseCompareArguments(process.argv.slice(2));
    return { args, operations: selectOperations(args.ops) };
  });
  if (line.exitCode !== undefined) return line.exitCode;
  const { args, operations } = line.args;
  if (args.report) {
    const saved = JSON.parse(await readFile(args.report, 'utf8')) as CompareResult;
    process.stdout.write(markdownReport(saved));
    return 0;
  }
  const runner = optionsFromEnv(process.env);
  const memory = { heap: runner.heap, pageCache: runner.pageCache };
  const jvm = { jit: runner.jit, classSharing: runner.classSharing };
  const startedAt = new Date().toISOString();
  // Taken first: edits made while a long run goes on are not what it measured.
  const commit = measuredCommit();
  const sizes: SizeResult[] = [];
  let base: MachineBase | undefined;
  const spawned: boolean[] = [];
  try {
    for (const people of args.people) {
      const measured = await measureSize(people, operations, args, {
        memory,
        jvm,
        ...(base && { machine: base }),
      });
      base = measured.machine;
      spawned.push(measured.spawned);
      sizes.push(measured.size);
    }
  } finally {
    await cleanUp();
  }
  if (!base) return 1;
  const machine: Machine = { ...base, ...neo4jSettings(spawned, memory, jvm) };
  const result: CompareResult = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: `npm run bench:compare -- ${process.argv.slice(2).join(' ')}`.trim(),
    commit,
    machine,
    settings: {
      seed: args.seed,
      variants: args.variants,
      runs: args.runs,
      duration: args.duration,
      connections: args.connections,
      mixedConnections: args.mixedConnections,
      mixedDuration: args.mixedDuration,
      queryTimeoutMs: loadConfig(process.env).queryTimeoutMs,
    },
    sizes,
  };
  await mkdir(args.out, { recursive: true });
  const file = join(
    args.out,
    `compare-${startedAt.slice(0, 16).replace(/:/g, '')}-${args.people.join('-')}.json`,
  );
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(markdownReport(result));
  log(`Results written to ${relative(process.cwd(), file)}.`);
  const differs = sizes.some((size) =>
    size.operations.some((operation) => Object.keys(operation.differs).length > 0),
  );
  return differs ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
});
