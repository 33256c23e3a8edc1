/**
 * `npm run bench:load -- [--people 10000] [--seed 1]`: the load figures alone, without starting the
 * APIs bench:compare compares. Generates the data set of bench:compare (`.data/bench/<people>/`,
 * built again every time), loads it into a Neo4j of its own in a child process (its peak memory is
 * the loader's), loads the same files again unchanged, prints one table row and writes
 * `bench/results/load-<date>-<people>.json`. Rows are the nodes and relationships the load leaves in
 * the empty graph it starts from (the derived `USES` included, which the load summary does not count).
 * `LOAD_MEMORY_PROBE=1` (optionally `LOAD_MEMORY_EVERY=<files>`, `LOAD_HEAP_SNAPSHOTS=<files,...>`,
 * `LOAD_HEAP_SNAPSHOT_DIR`) adds the heap the loader keeps after each chunk (bench/compare/load-dataset.ts).
 * Its Neo4j gets `NEO4J_HEAP`, `NEO4J_PAGECACHE`, `NEO4J_JIT` and `NEO4J_CLASS_SHARING` (the JSON names the first two
 * as `memory` and the last two as `jvm` when this run started that Neo4j, else says `neo4jReused`: a running one
 * keeps its own settings).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionsFromEnv } from '../neo4j/local-neo4j.js';
import { loadCatalogue } from '../src/catalogue/load-catalogue.js';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import { projectRoot } from '../src/config.js';
import { CHUNK, openDataset } from './compare/dataset.js';
import type { LoadRun } from './compare/load-dataset.js';
import { measuredCommit, sampleLoadAverage } from './compare/machine.js';

const usage = 'Usage: npm run bench:load -- [--people N] [--seed N]';

export interface LoadFigures {
  people: number;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  resumesPerSecond: number;
  rowsPerSecond: number;
  peakMiB: number;
  /** The loader's peak resident memory after each CHUNK files of the first load, in MiB: flat when it streams. */
  peakMiBByChunk: number[];
  /**
   * With LOAD_MEMORY_PROBE=1 (bench/compare/load-dataset.ts): the heap still in use after a full
   * collection after each chunk of files, in MiB; what the loader keeps, as opposed to what V8 has
   * not collected yet. Such a run's peak memory is not the usual one (it collects every chunk).
   */
  heapKeptMiBByChunk: number[] | undefined;
  reloadSeconds: number;
  reloadWrites: number;
  /** Résumés per second after the first CHUNK files (which carry the fixed costs of a load on a fresh database). */
  steadyResumesPerSecond: number | undefined;
  /** CPU-seconds of the first load: the loader process's own, and Neo4j's (whose work on 2 cores bounds the load). */
  loaderCpuSeconds: number | undefined;
  databaseCpuSeconds: number | undefined;
  /** Of databaseCpuSeconds, Neo4j's JIT compiler threads' (compiling Neo4j's own code). */
  databaseJitCpuSeconds: number | undefined;
  /** Of databaseCpuSeconds, per group of Neo4j's threads, largest first (LoadRun.databaseThreadCpuSeconds). */
  databaseThreadCpuSeconds: Record<string, number> | undefined;
  /** Seconds to the end of the first CHUNK files (the fixed costs of a load on a fresh database). */
  firstChunkSeconds: number | undefined;
  /**
   * Seconds from the last file's commit to the end of the load: a load into an empty graph builds
   * the indexes only the API's questions read then (src/graph/apply-schema.ts, QUERY_INDEXES).
   */
  afterLastFileSeconds: number | undefined;
  /** Seconds per statement of the first load's transactions, summed over them (LoadRun.statementSeconds). */
  statementSeconds: Record<string, number> | undefined;
}

