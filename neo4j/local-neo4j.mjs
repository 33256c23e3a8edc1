// Runs Neo4j Community from Maven Central as a plain JVM process: no Docker, no tarball.
//
// Glossary
//   home      a folder holding one database instance: conf/, data/, logs/, run/, the generated
//             password, the pid of the running JVM (neo4j.pid) and, while a start is deciding
//             what to do, its lock (starting.lock). `.data/neo4j` for development, a temp folder
//             for each test run.
//   classpath the jars of org.neo4j:neo4j (and the Neo4j Browser), resolved once by Maven from
//             neo4j/pom.xml and cached in neo4j/.cache, keyed by the hash of the POM without
//             its comments.
//   ours      a process is this home's Neo4j when its command line runs
//             org.neo4j.server.CommunityEntryPoint with --home-dir=<home>; a pid file naming any
//             other process (the JVM died, the machine rebooted, the pid was reused) is stale, is
//             removed, and that process is never signalled.
//
// Contract: startNeo4j() is idempotent (a live instance in the same home is reused, and one that
// is still starting is waited for rather than started twice), returns once Bolt answers, and
// never prints or commits the password; it lives in <home>/password (mode 600). When a call
// fails or is aborted after spawning a JVM, it stops that JVM before rejecting.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { uptime } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const pomPath = join(here, 'pom.xml');
const cacheDir = join(here, '.cache');
const execFileAsync = promisify(execFile);

export const NEO4J_USER = 'neo4j';
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export class Neo4jRunnerError extends Error {}

// --- Configuration values ------------------------------------------------------------------------

/** A TCP port from `env[name]` (`fallback` when unset); anything else fails naming the variable. */
export function portFromEnv(env, name, fallback) {
  const raw = env[name];
  return raw === undefined ? fallback : checkPort(name, raw);
}

/** A JVM/Neo4j memory size (`512m`, `1g`, `2G`) from `env[name]` (`fallback` when unset). */
export function memorySizeFromEnv(env, name, fallback) {
  const raw = env[name];
  return raw === undefined ? fallback : checkMemorySize(name, raw);
}

function checkPort(name, raw) {
  const text = String(raw);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new Neo4jRunnerError(`${name}="${text}" is not a port: expected an integer from 1 to 65535.`);
  }
  return port;
}

function checkMemorySize(name, raw) {
  const text = String(raw);
  // What both -Xmx and server.memory.pagecache.size accept; a bare number means bytes to the JVM.
  if (!/^[1-9]\d*[kmg]$/i.test(text)) {
    throw new Neo4jRunnerError(
      `${name}="${text}" is not a memory size: expected a whole number followed by k, m or g, for example 512m or 2g.`,
    );
  }
  return text;
}

// --- Prerequisites -------------------------------------------------------------------------------

const ALTERNATIVE = 'or run everything with `docker compose up` instead';

/** What `cmd args` prints (Java prints its version on stderr), or null when `cmd` is not installed. */
function commandVersion(cmd, args) {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  return result.error ? null : `${result.stdout}${result.stderr}`;
}

/** Java's major version from `java -version` ("17.0.15" is 17, "1.8.0_292" is 8), or 0. */
function javaMajor(output) {
  const [, first, second] = /version "(\d+)(?:\.(\d+))?/.exec(output) ?? [];
  const major = Number(first === '1' ? second : first);
  return Number.isInteger(major) ? major : 0;
}

/** Fails with one line saying what to install when Java 17+ is missing. Cheap: run on every start. */
export function checkJava() {
  const java = commandVersion('java', ['-version']);
  const major = java === null ? 0 : javaMajor(java);
  if (major < 17) {
    const found =
      java === null ? 'no java on PATH' : major ? `Java ${major}` : 'a java whose version is unclear';
    throw new Neo4jRunnerError(
      `Neo4j 5.26 needs Java 17 or newer (found ${found}): install OpenJDK 17 (apt-get install openjdk-17-jre-headless), ${ALTERNATIVE}.`,
    );
  }
}

/** Fails with one line saying what to install when Java 17+ or Maven is missing. */
export function checkPrerequisites() {
  checkJava();
  if (!commandVersion('mvn', ['-v'])) {
    throw new Neo4jRunnerError(
      `Maven is needed once to fetch Neo4j from Maven Central (no mvn on PATH): install it (apt-get install maven), ${ALTERNATIVE}.`,
    );
  }
}

