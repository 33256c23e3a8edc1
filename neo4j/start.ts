// Contract: startNeo4j() is idempotent (a live instance in the same home is reused, and one that
// is still starting is waited for rather than started twice), returns once Bolt answers, and
// never prints or commits the password; it lives in <home>/password (mode 600). When a call
// fails or is aborted after spawning a JVM, it stops that JVM before rejecting.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { promisify } from 'node:util';
import { classSharing, classSharingArchive, noteRecording, promoteRecording } from './class-sharing.js';
import { checkJava, resolveClasspath } from './classpath.js';
import {
  consoleLog,
  type HomePaths,
  homePaths,
  readPassword,
  readPorts,
  writeConfig,
  writePassword,
  writeRunning,
} from './home-files.js';
import { classpathCacheDir } from './neo4j-paths.js';
import { canConnect, ENTRY_POINT, isAlive, livePid, sleep } from './processes.js';
import { Neo4jRunnerError } from './runner-error.js';
import { checkMemorySize, checkPort, type JitMode, jitFlags, RUNNER_DEFAULTS } from './runner-options.js';
import { acquireStartLock } from './start-lock.js';
import { stopProcess } from './stop.js';

const execFileAsync = promisify(execFile);

export const NEO4J_USER = 'neo4j';

export interface RunnerOptions {
  home: string;
  boltPort?: number;
  httpPort?: number;
  heap?: string;
  pageCache?: string;
  transactionTimeout?: string;
  startTimeoutMs?: number;
  /** Class-data sharing for the JVM (class-sharing.ts); default on. */
  classSharing?: boolean;
  /** HotSpot's compilers (runner-options.ts JIT_MODES); default RUNNER_DEFAULTS.jit. */
  jit?: JitMode;
  /** More JVM flags, after the runner's own (a later flag wins). */
  jvmFlags?: string[];
  /** More neo4j.conf settings, after the runner's own. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
  /** Aborting it gives up the start (rejecting with its reason); a JVM this call spawned is stopped first. */
  signal?: AbortSignal;
  /** Called as soon as this call has spawned a JVM (never for one it reuses): the caller owns it. */
  onSpawn?: (spawned: { pid: number; home: string }) => void;
}

export interface RunningNeo4j {
  home: string;
  uri: string;
  user: string;
  password: string | undefined;
  pid: number;
  reused: boolean;
  httpPort: number;
}

async function setInitialPassword(classpath: string, paths: HomePaths, signal?: AbortSignal): Promise<void> {
  // Hex, so it never starts with "-" (which neo4j-admin would read as an option).
  const password = randomBytes(20).toString('hex');
  try {
    await execFileAsync(
      'java',
      ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      {
        signal,
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
      },
    );
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // The command line holds the password: report only what neo4j-admin said.
    throw new Neo4jRunnerError(
      `neo4j-admin could not set the initial password: ${String((error as { stderr?: string }).stderr ?? '').trim()}`,
    );
  }
  writePassword(paths, password);
}

async function waitForBolt(
  port: number,
  pid: number,
  logFile: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (!isAlive(pid)) {
      throw new Neo4jRunnerError(`Neo4j exited while starting; see ${logFile}.`);
    }
    if (await canConnect(port)) return;
    await sleep(250, signal);
  }
  throw new Neo4jRunnerError(
    `Neo4j did not open Bolt on port ${port} within ${timeoutMs / 1000}s; see ${logFile}.`,
  );
}

