import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { JitMode } from '../../neo4j/local-neo4j.js';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';

/** What the numbers were measured on: without it they mean little. */
export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  /** The heap and page cache this run started Neo4j with; absent when it reused a running one. */
  neo4jMemory?: Neo4jMemory;
  /**
   * The compilers and class-data sharing (NEO4J_JIT, NEO4J_CLASS_SHARING) this run started Neo4j's JVM
   * with; absent when it reused a running one, and in results written before session 34.
   */
  neo4jJvm?: Neo4jJvm;
  /** True when a Neo4j already running in the data set's home was used: its JVM keeps the flags it was started with. */
  neo4jReused?: true;
  peer: string;
  autocannon: string;
}

export interface Neo4jJvm {
  jit: JitMode;
  classSharing: boolean;
}

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

export type Neo4jSettings = Pick<Machine, 'neo4jMemory' | 'neo4jJvm' | 'neo4jReused'>;

/** A Machine before its Neo4j settings are known. */
export type MachineBase = Omit<Machine, keyof Neo4jSettings>;

/**
 * What a result may say about its Neo4j's memory and JVM: the settings asked for only when the run
 * spawned that JVM (a reused Neo4j keeps the flags it was started with), else that it was reused.
 * `spawned` is per database the run used; one reused makes the whole result say so.
 */
export function neo4jSettings(
  spawned: readonly boolean[],
  memory: Neo4jMemory,
  jvm: Neo4jJvm,
): Neo4jSettings {
  return spawned.length > 0 && spawned.every(Boolean)
    ? { neo4jMemory: memory, neo4jJvm: jvm }
    : { neo4jReused: true };
}

/** The installed version of a dependency (some packages do not export their package.json). */
function packageVersion(name: string): string {
  const file = join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const neo4jVersion = cypher(
  'bench.neo4jVersion',
  "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] + ' ' + edition AS version",
);

/** The machine and versions; the Neo4j settings come from neo4jSettings, once every database is open. */
export async function describeMachine(executor: Executor): Promise<MachineBase> {
  const [row] = await executor.read<{ version: string }>(neo4jVersion);
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    neo4j: row?.version ?? 'unknown',
    peer: `@neo4j/graphql ${packageVersion('@neo4j/graphql')}`,
    autocannon: packageVersion('autocannon'),
  };
}

export interface LoadAverage {
  /** One-minute load average: lowest, mean and highest of the samples taken. */
  min: number;
  mean: number;
  max: number;
  samples: number;
}

/** Samples the one-minute load average every `everyMs` until stopped. */
export function sampleLoadAverage(everyMs = 5000): { stop(): LoadAverage } {
  const samples = [loadavg()[0] as number];
  const timer = setInterval(() => samples.push(loadavg()[0] as number), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(loadavg()[0] as number);
      const round = (value: number) => Math.round(value * 100) / 100;
      return {
        min: round(Math.min(...samples)),
        mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
        max: round(Math.max(...samples)),
        samples: samples.length,
      };
    },
  };
}

/** The commit measured (`-dirty` when the work tree has uncommitted changes), or `unknown` outside git. */
export function measuredCommit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}