/** The JVM classpath for Neo4j, resolved by Maven the first time and cached afterwards. */
export async function resolveClasspath({ log = () => {}, signal } = {}) {
  // Keyed by what the POM says, not by its comments.
  const pom = readFileSync(pomPath, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const pomHash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cached = join(cacheDir, `classpath-${pomHash}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath.split(':').every((jar) => existsSync(jar))) return classpath;
  }
  checkPrerequisites();
  mkdirSync(cacheDir, { recursive: true });
  log('Resolving Neo4j from Maven Central (first run only)...');
  const output = `${cached}.${process.pid}.tmp`;
  try {
    await execFileAsync(
      'mvn',
      [
        '-B',
        '-q',
        '-Dstyle.color=never',
        '-f',
        pomPath,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${output}`,
      ],
      // Quiet Maven still prints colour resets; its output is only worth showing when it fails.
      { signal, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    rmSync(output, { force: true });
    if (signal?.aborted) throw signal.reason;
    const said = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Neo4jRunnerError(`Maven could not resolve Neo4j from ${pomPath}:\n${said}`);
  }
  const classpath = readFileSync(output, 'utf8').trim();
  writeFileAtomic(cached, classpath);
  rmSync(output, { force: true });
  return classpath;
}

// --- Files of a home -----------------------------------------------------------------------------

export function homePaths(home) {
  const root = resolve(home);
  return {
    root,
    conf: join(root, 'conf'),
    data: join(root, 'data'),
    logs: join(root, 'logs'),
    run: join(root, 'run'),
    password: join(root, 'password'),
    pid: join(root, 'neo4j.pid'),
    ports: join(root, 'ports.json'),
    lock: join(root, 'starting.lock'),
  };
}

/** The generated password of the instance in `home`, or undefined before its first start. */
export function readPassword(home) {
  const file = homePaths(home).password;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Write-then-rename, so a concurrent reader sees the old content or the new, never half of it. */
function writeFileAtomic(file, text, options) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, options);
  renameSync(temporary, file);
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Deletes `file` unless someone rewrote it since it held `text`. */
function removeIfUnchanged(file, text) {
  if (readText(file) === text) rmSync(file, { force: true });
}

function readPorts(paths) {
  try {
    return JSON.parse(readFileSync(paths.ports, 'utf8'));
  } catch {
    return undefined;
  }
}

// --- Processes -----------------------------------------------------------------------------------

/** The fields of /proc/<pid>/stat after the command name (field 3, the state, first), on Linux. */
function procStat(pid) {
  const text = readText(`/proc/${pid}/stat`);
  return text ? text.slice(text.lastIndexOf(')') + 2).split(' ') : undefined;
}

/** Whether `pid` is a live process (a zombie, which nobody may have reaped, is not). */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  return process.platform !== 'linux' || (procStat(pid)?.[0] ?? 'Z') !== 'Z';
}

/** When `pid` started (clock ticks since boot) on Linux, else undefined: tells a reused pid apart. */
function processStartTime(pid) {
  return process.platform === 'linux' ? procStat(pid)?.[19] : undefined;
}

/**
 * Whether process `pid` is the Neo4j of `home`: its command line runs Neo4j's entry point with
 * this home. On Linux from /proc/<pid>/cmdline; elsewhere from `ps` (`platform` is for tests).
 */
export function isNeo4jProcess(pid, home, platform = process.platform) {
  const homeArgument = `--home-dir=${resolve(home)}`;
  if (platform === 'linux') {
    const args = readText(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
    return args.includes(ENTRY_POINT) && args.includes(homeArgument);
  }
  const ps = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  if (ps.error || ps.status !== 0) return false;
  const line = ` ${ps.stdout.trim()} `;
  return line.includes(` ${ENTRY_POINT} `) && line.includes(` ${homeArgument} `);
}

/**
 * The pid of the home's running Neo4j, from its pid file. A pid file naming a dead process or
 * one that is not this Neo4j is removed and its content returned as `stale`.
 */
function livePid(paths) {
  const text = readText(paths.pid);
  if (text === undefined) return {};
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isNeo4jProcess(pid, paths.root)) return { pid };
  removeIfUnchanged(paths.pid, text);
  return { stale: text.trim() };
}

