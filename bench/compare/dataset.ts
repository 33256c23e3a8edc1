import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  freePort,
  JitCpuMeter,
  type JitMode,
  jitThreadCpuSeconds,
  processCpuSeconds,
  type RunningNeo4j,
  startNeo4j,
  stopNeo4j,
  threadCpuByGroup,
  threadCpuSeconds,
} from '../../neo4j/local-neo4j.js';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { projectRoot } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { cypher } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';
import { streamResumes } from '../../src/generate/generate-resumes.js';
import { writeGeneratedResumes } from '../../src/generate/write-generated-resumes.js';
import { filesUnder } from '../../src/loader/content-hash.js';
import { personIdFromFileName } from '../../src/resume/ids.js';
import type { LoadRun } from './load-dataset.js';

/**
 * One benchmark data set per size: the generator's résumés (in folders of CHUNK files, written one
 * folder at a time so generation never holds more than one folder) and the Neo4j home they were
 * loaded into, under `.data/bench/<people>/`. `dataset.json` records how it was made and the load
 * figures; a rerun with the same size, seed and code reuses it without loading anything.
 */

/** Résumés per folder: what generation holds in memory and what one loader call reads. */
export const CHUNK = 1000;
const CHUNK_PREFIX = 'chunk-';

export interface DatasetPaths {
  root: string;
  /** The Neo4j home (conf, data, password) of this size. */
  neo4jHome: string;
  resumes: string;
  manifest: string;
}

export interface DatasetManifest {
  people: number;
  seed: number;
  /** Hash of the code and catalogues that decide the graph; another value means the graph is stale. */
  fingerprint: string;
  generatedAt: string;
  generateMs: number;
  load: LoadRun;
  /** The same files loaded again: nothing should change. */
  reload: LoadRun;
  graph: { nodes: number; relationships: number };
}

export function datasetPaths(people: number, base = join(projectRoot, '.data/bench')): DatasetPaths {
  const root = join(base, String(people));
  return {
    root,
    neo4jHome: join(root, 'neo4j'),
    resumes: join(root, 'resumes'),
    manifest: join(root, 'dataset.json'),
  };
}

/** The folders whose code or data decides what a load writes: a change in any of them invalidates a cached graph. */
const GRAPH_INPUTS = [
  'bench/compare/dataset.ts',
  'bench/compare/load-dataset.ts',
  'src/generate',
  'src/loader',
  'src/graph',
  'src/resume',
  'src/catalogue',
  'seed/technologies.json',
  'seed/companies.json',
];

