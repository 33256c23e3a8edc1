import { join, resolve } from 'node:path';
import { projectRoot } from './neo4j-paths.js';
import { Neo4jRunnerError } from './runner-error.js';

export type Env = Record<string, string | undefined>;

/** Ports and memory of the instance in `home`; callers fill them from the environment (optionsFromEnv). */
export interface RunnerSettings {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Class-data sharing for the JVM (class-sharing.ts). */
  classSharing: boolean;
  /** Which of HotSpot's compilers the JVM uses (JIT_MODES). */
  jit: JitMode;
}

/**
 * HotSpot's compilers for Neo4j's JVM. `tiered` is the JVM's own default: C1 first, then C2 for hot
 * code. `c1` stops at C1: a restarted (cold) JVM compiles far less while it plans its first queries,
 * and its compiled code runs slower for good. `late-c2` leaves code to C1 until it is ten times as
 * hot as by default: fewer C2 compilations while a cold JVM plans, C2 still for the hottest code.
 */
export const JIT_MODES = {
  tiered: [],
  c1: ['-XX:TieredStopAtLevel=1'],
  'late-c2': [
    '-XX:Tier4InvocationThreshold=50000',
    '-XX:Tier4CompileThreshold=150000',
    '-XX:Tier4BackEdgeThreshold=400000',
  ],
} as const satisfies Record<string, readonly string[]>;
export type JitMode = keyof typeof JIT_MODES;
export const DEFAULT_JIT: JitMode = 'tiered';

/** What an instance gets when neither the environment nor the caller says otherwise. */
export const RUNNER_DEFAULTS = {
  boltPort: 7687,
  httpPort: 7474,
  heap: '1g',
  pageCache: '1g',
  classSharing: true,
  jit: DEFAULT_JIT,
} as const satisfies Omit<RunnerSettings, 'home'>;

/** The JVM flags for `mode`. */
export function jitFlags(mode: JitMode): string[] {
  return [...JIT_MODES[mode]];
}

/** `env[name]` as one of JIT_MODES (`fallback` when unset or empty); anything else fails naming the variable. */
export function jitFromEnv(env: Env, name: string, fallback: JitMode): JitMode {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (Object.hasOwn(JIT_MODES, raw)) return raw as JitMode;
  throw new Neo4jRunnerError(
    `${name}="${raw}" is not a JIT mode: expected ${Object.keys(JIT_MODES).join(', ')}.`,
  );
}

/** A TCP port from `env[name]` (`fallback` when unset); anything else fails naming the variable. */
export function portFromEnv(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  return raw === undefined ? fallback : checkPort(name, raw);
}

/** A JVM/Neo4j memory size (`512m`, `1g`, `2G`) from `env[name]` (`fallback` when unset). */
export function memorySizeFromEnv(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined ? fallback : checkMemorySize(name, raw);
}

/** `raw` as a port number; fails naming `name` (an env var or an option) and quoting `raw`. */
export function checkPort(name: string, raw: string | number): number {
  const text = String(raw);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new Neo4jRunnerError(`${name}="${text}" is not a port: expected an integer from 1 to 65535.`);
  }
  return port;
}

/** `raw` if both -Xmx and server.memory.pagecache.size accept it (a bare number means bytes to the JVM). */
export function checkMemorySize(name: string, raw: string): string {
  const text = String(raw);
  if (!/^[1-9]\d*[kmg]$/i.test(text)) {
    throw new Neo4jRunnerError(
      `${name}="${text}" is not a memory size: expected a whole number followed by k, m or g, for example 512m or 2g.`,
    );
  }
  return text;
}

/** `env[name]` as on (`on`, the default when unset) or off (`off`); anything else fails naming the variable. */
export function switchFromEnv(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw new Neo4jRunnerError(`${name}="${raw}" is not a switch: expected on or off.`);
}

/** Runner settings from the environment; the README's configuration table lists each variable. */
export function optionsFromEnv(env: Env = process.env, root: string = projectRoot): RunnerSettings {
  const options = {
    home: join(resolve(root, env.CAREER_GRAPH_DATA_DIR || '.data'), 'neo4j'),
    boltPort: portFromEnv(env, 'NEO4J_BOLT_PORT', RUNNER_DEFAULTS.boltPort),
    httpPort: portFromEnv(env, 'NEO4J_HTTP_PORT', RUNNER_DEFAULTS.httpPort),
    heap: memorySizeFromEnv(env, 'NEO4J_HEAP', RUNNER_DEFAULTS.heap),
    pageCache: memorySizeFromEnv(env, 'NEO4J_PAGECACHE', RUNNER_DEFAULTS.pageCache),
    classSharing: switchFromEnv(env, 'NEO4J_CLASS_SHARING', RUNNER_DEFAULTS.classSharing),
    jit: jitFromEnv(env, 'NEO4J_JIT', RUNNER_DEFAULTS.jit),
  };
  if (options.httpPort === options.boltPort) {
    throw new Neo4jRunnerError(
      `NEO4J_HTTP_PORT="${options.httpPort}" is the Bolt port too: expected two different ports (defaults ${RUNNER_DEFAULTS.httpPort} and ${RUNNER_DEFAULTS.boltPort}).`,
    );
  }
  return options;
}