function sleep(ms, signal) {
  return new Promise((done, fail) => {
    if (signal?.aborted) {
      fail(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      fail(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function sendSignal(pid, name) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
async function terminate(pid, graceMs) {
  sendSignal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (!isAlive(pid)) return;
  sendSignal(pid, 'SIGKILL');
  const killDeadline = Date.now() + 10_000;
  while (isAlive(pid) && Date.now() < killDeadline) await sleep(100);
}

function canConnect(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      done(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** A TCP port that was free a moment ago, for throwaway instances. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

// --- The start lock ------------------------------------------------------------------------------

/**
 * Takes <home>/starting.lock, which a start holds from deciding that nothing runs in the home
 * until its JVM's pid is on disk (Maven's first resolution included), so that two starts never
 * set two passwords or spawn two JVMs on one store. A lock whose owner is gone (dead, or its pid
 * now belongs to a process that started later, or it predates the last boot) is taken over.
 * Returns the function that releases it.
 */
async function acquireStartLock(paths, { log, signal, timeoutMs }) {
  const mine = JSON.stringify({ pid: process.pid, started: processStartTime(process.pid) ?? null });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    signal?.throwIfAborted();
    try {
      writeFileSync(paths.lock, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const text = readText(paths.lock);
    if (text === undefined) continue;
    const owner = lockOwner(text);
    if (!owner || lockIsStale(paths.lock, owner)) {
      // An unreadable lock is one being written, unless it stays that way.
      if (owner || lockAgeMs(paths.lock) > 10_000) {
        removeIfUnchanged(paths.lock, text);
        continue;
      }
    } else if (Date.now() > deadline) {
      throw new Neo4jRunnerError(
        `Another start of the Neo4j in ${paths.root} (process ${owner.pid}) has not finished after ${Math.round(timeoutMs / 1000)}s; if no start is running, delete ${paths.lock}.`,
      );
    } else if (!told) {
      told = true;
      log(`Another start of this Neo4j is under way (process ${owner.pid}): waiting for it...`);
    }
    await sleep(250, signal);
  }
  // A process that exits while holding the lock (an uncaught error) leaves no lock behind; one
  // killed outright leaves a lock with a dead owner, which the next start takes over.
  const onExit = () => removeIfUnchanged(paths.lock, mine);
  process.on('exit', onExit);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    process.off('exit', onExit);
    removeIfUnchanged(paths.lock, mine);
  };
}

function lockOwner(text) {
  try {
    const owner = JSON.parse(text);
    return Number.isInteger(owner?.pid) && owner.pid > 0 ? owner : undefined;
  } catch {
    return undefined;
  }
}

function lockAgeMs(file) {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function lockIsStale(file, owner) {
  if (!isAlive(owner.pid)) return true;
  if (owner.started !== null && owner.started !== undefined) {
    const started = processStartTime(owner.pid);
    if (started !== undefined && started !== owner.started) return true;
  }
  return lockAgeMs(file) > uptime() * 1000;
}

// --- Start, stop, status -------------------------------------------------------------------------

function writeConfig(paths, { boltPort, httpPort, pageCache, transactionTimeout }) {
  mkdirSync(paths.conf, { recursive: true });
  const lines = [
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${join(paths.root, 'plugins')}`,
    `server.directories.import=${join(paths.root, 'import')}`,
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${pageCache}`,
    `db.transaction.timeout=${transactionTimeout}`,
    'db.logs.query.enabled=OFF',
  ];
  writeFileSync(join(paths.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

async function setInitialPassword(classpath, paths, signal) {
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
      `neo4j-admin could not set the initial password: ${String(error.stderr ?? '').trim()}`,
    );
  }
  writeFileSync(paths.password, `${password}\n`, { mode: 0o600 });
  return password;
}

async function waitForBolt(port, pid, logFile, timeoutMs, signal) {
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

/**
 * Starts (or reuses) the instance in `home`. Returns { uri, user, password, pid, reused, home,
 * httpPort }. Ports and memory come from the options, which callers fill from the environment.
 * `onSpawn({ pid, home })` is called as soon as this call has spawned a JVM (never for one it
 * reuses): from then on the caller owns it. Aborting `signal` gives up the start.
 */
export async function startNeo4j({
  home,
  boltPort = 7687,
  httpPort = 7474,
  heap = '1g',
  pageCache = '1g',
  transactionTimeout = '60s',
  startTimeoutMs = 120_000,
  log = () => {},
  signal,
  onSpawn = () => {},
  waitedForExiting = false,
} = {}) {
  checkPort('boltPort', boltPort);
  checkPort('httpPort', httpPort);
  checkMemorySize('heap', heap);
  checkMemorySize('pageCache', pageCache);
  checkJava();
  const paths = homePaths(home);
  mkdirSync(paths.root, { recursive: true });
  const logFile = join(paths.logs, 'console.log');

  const release = await acquireStartLock(paths, {
    log,
    signal,
    timeoutMs: Math.max(startTimeoutMs, 600_000),
  });
  let pid;
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
          return startNeo4j({
            home,
            boltPort,
            httpPort,
            heap,
            pageCache,
            transactionTimeout,
            startTimeoutMs,
            log,
            signal,
            onSpawn,
            waitedForExiting: true,
          });
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
    writeConfig(paths, { boltPort, httpPort, pageCache, transactionTimeout });
    if (!readPassword(home)) await setInitialPassword(classpath, paths, signal);
    signal?.throwIfAborted();

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
    pid = child.pid;
    onSpawn({ pid, home: paths.root });
    log(`Neo4j is starting (pid ${pid}): waiting for Bolt on port ${boltPort}...`);
    writeFileAtomic(paths.ports, JSON.stringify({ boltPort, httpPort }));
    writeFileAtomic(paths.pid, String(pid));
    release();
    await waitForBolt(boltPort, pid, logFile, startTimeoutMs, signal);
    return { ...connection(home, boltPort), pid, reused: false, httpPort };
  } catch (error) {
    // What this call spawned and does not hand over, it stops.
    if (pid) await stopSpawned(paths, pid, 30_000);
    throw error;
  } finally {
    release();
  }
}

async function stopSpawned(paths, pid, graceMs) {
  if (isAlive(pid)) await terminate(pid, graceMs);
  removeIfUnchanged(paths.pid, String(pid));
}

function connection(home, boltPort) {
  return {
    home: homePaths(home).root,
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: NEO4J_USER,
    password: readPassword(home),
  };
}

/**
 * Stops the instance in `home` (SIGTERM, then SIGKILL after the grace period) and deletes its pid
 * file; returns whether one was running. A process that is not this Neo4j is never signalled.
 * Data stays on disk.
 */
export async function stopNeo4j({ home, graceMs = 60_000 } = {}) {
  const paths = homePaths(home);
  const { pid } = livePid(paths);
  if (!pid) return false;
  await stopSpawned(paths, pid, graceMs);
  return true;
}

/**
 * `running` once Bolt answers, `starting` while the JVM runs but Bolt does not answer yet;
 * `stalePid` when a stale pid file was found (and removed).
 */
export async function neo4jStatus({ home } = {}) {
  const paths = homePaths(home);
  const { pid, stale } = livePid(paths);
  const base = { home: paths.root, ...(stale === undefined ? {} : { stalePid: stale }) };
  const ports = pid ? readPorts(paths) : undefined;
  if (!pid || !ports) return { running: false, ...base };
  const running = await canConnect(ports.boltPort);
  return {
    running,
    starting: !running,
    pid,
    uri: `bolt://127.0.0.1:${ports.boltPort}`,
    httpPort: ports.httpPort,
    ...base,
  };
}

/** Runner options from the environment; the README's configuration table lists each variable. */
export function optionsFromEnv(env = process.env, projectRoot = resolve(here, '..')) {
  const options = {
    home: join(resolve(projectRoot, env.CAREER_GRAPH_DATA_DIR || '.data'), 'neo4j'),
    boltPort: portFromEnv(env, 'NEO4J_BOLT_PORT', 7687),
    httpPort: portFromEnv(env, 'NEO4J_HTTP_PORT', 7474),
    heap: memorySizeFromEnv(env, 'NEO4J_HEAP', '1g'),
    pageCache: memorySizeFromEnv(env, 'NEO4J_PAGECACHE', '1g'),
  };
  if (options.httpPort === options.boltPort) {
    throw new Neo4jRunnerError(
      `NEO4J_HTTP_PORT="${options.httpPort}" is the Bolt port too: expected two different ports (defaults 7474 and 7687).`,
    );
  }
  return options;
}