export async function graphFingerprint(seed: number): Promise<string> {
  const hash = createHash('sha256').update(`seed ${seed}\n`);
  const files = (await Promise.all(GRAPH_INPUTS.map((input) => filesUnder(join(projectRoot, input)))))
    .flat()
    .sort();
  for (const file of files) {
    hash.update(`${relative(projectRoot, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export async function readManifest(paths: DatasetPaths): Promise<DatasetManifest | undefined> {
  if (!existsSync(paths.manifest)) return undefined;
  return JSON.parse(await readFile(paths.manifest, 'utf8')) as DatasetManifest;
}

/** Why the cached data set cannot be used, or undefined when it can. */
export function staleReason(
  manifest: DatasetManifest | undefined,
  wanted: { people: number; seed: number; fingerprint: string },
): string | undefined {
  if (!manifest) return 'no data set yet';
  if (manifest.people !== wanted.people) return `it holds ${manifest.people} people`;
  if (manifest.seed !== wanted.seed) return `it was generated with seed ${manifest.seed}`;
  if (manifest.fingerprint !== wanted.fingerprint) {
    return 'the generator, loader, graph code or catalogues changed since it was loaded';
  }
  return undefined;
}

/** Removes a data set (stopping its Neo4j first, if one runs there). */
export async function removeDataset(paths: DatasetPaths): Promise<void> {
  await stopNeo4j({ home: paths.neo4jHome });
  await rm(paths.root, { recursive: true, force: true });
}

/**
 * Writes `people` generated résumés into `resumes/chunk-NNNN/` folders of CHUNK files each, one
 * folder at a time (so memory holds one folder, whatever `people` is).
 */
export async function generateDataset(
  paths: DatasetPaths,
  options: { people: number; seed: number; catalogue: Catalogue },
): Promise<void> {
  await mkdir(paths.resumes, { recursive: true });
  let chunk: Parameters<typeof writeGeneratedResumes>[1][number][] = [];
  let folder = 0;
  const flush = async () => {
    await writeGeneratedResumes(
      join(paths.resumes, `${CHUNK_PREFIX}${String(folder).padStart(4, '0')}`),
      chunk,
    );
    folder += 1;
    chunk = [];
  };
  for (const resume of streamResumes(options)) {
    chunk.push(resume);
    if (chunk.length === CHUNK) await flush();
  }
  if (chunk.length > 0) await flush();
}

/** The chunk folders under `resumes`, in generation order. */
export async function chunkFolders(resumes: string): Promise<string[]> {
  const names = (await readdir(resumes)).filter((name) => name.startsWith(CHUNK_PREFIX)).sort();
  return names.map((name) => join(resumes, name));
}

/** The ids of the first `count` generated people (at most one chunk's), in generation order. */
export async function firstPeople(paths: DatasetPaths, count: number): Promise<string[]> {
  const [first] = await chunkFolders(paths.resumes);
  if (!first) return [];
  const files = (await readdir(first)).filter((name) => name.endsWith('.yaml')).sort();
  return files.slice(0, count).map(personIdFromFileName);
}

/**
 * Loads the data set's folders into the running database at `uri` in a child process (so its peak
 * memory is the loader's own), and returns what it reports.
 */
export async function runLoader(
  paths: DatasetPaths,
  database: { uri: string; password: string; pid: number },
  log: (line: string) => void,
): Promise<LoadRun> {
  const databaseCpuBefore = processCpuSeconds(database.pid);
  const threadsBefore = threadCpuSeconds(database.pid);
  const jit = new JitCpuMeter(() => jitThreadCpuSeconds(database.pid));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'bench/compare/load-dataset.ts'), paths.resumes],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: database.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: database.password,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    output += text;
    for (const line of text.split('\n'))
      if (line.startsWith('progress ')) log(line.slice('progress '.length));
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const databaseJitCpuSeconds = jit.stop();
  const result = output.split('\n').find((line) => line.startsWith('result '));
  if (code !== 0 || !result) throw new Error(`Loading ${paths.resumes} failed (exit code ${code}).`);
  const run = JSON.parse(result.slice('result '.length)) as LoadRun;
  const databaseCpuAfter = processCpuSeconds(database.pid);
  const threadsAfter = threadCpuSeconds(database.pid);
  if (threadsBefore && threadsAfter)
    run.databaseThreadCpuSeconds = Object.fromEntries(threadCpuByGroup(threadsBefore, threadsAfter));
  if (databaseCpuBefore !== undefined && databaseCpuAfter !== undefined)
    run.databaseCpuSeconds = Math.round((databaseCpuAfter - databaseCpuBefore) * 100) / 100;
  run.databaseJitCpuSeconds = databaseJitCpuSeconds;
  return run;
}

export async function writeManifest(paths: DatasetPaths, manifest: DatasetManifest): Promise<void> {
  await writeFile(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface OpenDataset {
  paths: DatasetPaths;
  manifest: DatasetManifest;
  database: RunningNeo4j;
  /** Stops the database this call started (never one it found running). */
  close(): Promise<void>;
}

const countGraph = cypher(
  'bench.countGraph',
  'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
);

/**
 * The data set of `people` résumés, its database started on free ports: reused when its manifest
 * matches (same size, seed and graph code), else generated and loaded afresh (then loaded a second
 * time, unchanged, to time a reload).
 */
export async function openDataset(options: {
  people: number;
  seed: number;
  reload: boolean;
  catalogue: Catalogue;
  memory: { heap: string; pageCache: string };
  /** The JVM's compilers and class-data sharing (NEO4J_JIT, NEO4J_CLASS_SHARING); the runner's defaults when absent. */
  jvm?: { jit: JitMode; classSharing: boolean };
  log: (line: string) => void;
}): Promise<OpenDataset> {
  const { people, seed, log } = options;
  const paths = datasetPaths(people);
  const fingerprint = await graphFingerprint(seed);
  const existing = await readManifest(paths);
  const stale = options.reload ? '--reload was given' : staleReason(existing, { people, seed, fingerprint });
  if (stale) {
    log(`${people} people: building the data set (${stale}).`);
    await removeDataset(paths);
  } else {
    log(`${people} people: reusing the data set loaded ${existing?.generatedAt} (${paths.root}).`);
  }
  let spawned = false;
  const database = await startNeo4j({
    home: paths.neo4jHome,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: options.memory.heap,
    pageCache: options.memory.pageCache,
    ...options.jvm,
    log,
    onSpawn: () => {
      spawned = true;
    },
  });
  const close = async () => {
    if (spawned) await stopNeo4j({ home: paths.neo4jHome });
  };
  try {
    if (!database.password) throw new Error(`No password in ${paths.neo4jHome}.`);
    let manifest = existing;
    if (stale || !manifest) {
      const generateStart = performance.now();
      await generateDataset(paths, { people, seed, catalogue: options.catalogue });
      const generateMs = Math.round(performance.now() - generateStart);
      log(`${people} people: generated in ${(generateMs / 1000).toFixed(1)} s; loading.`);
      const credentials = { uri: database.uri, password: database.password, pid: database.pid };
      const load = await runLoader(paths, credentials, log);
      log(
        `${people} people: loaded in ${(load.durationMs / 1000).toFixed(1)} s; loading the same files again.`,
      );
      const reload = await runLoader(paths, credentials, log);
      const executor = new Executor(
        createDriver({ uri: database.uri, user: 'neo4j', password: database.password }),
        {
          timeoutMs: 120_000,
        },
      );
      const [graph] = await executor
        .read<{ nodes: number; relationships: number }>(countGraph)
        .finally(() => executor.close());
      manifest = {
        people,
        seed,
        fingerprint,
        generatedAt: new Date().toISOString(),
        generateMs,
        load,
        reload,
        graph: graph ?? { nodes: 0, relationships: 0 },
      };
      await writeManifest(paths, manifest);
    }
    return { paths, manifest, database, close };
  } catch (error) {
    await close();
    throw error;
  }
}
