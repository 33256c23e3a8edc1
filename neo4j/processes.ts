// Processes and ports. A process is the Neo4j of a home when its command line runs
// org.neo4j.server.CommunityEntryPoint with --home-dir=<home>; a pid file naming any other process
// (the JVM died, the machine rebooted, the pid was reused) is stale, is removed, and that process
// is never signalled.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import { type HomePaths, readText, removeIfUnchanged } from './home-files.js';

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** The fields of a /proc stat text after the command name (field 3, the state, first). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The fields of /proc/<pid>/stat after the command name, on Linux. */
function procStat(pid: number): string[] | undefined {
  const text = readText(`/proc/${pid}/stat`);
  return text ? statFields(text) : undefined;
}

/** Whether `pid` is a live process (a zombie, which nobody may have reaped, is not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false;
  }
  return process.platform !== 'linux' || (procStat(pid)?.[0] ?? 'Z') !== 'Z';
}

/** When `pid` started (clock ticks since boot) on Linux, else undefined: tells a reused pid apart. */
export function processStartTime(pid: number): string | undefined {
  return process.platform === 'linux' ? procStat(pid)?.[19] : undefined;
}

/**
 * CPU time process `pid` has used so far (user + system, in seconds) on Linux, else undefined:
 * benchmarks report a database's own work this way, which a busy machine's wall clock hides.
 */
export function processCpuSeconds(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const stat = readText(`/proc/${pid}/stat`);
  return stat ? statCpu(stat).seconds : undefined;
}

/**
 * The name and CPU-seconds (user + system) in a /proc stat text, of a process or of one of its
 * threads (/proc/<pid>/task/<tid>/stat): fields 14 and 15, in clock ticks of 1/100 s on Linux.
 */
export function statCpu(stat: string): { name: string; seconds: number } {
  const fields = statFields(stat);
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    seconds: (Number(fields[11]) + Number(fields[12])) / 100,
  };
}

/** Whether a thread's name is one of HotSpot's JIT compiler threads ("C1 CompilerThread0", cut to 15 characters by Linux). */
export function isJitThread(name: string): boolean {
  return /^C[12] CompilerThre/.test(name);
}

/** Name and CPU-seconds of each live thread of process `pid`, by thread id (Linux), else undefined. */
export function threadCpuSeconds(pid: number): Map<string, { name: string; seconds: number }> | undefined {
  if (process.platform !== 'linux') return undefined;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  const threads = new Map<string, { name: string; seconds: number }>();
  for (const task of tasks) {
    const stat = readText(`/proc/${pid}/task/${task}/stat`);
    if (stat) threads.set(task, statCpu(stat));
  }
  return threads;
}

/** CPU-seconds of each live JIT compiler thread of JVM `pid`, by thread id (Linux), else undefined. */
export function jitThreadCpuSeconds(pid: number): Map<string, number> | undefined {
  const threads = threadCpuSeconds(pid);
  if (!threads) return undefined;
  const jit = new Map<string, number>();
  for (const [task, thread] of threads) if (isJitThread(thread.name)) jit.set(task, thread.seconds);
  return jit;
}

/**
 * CPU-seconds process `pid`'s threads used between two readings of `threadCpuSeconds`, summed by
 * thread name without its trailing number ("C2 CompilerThre", "neo4j.BoltWorker-"), largest first:
 * where a JVM's time went (JIT, GC, query threads). A thread gone by `after` (HotSpot retires idle
 * compiler threads) is not counted, so each figure is a lower bound.
 */
export function threadCpuByGroup(
  before: ReadonlyMap<string, { name: string; seconds: number }>,
  after: ReadonlyMap<string, { name: string; seconds: number }>,
): [string, number][] {
  const groups = new Map<string, number>();
  for (const [task, thread] of after) {
    const group = thread.name.replace(/\d+$/, '');
    const used = thread.seconds - (before.get(task)?.seconds ?? 0);
    groups.set(group, (groups.get(group) ?? 0) + used);
  }
  return [...groups]
    .map(([group, seconds]): [string, number] => [group, Math.round(seconds * 100) / 100])
    .filter(([, seconds]) => seconds > 0)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * The CPU-seconds JIT compiler threads spent between `start` and `stop`, read by `read` (a JVM's
 * `jitThreadCpuSeconds`) every `intervalMs` in between. HotSpot retires an idle compiler thread
 * with its time, so a reading at the start and one at the end alone would lose every thread that
 * worked and retired in between; sampled, a thread loses only what it did after its last sample,
 * so the figure is a lower bound. On a freshly started Neo4j a large share of its CPU is the JVM
 * compiling Neo4j's own code, which benchmarks report apart from the work statements ask for.
 */
export class JitCpuMeter {
  private readonly baseline: Map<string, number> | undefined;
  private readonly latest = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly read: () => Map<string, number> | undefined,
    intervalMs = 500,
  ) {
    this.baseline = read();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Records the threads' time now (the timer calls it; tests may too). */
  sample(): void {
    for (const [thread, seconds] of this.read() ?? []) this.latest.set(thread, seconds);
  }

  /** Samples once more and stops; undefined when the threads could not be read at the start. */
  stop(): number | undefined {
    clearInterval(this.timer);
    this.sample();
    if (!this.baseline) return undefined;
    let seconds = 0;
    for (const [thread, latest] of this.latest) seconds += latest - (this.baseline.get(thread) ?? 0);
    return Math.round(seconds * 100) / 100;
  }
}

/**
 * Whether process `pid` is the Neo4j of `home`: its command line runs Neo4j's entry point with
 * this home. On Linux from /proc/<pid>/cmdline; elsewhere from `ps` (`platform` is for tests).
 */
export function isNeo4jProcess(
  pid: number,
  home: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
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
export function livePid(paths: HomePaths): { pid?: number; stale?: string } {
  const text = readText(paths.pid);
  if (text === undefined) return {};
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isNeo4jProcess(pid, paths.root)) return { pid };
  removeIfUnchanged(paths.pid, text);
  return { stale: text.trim() };
}

/** Resolves after `ms`; rejects with the signal's reason as soon as it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    if (signal?.aborted) {
      fail(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      fail(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function sendSignal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (errorCode(error) !== 'ESRCH') throw error;
  }
}

/**
 * SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone: true when it exited
 * on SIGTERM (cleanly), false when it had to be killed.
 */
export async function terminate(pid: number, graceMs: number): Promise<boolean> {
  sendSignal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (!isAlive(pid)) return true;
  sendSignal(pid, 'SIGKILL');
  const killDeadline = Date.now() + 10_000;
  while (isAlive(pid) && Date.now() < killDeadline) await sleep(100);
  return false;
}

/** Whether something accepts TCP connections on `port` (within 2 s). */
export function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
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
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