/** Spawns the JVM detached, its output appended to logs/console.log; returns its pid. */
function spawnJvm(classpath: string, paths: HomePaths, heap: string, extraFlags: string[]): number {
  const logFile = consoleLog(paths);
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djdk.tls.ephemeralDHKeySize=2048',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      ...extraFlags,
      '-cp',
      classpath,
      ENTRY_POINT,
      `--home-dir=${paths.root}`,
      `--config-dir=${paths.conf}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
    },
  );
  closeSync(out);
  child.on('error', () => {});
  child.unref();
  if (!child.pid) throw new Neo4jRunnerError(`Could not run java to start Neo4j; see ${logFile}.`);
  return child.pid;
}

function connection(
  home: string,
  boltPort: number,
): Pick<RunningNeo4j, 'home' | 'uri' | 'user' | 'password'> {
  return {
    home: homePaths(home).root,
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: NEO4J_USER,
    password: readPassword(home),
  };
}

/**
 * Starts (or reuses) the instance in `home`. Ports and memory come from the options, which callers
 * fill from the environment. `onSpawn({ pid, home })` is called as soon as this call has spawned a
 * JVM (never for one it reuses): from then on the caller owns it. Aborting `signal` gives up the start.
 */
export function startNeo4j(options: RunnerOptions): Promise<RunningNeo4j> {
  return start(options, false);
}

async function start(
  {
    home,
    boltPort = RUNNER_DEFAULTS.boltPort,
    httpPort = RUNNER_DEFAULTS.httpPort,
    heap = RUNNER_DEFAULTS.heap,
    pageCache = RUNNER_DEFAULTS.pageCache,
    transactionTimeout = '60s',
    startTimeoutMs = 120_000,
    classSharing: sharingEnabled = RUNNER_DEFAULTS.classSharing,
    jit = RUNNER_DEFAULTS.jit,
    jvmFlags = [],
    settings = {},
    log = () => {},
    signal,
    onSpawn = () => {},
  }: RunnerOptions,
  waitedForExiting: boolean,
): Promise<RunningNeo4j> {
  checkPort('boltPort', boltPort);
  checkPort('httpPort', httpPort);
  checkMemorySize('heap', heap);
  checkMemorySize('pageCache', pageCache);
  const compilers = jitFlags(jit);
  const javaVersion = checkJava();
  const paths = homePaths(home);
  mkdirSync(paths.root, { recursive: true });
  const logFile = consoleLog(paths);

  const release = await acquireStartLock(paths, {
    log,
    signal,
    timeoutMs: Math.max(startTimeoutMs, 600_000),
  });
  let pid: number | undefined;
  try {
    const running = livePid(paths);
    if (running.stale) log(`Removed a stale ${paths.pid} (process ${running.stale} is not this Neo4j).`);
    const ports = running.pid ? readPorts(paths) : undefined;
    if (running.pid && ports) {
      // Running, or still starting for another caller: wait for its Bolt rather than start a second JVM.
      release();
      if (!(await canConnect(ports.boltPort))) {
        log(`Neo4j (pid ${running.pid}) is still starting: waiting for Bolt on port ${ports.boltPort}...`);
        try {
          await waitForBolt(ports.boltPort, running.pid, logFile, startTimeoutMs, signal);
        } catch (error) {
          // It was stopping rather than starting (a previous run shutting it down): once it is
          // gone, start our own, once.
          if (waitedForExiting || isAlive(running.pid) || signal?.aborted) throw error;
          log(`Neo4j (pid ${running.pid}) has exited: starting it again.`);
          return start(
            {
              home,
              boltPort,
              httpPort,
              heap,
              pageCache,
              transactionTimeout,
              startTimeoutMs,
              classSharing: sharingEnabled,
              jit,
              jvmFlags,
              settings,
              log,
              signal,
              onSpawn,
            },
            true,
          );
        }
      }
      return {
        ...connection(home, ports.boltPort),
        pid: running.pid,
        reused: true,
        httpPort: ports.httpPort,
      };
    }
    if (running.pid) {
      throw new Neo4jRunnerError(
        `Neo4j runs in ${paths.root} (pid ${running.pid}) but ${paths.ports} is missing: stop it with "npm run db:stop".`,
      );
    }
    if (await canConnect(boltPort)) {
      throw new Neo4jRunnerError(
        `Port ${boltPort} is already in use by another program: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that database.`,
      );
    }
    if (await canConnect(httpPort)) {
      throw new Neo4jRunnerError(
        `Port ${httpPort} is already in use by another program: set NEO4J_HTTP_PORT to a free port.`,
      );
    }
    const classpath = await resolveClasspath({ log, signal });
    mkdirSync(paths.logs, { recursive: true });
    writeConfig(paths, { boltPort, httpPort, pageCache, transactionTimeout, settings });
    if (!readPassword(home)) await setInitialPassword(classpath, paths, signal);
    signal?.throwIfAborted();

    // A recording noted by a JVM of this home that is gone without a clean stop is not trusted.
    promoteRecording(paths, false);
    const sharing = classSharing(classSharingArchive(classpathCacheDir, javaVersion, classpath), {
      enabled: sharingEnabled,
    });
    mkdirSync(paths.run, { recursive: true });
    noteRecording(paths, sharing);
    pid = spawnJvm(classpath, paths, heap, [...(sharing?.flags ?? []), ...compilers, ...jvmFlags]);
    onSpawn({ pid, home: paths.root });
    log(`Neo4j is starting (pid ${pid}): waiting for Bolt on port ${boltPort}...`);
    writeRunning(paths, pid, { boltPort, httpPort });
    release();
    await waitForBolt(boltPort, pid, logFile, startTimeoutMs, signal);
    return { ...connection(home, boltPort), pid, reused: false, httpPort };
  } catch (error) {
    // What this call spawned and does not hand over, it stops.
    if (pid) await stopProcess(paths, pid, 30_000);
    throw error;
  } finally {
    release();
  }
}
