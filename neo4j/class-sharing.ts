// Class-data sharing for the runner's JVM (JDK 13+ dynamic archives): the first JVM for a
// classpath records the classes it loaded into an archive when it exits cleanly
// (-XX:ArchiveClassesAtExit), and later JVMs map them from it (-XX:SharedArchiveFile) instead of
// loading, parsing and verifying each class jar by jar. Neo4j loads tens of thousands of classes to
// start and to plan its first queries, on a cold JVM after every restart.
//
// Contract: an archive is never needed. The JVM checks one against its own version and classpath
// and, in its default -Xshare:auto mode, runs without it when it is missing, empty, cut short or
// stale; its name also carries a hash of the Java version and the classpath, so a changed POM or
// JDK starts a new one. Archives live in the runner's cache folder (neo4j/.cache, git-ignored),
// shared by every home; each JVM that records writes a file of its own, made the archive only once
// it exited cleanly (`promoteRecording`), so two JVMs never write one file and a killed one leaves
// no half archive.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type HomePaths, readText, writeFileAtomic } from './home-files.js';

/** Where the archive for `javaVersion` (the JVM's own version text) and `classpath` lives under `cacheDir`. */
export function classSharingArchive(cacheDir: string, javaVersion: string, classpath: string): string {
  const key = createHash('sha256')
    .update(javaVersion)
    .update('\0')
    .update(classpath)
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, `classes-${key}.jsa`);
}

/**
 * The JVM's class-sharing messages off: recording logs a warning for each of thousands of classes it
 * cannot archive (signed jars, old class versions), which filled console.log; a JVM that cannot use
 * an archive runs without it either way.
 */
const QUIET = '-Xlog:cds*=off';

/** What the JVM is told: use the archive when one was made, else record one (into `recording`). */
export type ClassSharing =
  | { use: string; flags: string[] }
  | { recording: string; archive: string; flags: string[] };

/**
 * The JVM flags for `archive`: map it when it exists and is not empty, else record a new one into
 * a file of this start's own (`<archive>.<random>.recording`), or nothing at all when `enabled` is false.
 */
export function classSharing(
  archive: string,
  { enabled = true, size = fileSize }: { enabled?: boolean; size?: (file: string) => number } = {},
): ClassSharing | undefined {
  if (!enabled) return undefined;
  if (size(archive) > 0) return { use: archive, flags: [QUIET, `-XX:SharedArchiveFile=${archive}`] };
  const recording = `${archive}.${randomBytes(6).toString('hex')}.recording`;
  return { recording, archive, flags: [QUIET, `-XX:ArchiveClassesAtExit=${recording}`] };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The home's note of a recording in progress: which file its JVM writes at exit, and its archive's name. */
function pendingFile(paths: HomePaths): string {
  return join(paths.run, 'class-sharing.json');
}

/** Notes that the JVM about to start in `paths` records into `sharing.recording`. */
export function noteRecording(paths: HomePaths, sharing: ClassSharing | undefined): void {
  if (sharing && 'recording' in sharing) {
    writeFileAtomic(
      pendingFile(paths),
      JSON.stringify({ recording: sharing.recording, archive: sharing.archive }),
    );
  }
}

/**
 * After the home's JVM has exited: when it exited cleanly (`clean`), its recording, if any and not
 * empty, becomes the archive (unless another JVM made one first); otherwise the recording is
 * removed (a JVM killed while writing leaves a file cut short). Never throws: sharing is an
 * optimisation, never a reason for a stop to fail.
 */
export function promoteRecording(paths: HomePaths, clean: boolean): void {
  const note = pendingFile(paths);
  const text = readText(note);
  if (text === undefined) return;
  try {
    const { recording, archive } = JSON.parse(text) as { recording: string; archive: string };
    if (clean && fileSize(recording) > 0 && !existsSync(archive)) renameSync(recording, archive);
    else rmSync(recording, { force: true });
  } catch {
    // A note we cannot read names nothing we could clean up.
  }
  rmSync(note, { force: true });
}
