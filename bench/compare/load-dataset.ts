// Child process of `bench:compare`: loads every chunk folder under the given folder, in order, with
// the project's loader as `npm run load` does (one `loadResumes` call for all of them: it streams
// the files, so memory stays flat whatever their number), into NEO4J_URI. Prints `progress …` lines
// and, at the end, one `result {json}` line (a LoadRun). Exit code 1 when any file did not load.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { StatementTimes } from '../../src/loader/statement-times.js';
import { LOAD_TIMEOUT_MS } from '../../src/server/prepare-database.js';
import { CHUNK, chunkFolders } from './dataset.js';

export interface LoadRun {
  files: number;
  people: number;
  failed: number;
  durationMs: number;
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Peak resident memory of the loading process, in bytes. */
  peakRssBytes: number;
  /** Peak resident memory after each CHUNK files: flat when loading is streamed. */
  peakRssByChunk: number[];
  /**
   * Milliseconds since the start after each CHUNK files: the first chunk carries the fixed costs
   * (schema, query compilation, a cold database's JIT), the later ones the steady rate. Absent
   * from data sets loaded before it was recorded.
   */
  elapsedMsByChunk?: number[];
  /** CPU time of the loading process (user + system), in seconds. Absent from older data sets. */
  cpuSeconds?: number;
  /** CPU time Neo4j's process used during the load, in seconds (Linux). Absent from older data sets. */
  databaseCpuSeconds?: number;
  /**
   * Of databaseCpuSeconds, the JVM's JIT compiler threads' (Linux): Neo4j's own code being compiled,
   * most of it a fixed cost of a freshly started database rather than work per résumé.
   */
  databaseJitCpuSeconds?: number;
  /**
   * Of databaseCpuSeconds, per group of Neo4j's threads (name without its number: Bolt workers running the
   * statements and commits, GC threads, compiler threads, index population), from readings before and after
   * the load (neo4j/processes.ts threadCpuByGroup): a thread that ended in between is left out, so the
   * compiler threads' figure here is below databaseJitCpuSeconds. Absent from older data sets.
   */
  databaseThreadCpuSeconds?: Record<string, number>;
  /**
   * Per statement of the load transactions (and `loader.loadBatch`, whole transactions): calls and
   * seconds summed over them (src/loader/statement-times.ts). Absent from older data sets.
   */
  statementSeconds?: Record<string, { calls: number; seconds: number }>;
  /** Load transactions that failed and were loaded again one résumé at a time, with their errors (LoadSummary.splits). */
  splits?: { files: number; message: string }[];
  /**
   * With LOAD_MEMORY_PROBE=1 only (it collects garbage every LOAD_MEMORY_EVERY files, so that run's peak
   * memory is not the loader's usual): the heap still used after a full collection, and the heap,
   * Buffer and resident sizes then, in MiB. What a load keeps, as opposed
   * to what V8 has not yet collected.
   */
  memoryByChunk?: ChunkMemory[];
}

export interface ChunkMemory {
  files: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
  rssMiB: number;
}

