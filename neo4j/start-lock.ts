import { statSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { type HomePaths, readText, removeIfUnchanged } from './home-files.js';
import { isAlive, processStartTime, sleep } from './processes.js';
import { Neo4jRunnerError } from './runner-error.js';

interface LockOwner {
  pid: number;
  /** processStartTime of the owner when it took the lock (null where unknown). */
  started?: string | null;
}

export interface StartLockOptions {
  log: (line: string) => void;
  signal?: AbortSignal;
  timeoutMs: number;
}

/**
 * Takes <home>/starting.lock, which a start holds from deciding that nothing runs in the home
 * until its JVM's pid is on disk (Maven's first resolution included), so that two starts never
 * set two passwords or spawn two JVMs on one store. A lock whose owner is gone (dead, or its pid
 * now belongs to a process that started later, or it predates the last boot) is taken over.
 * Returns the function that releases it (idempotent).
 */
export async function acquireStartLock(
  paths: HomePaths,
  { log, signal, timeoutMs }: StartLockOptions,
): Promise<() => void> {
  const mine = JSON.stringify({ pid: process.pid, started: processStartTime(process.pid) ?? null });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    signal?.throwIfAborted();
    try {
      writeFileSync(paths.lock, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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

function lockOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner> | null;
    return Number.isInteger(owner?.pid) && (owner?.pid ?? 0) > 0 ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

function lockAgeMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function lockIsStale(file: string, owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return true;
  if (owner.started !== null && owner.started !== undefined) {
    const started = processStartTime(owner.pid);
    if (started !== undefined && started !== owner.started) return true;
  }
  return lockAgeMs(file) > uptime() * 1000;
}
