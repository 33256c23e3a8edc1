import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_JIT,
  freePort,
  homePaths,
  isNeo4jProcess,
  JIT_MODES,
  neo4jStatus,
  optionsFromEnv,
  type RunningNeo4j,
  startNeo4j,
  stopNeo4j,
} from '../../neo4j/local-neo4j.js';
import { isAlive, neo4jPidsOf, runCli, runMain, waitForOutput } from './run-child.js';

// One home on free ports, driven through the runner's functions, `npm run db:*` (neo4j/cli.ts) and
// src/main.ts in turn (main with a web build that fails at once: no Vite here, and an early
// build failure must neither crash main nor leave its database behind). The tests run in order and share the database; JVM starts are few:
// two at once (one JVM), main's full start that fails at seeding, main's start cut short by
// Ctrl-C, and the restart that finds the graph still there.
const dataDir = mkdtempSync(join(tmpdir(), 'career-graph-runner-'));
const home = join(dataDir, 'neo4j');
const paths = homePaths(home);
let env: Record<string, string | undefined>;
let sleeper: ChildProcess | undefined;
let firstPid = 0;

beforeAll(async () => {
  env = {
    ...process.env,
    CAREER_GRAPH_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '256m',
    NEO4J_URI: undefined,
    NEO4J_USER: undefined,
    NEO4J_PASSWORD: undefined,
    NEO4J_DATABASE: undefined,
    PORT: String(await freePort()),
    CAREER_GRAPH_TOKEN: 'runner-lifecycle-token',
    // Fails seeding, i.e. after the database is up: what main does on a failed start-up.
    CAREER_GRAPH_SEED_DIR: join(dataDir, 'no-such-seed'),
  };
});

