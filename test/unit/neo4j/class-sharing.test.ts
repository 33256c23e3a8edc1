import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveName, classSharingArguments } from '../../../neo4j/class-sharing.js';

const base = { classpath: '/jars/a.jar:/jars/b.jar', jvmOptions: ['-Xmx1g'], javaVersion: 'openjdk 17.0.15' };
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'class-sharing-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The part file a JVM was told to write, from its options. */
const partOf = (args: string[]) => {
  const [arg] = args;
  expect(arg).toMatch(/^-XX:ArchiveClassesAtExit=/);
  return (arg as string).slice('-XX:ArchiveClassesAtExit='.length);
};

/** Runs `java -version` with these options: a JVM that starts and exits normally (and writes its archive). */
const javaVersion = (args: string[]) =>
  spawnSync('java', [...args, '-cp', base.classpath, '-version'], { stdio: 'ignore', timeout: 60_000 })
    .status;

describe('archiveName', () => {
  it('changes with the classpath, the JVM options and the Java version, and only with them', () => {
    const names = [
      archiveName(base),
      archiveName({ ...base }),
      archiveName({ ...base, classpath: '/jars/a.jar:/jars/c.jar' }),
      archiveName({ ...base, jvmOptions: ['-Xmx512m'] }),
      archiveName({ ...base, javaVersion: 'openjdk 21.0.1' }),
    ];
    expect(names[0]).toMatch(/^neo4j-[0-9a-f]{16}\.jsa$/);
    expect(names[1]).toBe(names[0]);
    expect(new Set(names).size).toBe(4);
  });
});

describe('classSharingArguments', () => {
  it('adds nothing off Linux', () => {
    expect(classSharingArguments({ ...base, dir: folder(), platform: 'darwin' })).toEqual([]);
  });

  it('has the first JVM write a part file of its own, named after the archive, when there is no archive', () => {
    const dir = folder();
    const part = partOf(classSharingArguments({ ...base, dir, platform: 'linux' }));
    expect(part.startsWith(join(dir, `${archiveName(base)}.`))).toBe(true);
    expect(part).toMatch(/\.part$/);
  });

  it('neither uses nor writes an archive while another live process is writing one', async () => {
    const dir = folder();
    const part = partOf(classSharingArguments({ ...base, dir, platform: 'linux' }));
    const writer = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 10000)',
      '--',
      `-XX:ArchiveClassesAtExit=${part}`,
    ]);
    try {
      await new Promise((resolve) => writer.once('spawn', resolve));
      writeFileSync(part, 'half written');
      expect({
        args: classSharingArguments({ ...base, dir, platform: 'linux' }),
        partKept: readFileSync(part, 'utf8'),
      }).toEqual({ args: [], partKept: 'half written' });
    } finally {
      writer.kill();
    }
  });

  it('uses the archive a JVM wrote at its exit, once a JVM has mapped and verified it', () => {
    const dir = folder();
    const first = classSharingArguments({ ...base, dir, platform: 'linux' });
    expect(javaVersion(first)).toBe(0);
    const next = classSharingArguments({ ...base, dir, platform: 'linux' });
    const archive = join(dir, archiveName(base));
    expect({ next, files: readdirSync(dir) }).toEqual({
      next: [`-XX:SharedArchiveFile=${archive}`],
      files: [archiveName(base)],
    });
    expect(javaVersion(['-Xshare:on', ...next])).toBe(0);
  });

  it('deletes a part file its JVM left unfinished (killed while writing), and has the next JVM write a new one', () => {
    const dir = folder();
    const first = classSharingArguments({ ...base, dir, platform: 'linux' });
    expect(javaVersion(first)).toBe(0);
    const part = partOf(first);
    writeFileSync(part, readFileSync(part).subarray(0, 100_000));
    const next = classSharingArguments({ ...base, dir, platform: 'linux' });
    expect({ partLeft: existsSync(part), archive: existsSync(join(dir, archiveName(base))) }).toEqual({
      partLeft: false,
      archive: false,
    });
    expect(partOf(next)).not.toBe(part);
  });

  it('gives up writing after three JVMs left no archive (killed before they finished), and runs without one', () => {
    const dir = folder();
    const asked = [1, 2, 3].map(() => partOf(classSharingArguments({ ...base, dir, platform: 'linux' })));
    expect({
      asked: new Set(asked).size,
      fourth: classSharingArguments({ ...base, dir, platform: 'linux' }),
    }).toEqual({ asked: 3, fourth: [] });
  });
});
