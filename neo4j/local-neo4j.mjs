// Runs Neo4j Community from Maven Central as a plain JVM process: no Docker, no tarball.
//
// Glossary
//   home      a folder holding one database instance: conf/, data/, logs/, run/, the generated
//             password and the pid of the running JVM. `.data/neo4j` for development, a temp
//             folder for each test run.
//   classpath the jars of org.neo4j:neo4j (and the Neo4j Browser), resolved once by Maven from
//             neo4j/pom.xml and cached in neo4j/.cache, keyed by the POM's hash.
//
// Contract: startNeo4j() is idempotent (a live instance in the same home is reused), returns once
// Bolt answers, and never prints or commits the password; it lives in <home>/password (mode 600).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pomPath = join(here, 'pom.xml');
const cacheDir = join(here, '.cache');

export const NEO4J_USER = 'neo4j';

export class Neo4jRunnerError extends Error {}

/** What `cmd args` prints (Java prints its version on stderr), or null when `cmd` is not installed. */
function commandVersion(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return result.error ? null : `${result.stdout}${result.stderr}`;
}

/** Fails with one line saying what to install when Java 17+ or Maven is missing. */
export function checkPrerequisites() {
  const alternative = 'or run everything with `docker compose up` instead';
  const java = commandVersion('java', ['-version']);
  const major = java ? Number(/version "(\d+)/.exec(java)?.[1] ?? 0) : 0;
  if (major < 17) {
    throw new Neo4jRunnerError(
      `Neo4j 5.26 needs Java 17 or newer (found ${java ? `Java ${major}` : 'no java on PATH'}): install OpenJDK 17 (apt-get install openjdk-17-jre-headless), ${alternative}.`,
    );
  }
  if (!commandVersion('mvn', ['-v'])) {
    throw new Neo4jRunnerError(
      `Maven is needed once to fetch Neo4j from Maven Central (no mvn on PATH): install it (apt-get install maven), ${alternative}.`,
    );
  }
}

/** The JVM classpath for Neo4j, resolved by Maven the first time and cached afterwards. */
export function resolveClasspath({ log = () => {} } = {}) {
  const pomHash = createHash('sha256').update(readFileSync(pomPath)).digest('hex').slice(0, 16);
  const cached = join(cacheDir, `classpath-${pomHash}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath.split(':').every((jar) => existsSync(jar))) return classpath;
  }
  checkPrerequisites();
  mkdirSync(cacheDir, { recursive: true });
  log('Resolving Neo4j from Maven Central (first run only)...');
  const output = `${cached}.tmp`;
  try {
    execFileSync(
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
      { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const said = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Neo4jRunnerError(`Maven could not resolve Neo4j from ${pomPath}:\n${said}`);
  }
  const classpath = readFileSync(output, 'utf8').trim();
  writeFileSync(cached, classpath);
  rmSync(output, { force: true });
  return classpath;
}

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
  };
}

/** The generated password of the instance in `home`, or undefined before its first start. */
export function readPassword(home) {
  const file = homePaths(home).password;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(home) {
  const file = homePaths(home).pid;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

function canConnect(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
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

function setInitialPassword(classpath, paths) {
  // Hex, so it never starts with "-" (which neo4j-admin would read as an option).
  const password = randomBytes(20).toString('hex');
  try {
    execFileSync(
      'java',
      ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      {
        env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    // The command line holds the password: report only what neo4j-admin said.
    throw new Neo4jRunnerError(
      `neo4j-admin could not set the initial password: ${String(error.stderr ?? '').trim()}`,
    );
  }
  writeFileSync(paths.password, `${password}\n`, { mode: 0o600 });
  return password;
}

async function waitForBolt(port, pid, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new Neo4jRunnerError(`Neo4j exited while starting; see ${logFile}.`);
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Neo4jRunnerError(
    `Neo4j did not open Bolt on port ${port} within ${timeoutMs / 1000}s; see ${logFile}.`,
  );
}

/**
 * Starts (or reuses) the instance in `home`. Returns { uri, user, password, pid, reused, home }.
 * Ports and memory come from the options, which callers fill from the environment.
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
} = {}) {
  const paths = homePaths(home);
  const running = readPid(home);
  if (running && existsSync(paths.ports)) {
    const ports = JSON.parse(readFileSync(paths.ports, 'utf8'));
    if (await canConnect(ports.boltPort)) {
      return { ...connection(home, ports.boltPort), pid: running, reused: true, httpPort: ports.httpPort };
    }
  }
  if (await canConnect(boltPort)) {
    throw new Neo4jRunnerError(
      `Port ${boltPort} is already in use by another program: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use that database.`,
    );
  }
  const classpath = resolveClasspath({ log });
  mkdirSync(paths.logs, { recursive: true });
  writeConfig(paths, { boltPort, httpPort, pageCache, transactionTimeout });
  if (!readPassword(home)) setInitialPassword(classpath, paths);

  const logFile = join(paths.logs, 'console.log');
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
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.root}`,
      `--config-dir=${paths.conf}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
    },
  );
  child.unref();
  writeFileSync(paths.pid, String(child.pid));
  writeFileSync(paths.ports, JSON.stringify({ boltPort, httpPort }));
  await waitForBolt(boltPort, child.pid, logFile, startTimeoutMs);
  return { ...connection(home, boltPort), pid: child.pid, reused: false, httpPort };
}

function connection(home, boltPort) {
  return {
    home: homePaths(home).root,
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: NEO4J_USER,
    password: readPassword(home),
  };
}

/** Stops the instance in `home` (SIGTERM, then SIGKILL after the grace period). Data stays on disk. */
export async function stopNeo4j({ home, graceMs = 60_000 } = {}) {
  const pid = readPid(home);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

export async function neo4jStatus({ home } = {}) {
  const pid = readPid(home);
  const paths = homePaths(home);
  if (!pid || !existsSync(paths.ports)) return { running: false, home: paths.root };
  const { boltPort, httpPort } = JSON.parse(readFileSync(paths.ports, 'utf8'));
  return {
    running: await canConnect(boltPort),
    pid,
    uri: `bolt://127.0.0.1:${boltPort}`,
    httpPort,
    home: paths.root,
  };
}

/** Runner options from the environment; the README's configuration table lists each variable. */
export function optionsFromEnv(env = process.env, projectRoot = resolve(here, '..')) {
  return {
    home: join(resolve(projectRoot, env.CAREER_GRAPH_DATA_DIR ?? '.data'), 'neo4j'),
    boltPort: Number(env.NEO4J_BOLT_PORT ?? 7687),
    httpPort: Number(env.NEO4J_HTTP_PORT ?? 7474),
    heap: env.NEO4J_HEAP ?? '1g',
    pageCache: env.NEO4J_PAGECACHE ?? '1g',
  };
}