async function main(): Promise<number> {
  const line = commandLine(() => {
    const values = parseOptions(
      process.argv.slice(2),
      { people: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
      usage,
    );
    return {
      people: integerOption('people', values.people, 1, 1_000_000, usage),
      seed: integerOption('seed', values.seed, 0, 2 ** 31 - 1, usage),
    };
  });
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, seed } = line.args;
  const runner = optionsFromEnv(process.env);
  const commit = measuredCommit();
  const sampler = sampleLoadAverage();
  const memory = { heap: runner.heap, pageCache: runner.pageCache };
  const jvm = { jit: runner.jit, classSharing: runner.classSharing };
  const dataset = await openDataset({
    people,
    seed,
    reload: true,
    catalogue: await loadCatalogue(),
    memory,
    jvm,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  await dataset.close();
  const loadAverage = sampler.stop();
  const { load, reload, graph } = dataset.manifest;
  const seconds = load.durationMs / 1000;
  const figures: LoadFigures = {
    people,
    nodes: graph.nodes,
    relationships: graph.relationships,
    loadSeconds: seconds,
    resumesPerSecond: Math.round(load.people / seconds),
    rowsPerSecond: Math.round((graph.nodes + graph.relationships) / seconds),
    peakMiB: Math.round(load.peakRssBytes / 2 ** 20),
    peakMiBByChunk: load.peakRssByChunk.map((bytes) => Math.round(bytes / 2 ** 20)),
    heapKeptMiBByChunk: load.memoryByChunk?.map((chunk) => chunk.heapUsedMiB),
    reloadSeconds: reload.durationMs / 1000,
    reloadWrites:
      reload.nodesCreated + reload.nodesUpdated + reload.nodesDeleted + reload.relationshipsCreated,
    steadyResumesPerSecond: steadyRate(load),
    loaderCpuSeconds: load.cpuSeconds,
    databaseCpuSeconds: load.databaseCpuSeconds,
    databaseJitCpuSeconds: load.databaseJitCpuSeconds,
    databaseThreadCpuSeconds: load.databaseThreadCpuSeconds,
    firstChunkSeconds: firstChunkSeconds(load),
    afterLastFileSeconds: afterLastFileSeconds(load),
    statementSeconds:
      load.statementSeconds &&
      Object.fromEntries(Object.entries(load.statementSeconds).map(([name, { seconds }]) => [name, seconds])),
  };
  const out = join(
    projectRoot,
    'bench/results',
    `load-${new Date().toISOString().slice(0, 16).replace(':', '')}-${people}.json`,
  );
  await mkdir(join(projectRoot, 'bench/results'), { recursive: true });
  const neo4j = dataset.database.reused ? { neo4jReused: true } : { jvm, memory };
  await writeFile(
    out,
    `${JSON.stringify({ commit, loadAverage, ...neo4j, figures, load, reload }, null, 2)}\n`,
  );
  process.stdout.write(
    `| people | nodes | relationships | load | résumés/s | rows/s | loader peak memory | unchanged reload |\n` +
      `| ${people} | ${figures.nodes} | ${figures.relationships} | ${seconds.toFixed(1)} s | ${figures.resumesPerSecond} | ${figures.rowsPerSecond} | ${figures.peakMiB} MiB | ${figures.reloadSeconds.toFixed(1)} s |\n` +
      `first ${CHUNK} files: ${figures.firstChunkSeconds ?? '–'} s; after them: ${figures.steadyResumesPerSecond ?? '–'} résumés/s; ` +
      `after the last file (query indexes): ${figures.afterLastFileSeconds ?? '–'} s; ` +
      `peak MiB after each ${CHUNK} files: ${figures.peakMiBByChunk.join(', ')}; ` +
      (figures.heapKeptMiBByChunk
        ? `heap kept (MiB, after a full collection): ${figures.heapKeptMiBByChunk.join(', ')}; `
        : '') +
      `CPU-seconds: Neo4j ${figures.databaseCpuSeconds ?? '–'} (JIT ${figures.databaseJitCpuSeconds ?? '–'}), loader ${figures.loaderCpuSeconds ?? '–'}; ` +
      `Neo4j's threads (CPU-seconds): ${
        Object.entries(figures.databaseThreadCpuSeconds ?? {})
          .slice(0, 8)
          .map(([group, seconds]) => `${group.trim()} ${seconds}`)
          .join(', ') || '–'
      }; ` +
      `statements (seconds, summed over transactions): ${
        Object.entries(figures.statementSeconds ?? {})
          .map(([name, seconds]) => `${name.replace(/^loader\./, '')} ${seconds}`)
          .join(', ') || '–'
      }; ` +
      `load average ${loadAverage.min}–${loadAverage.max} (mean ${loadAverage.mean}); written to ${out}\n`,
  );
  return load.failed > 0 || figures.reloadWrites > 0 ? 1 : 0;
}

function firstChunkSeconds(load: LoadRun): number | undefined {
  const first = load.elapsedMsByChunk?.[0];
  return first === undefined ? undefined : first / 1000;
}

function afterLastFileSeconds(load: LoadRun): number | undefined {
  const last = load.elapsedMsByChunk?.at(-1);
  return last === undefined ? undefined : Math.round(load.durationMs - last) / 1000;
}

/** Résumés per second from the end of the first chunk to the end of the load; undefined below two chunks. */
function steadyRate(load: LoadRun): number | undefined {
  const first = load.elapsedMsByChunk?.[0];
  if (first === undefined || load.people <= CHUNK || load.durationMs <= first) return undefined;
  return Math.round((load.people - CHUNK) / ((load.durationMs - first) / 1000));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
