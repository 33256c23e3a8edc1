import { promoteRecording } from './class-sharing.js';
import { type HomePaths, homePaths, removeIfUnchanged } from './home-files.js';
import { isAlive, livePid, terminate } from './processes.js';

/**
 * Stops `pid` (this home's JVM) and removes the pid file if it still names it. A class-sharing
 * archive its JVM recorded becomes the archive only when it exited cleanly (class-sharing.ts).
 */
export async function stopProcess(paths: HomePaths, pid: number, graceMs: number): Promise<void> {
  const clean = isAlive(pid) ? await terminate(pid, graceMs) : false;
  promoteRecording(paths, clean);
  removeIfUnchanged(paths.pid, String(pid));
}

/**
 * Stops the instance in `home` (SIGTERM, then SIGKILL after the grace period) and deletes its pid
 * file; returns whether one was running. A process that is not this Neo4j is never signalled.
 * Data stays on disk.
 */
export async function stopNeo4j({
  home,
  graceMs = 60_000,
}: {
  home: string;
  graceMs?: number;
}): Promise<boolean> {
  const paths = homePaths(home);
  const { pid } = livePid(paths);
  if (!pid) return false;
  await stopProcess(paths, pid, graceMs);
  return true;
}