async function main(folder: string): Promise<number> {
  const config = loadConfig(process.env);
  if (!config.neo4jUri || !config.neo4jPassword) throw new Error('NEO4J_URI and NEO4J_PASSWORD must be set.');
  const executor = new Executor(
    createDriver({ uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword }),
    { timeoutMs: LOAD_TIMEOUT_MS },
  );
  const chunks = await chunkFolders(folder);
  const catalogue = await loadCatalogue();
  const run: LoadRun = {
    files: 0,
    people: 0,
    failed: 0,
    durationMs: 0,
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    peakRssBytes: 0,
    peakRssByChunk: [],
  };
  const elapsedMsByChunk: number[] = [];
  run.elapsedMsByChunk = elapsedMsByChunk;
  const times = new StatementTimes();
  const probe = memoryProbe(process.env);
  if (probe) run.memoryByChunk = probe.chunks;
  const started = performance.now();
  try {
    const summary = await loadResumes(executor, chunks, {
      catalogue,
      statementTimes: times,
      onProgress: ({ done, total }) => {
        probe?.progress(done, total);
        if (done % CHUNK !== 0 && done !== total) return;
        const peakRssBytes = process.resourceUsage().maxRSS * 1024;
        run.peakRssByChunk.push(peakRssBytes);
        elapsedMsByChunk.push(Math.round(performance.now() - started));
        const seconds = (performance.now() - started) / 1000;
        // The memory on each line too, so that a long load stopped before its end still shows it.
        const kept = probe?.chunks.at(-1);
        const heapKept = kept?.files === done ? `, heap kept ${kept.heapUsedMiB} MiB` : '';
        process.stdout.write(
          `progress ${done} files loaded in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(0)}/s), peak RSS ${Math.round(peakRssBytes / MiB)} MiB${heapKept}\n`,
        );
      },
    });
    run.files = summary.files;
    run.people = summary.people;
    run.failed = summary.failed.length;
    run.nodesCreated = summary.nodesCreated;
    run.nodesUpdated = summary.nodesUpdated;
    run.nodesDeleted = summary.nodesDeleted;
    run.relationshipsCreated = summary.relationshipsCreated;
    run.relationshipsDeleted = summary.relationshipsDeleted;
    if (summary.splits) run.splits = summary.splits;
    for (const split of summary.splits ?? []) {
      process.stderr.write(`A transaction of ${split.files} files failed: ${split.message}\n`);
    }
    for (const failed of summary.failed.slice(0, 3)) process.stderr.write(`${failed.message}\n`);
  } finally {
    await executor.close();
  }
  run.durationMs = Math.round(performance.now() - started);
  run.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const cpu = process.cpuUsage();
  run.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
  run.statementSeconds = Object.fromEntries(
    times.entries().map(([name, { calls, ms }]) => [name, { calls, seconds: Math.round(ms) / 1000 }]),
  );
  process.stdout.write(`result ${JSON.stringify(run)}\n`);
  return run.failed > 0 ? 1 : 0;
}

const MiB = 2 ** 20;

/**
 * LOAD_MEMORY_PROBE=1: after each LOAD_MEMORY_EVERY (default CHUNK) files, a full collection and the sizes left; with
 * LOAD_HEAP_SNAPSHOTS=<files,...> (and LOAD_HEAP_SNAPSHOT_DIR, default the working folder), a heap
 * snapshot after those numbers of files, to compare what the heap holds between them.
 */
function memoryProbe(
  env: NodeJS.ProcessEnv,
): { chunks: ChunkMemory[]; progress(files: number, total: number): void } | undefined {
  if (env.LOAD_MEMORY_PROBE !== '1') return undefined;
  const every = Number(env.LOAD_MEMORY_EVERY ?? CHUNK);
  if (!Number.isInteger(every) || every < 1)
    throw new Error(
      `LOAD_MEMORY_EVERY: expected a whole number of files above 0, found ${env.LOAD_MEMORY_EVERY}`,
    );
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const snapshotAt = new Set((env.LOAD_HEAP_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
  const chunks: ChunkMemory[] = [];
  return {
    chunks,
    progress(files, total) {
      if (files % every !== 0 && files !== total) return;
      gc();
      const usage = process.memoryUsage();
      const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;
      chunks.push({
        files,
        heapUsedMiB: mib(usage.heapUsed),
        heapTotalMiB: mib(usage.heapTotal),
        externalMiB: mib(usage.external),
        arrayBuffersMiB: mib(usage.arrayBuffers),
        rssMiB: mib(usage.rss),
      });
      if (snapshotAt.has(files))
        writeHeapSnapshot(
          join(env.LOAD_HEAP_SNAPSHOT_DIR ?? '.', `load-${process.pid}-${files}.heapsnapshot`),
        );
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('Usage: tsx bench/compare/load-dataset.ts <folder of chunk-* folders>\n');
    process.exitCode = 2;
  } else {
    process.exitCode = await main(folder);
  }
}
