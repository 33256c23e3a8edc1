import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  classSharing,
  classSharingArchive,
  noteRecording,
  promoteRecording,
} from '../../../neo4j/class-sharing.js';
import { homePaths } from '../../../neo4j/home-files.js';

const scratch = mkdtempSync(join(tmpdir(), 'career-graph-class-sharing-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15';
const JAVA_21 = 'openjdk version "21.0.2" 2024-01-16';

describe('classSharingArchive: one archive per Java version and classpath', () => {
  it('names the same file for the same JVM and classpath, another when either changes, in the cache folder', () => {
    const a = classSharingArchive('/cache', JAVA_17, '/m2/a.jar:/m2/b.jar');
    expect({
      folder: dirname(a),
      form: /^\/cache\/classes-[0-9a-f]{16}\.jsa$/.test(a),
      again: classSharingArchive('/cache', JAVA_17, '/m2/a.jar:/m2/b.jar') === a,
      otherJava: classSharingArchive('/cache', JAVA_21, '/m2/a.jar:/m2/b.jar') === a,
      otherClasspath: classSharingArchive('/cache', JAVA_17, '/m2/a.jar:/m2/c.jar') === a,
    }).toEqual({ folder: '/cache', form: true, again: true, otherJava: false, otherClasspath: false });
  });
});

describe('classSharing: use an archive that was made, else record one', () => {
  it('maps an archive that is not empty', () => {
    expect(classSharing('/cache/classes-1.jsa', { size: () => 1234 })).toEqual({
      use: '/cache/classes-1.jsa',
      flags: ['-Xlog:cds*=off', '-XX:SharedArchiveFile=/cache/classes-1.jsa'],
    });
  });

  it.each([
    ['missing', 0],
    ['empty', 0],
  ])('records into a file of its own when the archive is %s', (_case, size) => {
    const sharing = classSharing('/cache/classes-1.jsa', { size: () => size });
    const recording = sharing && 'recording' in sharing ? sharing.recording : '';
    expect({
      sharing,
      form: /^\/cache\/classes-1\.jsa\.[0-9a-f]{12}\.recording$/.test(recording),
      ownFile:
        recording !==
        (classSharing('/cache/classes-1.jsa', { size: () => size }) as { recording: string }).recording,
    }).toEqual({
      sharing: {
        recording,
        archive: '/cache/classes-1.jsa',
        flags: ['-Xlog:cds*=off', `-XX:ArchiveClassesAtExit=${recording}`],
      },
      form: true,
      ownFile: true,
    });
  });

  it('gives no flags when switched off', () => {
    expect(classSharing('/cache/classes-1.jsa', { enabled: false, size: () => 1234 })).toBeUndefined();
  });
});

describe('promoteRecording: a recording becomes the archive only after a clean exit', () => {
  function recorded(name: string, content: string) {
    const cache = join(scratch, name, 'cache');
    mkdirSync(cache, { recursive: true });
    const paths = homePaths(join(scratch, name, 'home'));
    mkdirSync(paths.run, { recursive: true });
    const archive = join(cache, 'classes-1.jsa');
    const sharing = classSharing(archive);
    noteRecording(paths, sharing);
    const recording = sharing && 'recording' in sharing ? sharing.recording : '';
    writeFileSync(recording, content);
    return { paths, archive, recording };
  }
  const state = ({ archive, recording, paths }: ReturnType<typeof recorded>) => ({
    archive: existsSync(archive) ? readFileSync(archive, 'utf8') : null,
    recording: existsSync(recording),
    note: existsSync(join(paths.run, 'class-sharing.json')),
  });

  it('renames the recording of a JVM that exited cleanly', () => {
    const files = recorded('clean', 'classes');
    promoteRecording(files.paths, true);
    expect(state(files)).toEqual({ archive: 'classes', recording: false, note: false });
  });

  it('removes the recording of a JVM that was killed (it may be cut short)', () => {
    const files = recorded('killed', 'clas');
    promoteRecording(files.paths, false);
    expect(state(files)).toEqual({ archive: null, recording: false, note: false });
  });

  it('keeps an archive another JVM made first, and removes an empty recording', () => {
    const first = recorded('first', 'first');
    writeFileSync(first.archive, 'made first');
    promoteRecording(first.paths, true);
    const empty = recorded('empty', '');
    promoteRecording(empty.paths, true);
    expect([state(first), state(empty)]).toEqual([
      { archive: 'made first', recording: false, note: false },
      { archive: null, recording: false, note: false },
    ]);
  });

  it('does nothing for a home with no recording noted', () => {
    const paths = homePaths(join(scratch, 'none', 'home'));
    expect(() => promoteRecording(paths, true)).not.toThrow();
  });
});