afterAll(async () => {
  await stopNeo4j({ home, graceMs: 10_000 });
  sleeper?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function pidFile(): string | undefined {
  return existsSync(paths.pid) ? readFileSync(paths.pid, 'utf8') : undefined;
}

async function withSession<T>(db: RunningNeo4j, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password ?? ''));
  const session = driver.session();
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** The JVM's command-line flags, as the running Neo4j reports them (JMX). */
async function jvmArguments(db: RunningNeo4j): Promise<string[]> {
  return withSession(db, async (session) => {
    const result = await session.run(
      "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.InputArguments.value AS args",
    );
    return result.records[0]?.get('args') as string[];
  });
}

/** Which of JIT_MODES a JVM's flags say it runs in: of the flags any mode sets, exactly that mode's. */
function jitModeOf(args: string[]): string[] {
  const used = new Set<string>(Object.values(JIT_MODES).flat());
  return Object.entries(JIT_MODES)
    .filter(([, flags]) =>
      [...used].every((flag) => args.includes(flag) === (flags as readonly string[]).includes(flag)),
    )
    .map(([mode]) => mode);
}

/** A process that has nothing to do with Neo4j, for a stale pid file to name. */
function unrelatedProcess(): number {
  sleeper ??= spawn('sleep', ['600'], { stdio: 'ignore' });
  expect(sleeper.pid).toBeGreaterThan(0);
  return sleeper.pid ?? 0;
}

describe('the local Neo4j runner', () => {
  it('runs one JVM when two db:start run at once: the second waits for the first and reuses it', async () => {
    const started = Date.now();
    const [first, second] = await Promise.all([runCli('start', env), runCli('start', env)]);
    console.log(`two concurrent db:start: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect([first?.code, second?.code]).toEqual([0, 0]);
    const said = [first?.stdout ?? '', second?.stdout ?? ''];
    const uri = `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;
    expect(said.filter((out) => out.includes(`Neo4j started: ${uri}`))).toHaveLength(1);
    expect(said.filter((out) => out.includes(`Neo4j already running: ${uri}`))).toHaveLength(1);

    const jvms = neo4jPidsOf(home);
    expect(jvms).toHaveLength(1);
    firstPid = jvms[0] ?? 0;
    expect(pidFile()).toBe(String(firstPid));
    expect(existsSync(paths.lock)).toBe(false);
  }, 240_000);

  it('reuses the running database on another start: same pid, reported as reused', async () => {
    const db = await startNeo4j(optionsFromEnv(env));
    expect({ pid: db.pid, reused: db.reused, uri: db.uri }).toEqual({
      pid: firstPid,
      reused: true,
      uri: `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`,
    });
    expect(neo4jPidsOf(home)).toEqual([firstPid]);
    await withSession(db, (session) => session.run('CREATE (:RunnerCheck {id: $id})', { id: 'kept' }));
    expect(jitModeOf(await jvmArguments(db))).toEqual([DEFAULT_JIT]);
  }, 120_000);

  it('reports a running database, and knows its JVM from any other process', async () => {
    expect(await neo4jStatus({ home })).toEqual({
      running: true,
      starting: false,
      pid: firstPid,
      uri: `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`,
      httpPort: Number(env.NEO4J_HTTP_PORT),
      home: paths.root,
    });
    const status = await runCli('status', env);
    expect(status.code).toBe(0);
    expect(status.stdout).toBe(
      `Neo4j running: bolt://127.0.0.1:${env.NEO4J_BOLT_PORT} (pid ${firstPid}, data in ${paths.root})\n`,
    );
    // /proc/<pid>/cmdline on Linux, `ps` elsewhere: both must agree.
    for (const platform of ['linux', 'darwin'] as const) {
      expect(isNeo4jProcess(firstPid, home, platform), platform).toBe(true);
      expect(isNeo4jProcess(firstPid, `${home}-other`, platform), platform).toBe(false);
      expect(isNeo4jProcess(process.pid, home, platform), platform).toBe(false);
    }
  });

  it('npm start leaves a database it did not start running when its start-up fails', async () => {
    const main = runMain(env, { failingWebBuild: true });
    const result = await main.done;
    expect(result.stdout).toContain(`Neo4j already running at bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`);
    expect(result.stdout).not.toContain('Stopping the Neo4j');
    expect(result.code).toBe(1);
    expect(
      result.stderr.startsWith(`[career-graph] The seed in ${env.CAREER_GRAPH_SEED_DIR} did not load:\n`),
    ).toBe(true);
    expect(neo4jPidsOf(home)).toEqual([firstPid]);
    expect((await neo4jStatus({ home })).running).toBe(true);
  }, 120_000);

  it('stops it, deletes the pid file, and then reports it stopped', async () => {
    const started = Date.now();
    expect(await stopNeo4j({ home })).toBe(true);
    console.log(`stop: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(isAlive(firstPid)).toBe(false);
    expect(pidFile()).toBeUndefined();
    expect(await neo4jStatus({ home })).toEqual({ running: false, home: paths.root });
    const status = await runCli('status', env);
    expect({ code: status.code, stdout: status.stdout }).toEqual({
      code: 3,
      stdout: `Neo4j not running (data in ${paths.root}).\n`,
    });
    expect((await runCli('stop', env)).stdout).toBe('Neo4j was not running.\n');
  }, 120_000);

  it('never signals the unrelated process a stale pid file names, and reports not running', async () => {
    const pid = unrelatedProcess();
    writeFileSync(paths.pid, String(pid));
    expect(await neo4jStatus({ home })).toEqual({ running: false, home: paths.root, stalePid: String(pid) });
    expect(pidFile()).toBeUndefined();

    writeFileSync(paths.pid, String(pid));
    expect(await stopNeo4j({ home, graceMs: 1_000 })).toBe(false);
    expect(pidFile()).toBeUndefined();

    writeFileSync(paths.pid, String(pid));
    const stop = await runCli('stop', env);
    expect({ code: stop.code, stdout: stop.stdout }).toEqual({ code: 0, stdout: 'Neo4j was not running.\n' });
    writeFileSync(paths.pid, String(pid));
    const status = await runCli('status', env);
    expect({ code: status.code, stdout: status.stdout }).toEqual({
      code: 3,
      stdout: `Neo4j not running (data in ${paths.root}); removed a stale neo4j.pid (process ${pid} is not this Neo4j).\n`,
    });

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(isAlive(pid)).toBe(true);
    expect(sleeper?.exitCode).toBeNull();
    expect(sleeper?.signalCode).toBeNull();
  }, 60_000);

  it('npm start stops the database it started when its start-up fails later', async () => {
    const pid = unrelatedProcess();
    writeFileSync(paths.pid, String(pid));
    const main = runMain(env, { failingWebBuild: true });
    const [, spawned] = await waitForOutput(main, /Neo4j is starting \(pid (\d+)\)/, 120_000);
    const result = await main.done;
    expect(result.stdout).toContain(`Removed a stale ${paths.pid} (process ${pid} is not this Neo4j).`);
    expect(result.stdout).toContain('[career-graph] Stopping the Neo4j this run started...');
    expect(result.code).toBe(1);
    expect(
      result.stderr.startsWith(`[career-graph] The seed in ${env.CAREER_GRAPH_SEED_DIR} did not load:\n`),
    ).toBe(true);
    expect(isAlive(Number(spawned))).toBe(false);
    expect(neo4jPidsOf(home)).toEqual([]);
    expect(pidFile()).toBeUndefined();
    expect(isAlive(pid)).toBe(true);
  }, 180_000);

  it('npm start stops the database it started when Ctrl-C comes during start-up', async () => {
    const main = runMain(env, { failingWebBuild: true });
    const [, spawned] = await waitForOutput(main, /Neo4j is starting \(pid (\d+)\)/, 120_000);
    const interrupted = Date.now();
    main.child.kill('SIGINT');
    const result = await main.done;
    console.log(`Ctrl-C during start-up to exit: ${((Date.now() - interrupted) / 1000).toFixed(1)} s`);
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 130,
      stderr: '[career-graph] Start-up interrupted by SIGINT; stopped the Neo4j it had started.\n',
    });
    expect(isAlive(Number(spawned))).toBe(false);
    expect(neo4jPidsOf(home)).toEqual([]);
    expect(pidFile()).toBeUndefined();
    expect(existsSync(paths.lock)).toBe(false);
  }, 180_000);

  it('keeps the graph across a stop and a start, in the JIT mode NEO4J_JIT names', async () => {
    const started = Date.now();
    const other = DEFAULT_JIT === 'c1' ? 'tiered' : 'c1';
    const db = await startNeo4j({ ...optionsFromEnv({ ...env, NEO4J_JIT: other }), log: () => {} });
    console.log(`start: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(db.reused).toBe(false);
    expect(db.pid).not.toBe(firstPid);
    expect(neo4jPidsOf(home)).toEqual([db.pid]);
    const ids = await withSession(db, async (session) => {
      const result = await session.run('MATCH (n:RunnerCheck) RETURN n.id AS id');
      return result.records.map((record) => record.get('id'));
    });
    expect(ids).toEqual(['kept']);
    expect(jitModeOf(await jvmArguments(db))).toEqual([other]);
    expect(await stopNeo4j({ home })).toBe(true);
    expect(neo4jPidsOf(home)).toEqual([]);
  }, 180_000);
});
