// A class data sharing (CDS) archive for Neo4j's JVM: the classes a Neo4j run loaded (its server,
// the Cypher planner and runtime), saved parsed and verified, so that a later JVM maps them instead
// of loading them again: a JVM started with it spends about half the CPU time before Bolt opens and
// before its first query runs (a restart after kill -9 comes back sooner). The first plan of each
// query text costs the same with or without it (compiling, not loading, is that cost).
//
// Built once per classpath, Java and JVM options: the first JVM started without an archive writes
// one when it exits normally (-XX:ArchiveClassesAtExit, JDK 13+), into a part file of its own; the
// next start checks that part file with a JVM of its own (-Xshare:on fails on an archive it cannot
// map or whose checksums differ) and renames it into place, or deletes it. A JVM killed before it
// could write, or mid-write, leaves nothing usable and the next start builds again, three times at
// most (writing takes seconds at a JVM's exit, and the first stop waits for it). An archive that
// no longer fits (another JDK) is ignored by the JVM (-Xshare:auto, the default), and the key of its
// name changes with the classpath, Java's version and the options, so another one is built. Archives
// live beside the resolved classpaths (neo4j/.cache, git-ignored), shared by every home of this
// checkout: a throwaway test database starts with the classes of the last one that exited.
// Linux only (a part file's writer is found through /proc); elsewhere the JVM runs as before.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readText, writeFileAtomic } from './home-files.js';
import { classpathCacheDir } from './neo4j-paths.js';

export interface ClassSharingOptions {
  classpath: string;
  /** The JVM's other options (heap, collector): an archive is kept per set of them. */
  jvmOptions: readonly string[];
  /** `java -version`'s output: an archive is kept per JDK. */
  javaVersion: string;
  /** Where archives live; default neo4j/.cache. */
  dir?: string;
  platform?: NodeJS.Platform;
}

/**
 * JVMs asked to write the archive before the runner gives up on it for this key: writing takes
 * seconds to tens of seconds at exit, after Neo4j has shut down (a stop that kills the JVM then
 * leaves the database clean and only the part file unfinished), and a machine where every JVM is
 * killed before it can finish must not pay that on every stop.
 */
const WRITE_ATTEMPTS = 3;

/** Checking a part file maps it once: seconds at most, even on a loaded machine. */
const CHECK_TIMEOUT_MS = 60_000;

/** The archive's file name for these options. */
export function archiveName({ classpath, jvmOptions, javaVersion }: ClassSharingOptions): string {
  const key = createHash('sha256')
    .update([javaVersion.trim(), classpath, ...jvmOptions].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return `neo4j-${key}.jsa`;
}

/**
 * The JVM options that use this classpath's archive, or that have the JVM write one at its exit
 * when there is none yet and no other JVM is writing one; none off Linux.
 */
export function classSharingArguments(options: ClassSharingOptions): string[] {
  if ((options.platform ?? process.platform) !== 'linux') return [];
  const dir = options.dir ?? classpathCacheDir;
  const name = archiveName(options);
  const archive = join(dir, name);
  if (!existsSync(archive)) adoptPartFiles(dir, name, options.classpath);
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`];
  if (writersOf(dir, name).size > 0) return [];
  const attempts = join(dir, `${name}.attempts`);
  const made = Number(readText(attempts) ?? 0) || 0;
  if (made >= WRITE_ATTEMPTS) return [];
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(attempts, String(made + 1));
  return [`-XX:ArchiveClassesAtExit=${join(dir, `${name}.${randomBytes(6).toString('hex')}.part`)}`];
}

/**
 * Part files of `name` whose JVM has exited: the first that a JVM maps and verifies becomes the
 * archive; the others, and any that fails, are deleted.
 */
function adoptPartFiles(dir: string, name: string, classpath: string): void {
  if (!existsSync(dir)) return;
  const writing = writersOf(dir, name);
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(`${name}.`) || !file.endsWith('.part')) continue;
    const part = join(dir, file);
    if (writing.has(part)) continue;
    if (!existsSync(join(dir, name)) && mapsCleanly(part, classpath)) {
      renameSync(part, join(dir, name));
      rmSync(join(dir, `${name}.attempts`), { force: true });
    } else rmSync(part, { force: true });
  }
}

/**
 * Whether a JVM with this classpath maps the archive and finds its checksums right. A truncated
 * archive crashes the checking JVM (SIGBUS reading past the end of the mapped file): that is the
 * check failing, and its crash report is not kept.
 */
function mapsCleanly(archive: string, classpath: string): boolean {
  const check = spawnSync(
    'java',
    [
      '-Xshare:on',
      '-XX:+VerifySharedSpaces',
      `-XX:SharedArchiveFile=${archive}`,
      '-XX:ErrorFile=/dev/null',
      '-cp',
      classpath,
      '-version',
    ],
    { stdio: 'ignore', timeout: CHECK_TIMEOUT_MS },
  );
  return check.status === 0;
}

/** The part files of `name` that a live process was told to write (from /proc/<pid>/cmdline). */
function writersOf(dir: string, name: string): Set<string> {
  const prefix = `-XX:ArchiveClassesAtExit=${join(dir, name)}.`;
  const writing = new Set<string>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return writing;
  }
  for (const pid of pids) {
    for (const arg of readText(`/proc/${pid}/cmdline`)?.split('\0') ?? []) {
      if (arg.startsWith(prefix)) writing.add(arg.slice('-XX:ArchiveClassesAtExit='.length));
    }
  }
  return writing;
}
