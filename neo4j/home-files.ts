// The files of a home: a folder holding one database instance (conf/, data/, logs/, run/), the
// generated password, the pid of the running JVM (neo4j.pid), the ports it was started with
// (ports.json) and, while a start is deciding what to do, its lock (starting.lock). `.data/neo4j`
// for development, a temp folder for each test run.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type WriteFileOptions,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { Neo4jRunnerError } from './runner-error.js';

export interface HomePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  password: string;
  pid: string;
  ports: string;
  lock: string;
}

export interface HomePorts {
  boltPort: number;
  httpPort: number;
}

export function homePaths(home: string): HomePaths {
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

/** The JVM's stdout and stderr, which errors point at. */
export function consoleLog(paths: HomePaths): string {
  return join(paths.logs, 'console.log');
}

/** The generated password of the instance in `home`, or undefined before its first start. */
export function readPassword(home: string): string | undefined {
  const file = homePaths(home).password;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Saves a new password, readable by its owner only. */
export function writePassword(paths: HomePaths, password: string): void {
  writeFileSync(paths.password, `${password}\n`, { mode: 0o600 });
}

/** Write-then-rename, so a concurrent reader sees the old content or the new, never half of it. */
export function writeFileAtomic(file: string, text: string, options?: WriteFileOptions): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, options);
  renameSync(temporary, file);
}

/** The file's text, or undefined when it cannot be read (missing, or removed meanwhile). */
export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Deletes `file` unless someone rewrote it since it held `text`. */
export function removeIfUnchanged(file: string, text: string): void {
  if (readText(file) === text) rmSync(file, { force: true });
}

/** The ports the running instance was started with, or undefined when the file is missing or unreadable. */
export function readPorts(paths: HomePaths): HomePorts | undefined {
  try {
    return JSON.parse(readFileSync(paths.ports, 'utf8')) as HomePorts;
  } catch {
    return undefined;
  }
}

/** Records the ports and then the pid of a JVM just spawned, in that order: a pid file means ports are known. */
export function writeRunning(paths: HomePaths, pid: number, ports: HomePorts): void {
  writeFileAtomic(paths.ports, JSON.stringify(ports));
  writeFileAtomic(paths.pid, String(pid));
}

export interface ConfigValues extends HomePorts {
  pageCache: string;
  transactionTimeout: string;
  /** More settings, written after the runner's own (a later line wins in neo4j.conf). */
  settings?: Record<string, string>;
}

/** A setting's name as Neo4j spells them; anything else (a newline, `=`) could write another setting. */
const SETTING_NAME = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** conf/neo4j.conf: everything in the home, listening on localhost only, no telemetry. */
export function writeConfig(
  paths: HomePaths,
  { boltPort, httpPort, pageCache, transactionTimeout, settings = {} }: ConfigValues,
): void {
  for (const [name, value] of Object.entries(settings)) {
    if (!SETTING_NAME.test(name) || /[\r\n]/.test(value)) {
      throw new Neo4jRunnerError(
        `Neo4j setting ${JSON.stringify(name)}=${JSON.stringify(value)} cannot be written: expected a dotted lower-case name and a one-line value.`,
      );
    }
  }
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
    ...Object.entries(settings).map(([name, value]) => `${name}=${value}`),
  ];
  writeFileSync(join(paths.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}
