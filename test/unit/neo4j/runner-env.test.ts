import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_JIT, jitFlags, Neo4jRunnerError, optionsFromEnv } from '../../../neo4j/local-neo4j.js';
import { runCli } from '../../neo4j/run-child.js';

// No database here: the environment checks and the Java check, which come before anything starts.
const scratch = mkdtempSync(join(tmpdir(), 'career-graph-runner-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const portExpected = 'is not a port: expected an integer from 1 to 65535.';
const sizeExpected =
  'is not a memory size: expected a whole number followed by k, m or g, for example 512m or 2g.';

describe('optionsFromEnv', () => {
  it('has defaults for everything', () => {
    expect(optionsFromEnv({}, '/project')).toEqual({
      home: '/project/.data/neo4j',
      boltPort: 7687,
      httpPort: 7474,
      heap: '1g',
      pageCache: '1g',
      classSharing: true,
      jit: DEFAULT_JIT,
    });
  });

  it('reads ports and memory sizes', () => {
    expect(
      optionsFromEnv(
        {
          CAREER_GRAPH_DATA_DIR: '/var/graph',
          NEO4J_BOLT_PORT: '1',
          NEO4J_HTTP_PORT: '65535',
          NEO4J_HEAP: '2G',
          NEO4J_PAGECACHE: '512m',
          NEO4J_CLASS_SHARING: 'off',
          NEO4J_JIT: 'c1',
        },
        '/project',
      ),
    ).toEqual({
      home: '/var/graph/neo4j',
      boltPort: 1,
      httpPort: 65535,
      heap: '2G',
      pageCache: '512m',
      classSharing: false,
      jit: 'c1',
    });
  });

  it.each([
    ['NEO4J_BOLT_PORT', 'abc', `NEO4J_BOLT_PORT="abc" ${portExpected}`],
    ['NEO4J_BOLT_PORT', '', `NEO4J_BOLT_PORT="" ${portExpected}`],
    ['NEO4J_BOLT_PORT', '0', `NEO4J_BOLT_PORT="0" ${portExpected}`],
    ['NEO4J_BOLT_PORT', '65536', `NEO4J_BOLT_PORT="65536" ${portExpected}`],
    ['NEO4J_BOLT_PORT', '7687.5', `NEO4J_BOLT_PORT="7687.5" ${portExpected}`],
    ['NEO4J_BOLT_PORT', ' 7687', `NEO4J_BOLT_PORT=" 7687" ${portExpected}`],
    ['NEO4J_HTTP_PORT', '-1', `NEO4J_HTTP_PORT="-1" ${portExpected}`],
    ['NEO4J_HTTP_PORT', '1e3', `NEO4J_HTTP_PORT="1e3" ${portExpected}`],
    ['NEO4J_HEAP', 'lots', `NEO4J_HEAP="lots" ${sizeExpected}`],
    ['NEO4J_HEAP', '', `NEO4J_HEAP="" ${sizeExpected}`],
    ['NEO4J_HEAP', '512', `NEO4J_HEAP="512" ${sizeExpected}`],
    ['NEO4J_HEAP', '1.5g', `NEO4J_HEAP="1.5g" ${sizeExpected}`],
    ['NEO4J_HEAP', '0m', `NEO4J_HEAP="0m" ${sizeExpected}`],
    ['NEO4J_PAGECACHE', '1gb', `NEO4J_PAGECACHE="1gb" ${sizeExpected}`],
    ['NEO4J_PAGECACHE', '-512m', `NEO4J_PAGECACHE="-512m" ${sizeExpected}`],
    ['NEO4J_CLASS_SHARING', 'yes', 'NEO4J_CLASS_SHARING="yes" is not a switch: expected on or off.'],
    ['NEO4J_CLASS_SHARING', 'OFF', 'NEO4J_CLASS_SHARING="OFF" is not a switch: expected on or off.'],
    ['NEO4J_JIT', 'C1', 'NEO4J_JIT="C1" is not a JIT mode: expected tiered, c1, late-c2.'],
    ['NEO4J_JIT', 'c2', 'NEO4J_JIT="c2" is not a JIT mode: expected tiered, c1, late-c2.'],
    ['NEO4J_JIT', 'toString', 'NEO4J_JIT="toString" is not a JIT mode: expected tiered, c1, late-c2.'],
  ])('refuses %s=%j', (name, value, message) => {
    const attempt = () => optionsFromEnv({ [name]: value }, '/project');
    expect(attempt).toThrow(Neo4jRunnerError);
    expect(attempt).toThrow(new Error(message));
  });

  it('takes tiered, the JVM default, c1 or late-c2 for NEO4J_JIT, and the flags each gives the JVM', () => {
    expect(optionsFromEnv({ NEO4J_JIT: 'tiered' }, '/project').jit).toBe('tiered');
    expect(optionsFromEnv({ NEO4J_JIT: '' }, '/project').jit).toBe(DEFAULT_JIT);
    expect(jitFlags('tiered')).toEqual([]);
    expect(jitFlags('c1')).toEqual(['-XX:TieredStopAtLevel=1']);
    expect(optionsFromEnv({ NEO4J_JIT: 'late-c2' }, '/project').jit).toBe('late-c2');
    expect(jitFlags('late-c2')).toEqual([
      '-XX:Tier4InvocationThreshold=50000',
      '-XX:Tier4CompileThreshold=150000',
      '-XX:Tier4BackEdgeThreshold=400000',
    ]);
  });

  it('refuses one port for both Bolt and HTTP', () => {
    expect(() => optionsFromEnv({ NEO4J_BOLT_PORT: '7474' }, '/project')).toThrow(
      new Error(
        'NEO4J_HTTP_PORT="7474" is the Bolt port too: expected two different ports (defaults 7474 and 7687).',
      ),
    );
  });

  it('makes db:start, db:stop and db:status print that one line and exit 1', async () => {
    for (const command of ['start', 'stop', 'status']) {
      const result = await runCli(command, {
        ...process.env,
        CAREER_GRAPH_DATA_DIR: scratch,
        NEO4J_PAGECACHE: '1 gigabyte',
      });
      expect({ command, code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
        command,
        code: 1,
        stdout: '',
        stderr: `NEO4J_PAGECACHE="1 gigabyte" ${sizeExpected}\n`,
      });
    }
  });
});

describe('db:start without Java 17', () => {
  const hint = (found: string) =>
    `Neo4j 5.26 needs Java 17 or newer (found ${found}): install OpenJDK 17 (apt-get install openjdk-17-jre-headless), or run everything with \`docker compose up\` instead.\n`;

  // The classpath is cached after the first run, so these also show Java is checked every time.
  it('says what to install when there is no java on PATH', async () => {
    const emptyBin = join(scratch, 'empty-bin');
    mkdirSync(emptyBin);
    const dataDir = join(scratch, 'no-java');
    const result = await runCli('start', {
      ...process.env,
      PATH: emptyBin,
      JAVA_HOME: undefined,
      CAREER_GRAPH_DATA_DIR: dataDir,
    });
    expect(result).toEqual({ code: 1, signal: null, stdout: '', stderr: hint('no java on PATH') });
    expect(existsSync(join(dataDir, 'neo4j'))).toBe(false);
  });

  it('names the old version it found', async () => {
    const oldJavaBin = join(scratch, 'old-java-bin');
    mkdirSync(oldJavaBin);
    writeFileSync(
      join(oldJavaBin, 'java'),
      "#!/bin/sh\necho 'java version \"1.8.0_292\"' >&2\necho 'Java(TM) SE Runtime Environment' >&2\n",
    );
    chmodSync(join(oldJavaBin, 'java'), 0o755);
    const result = await runCli('start', {
      ...process.env,
      PATH: oldJavaBin,
      JAVA_HOME: undefined,
      CAREER_GRAPH_DATA_DIR: join(scratch, 'old-java'),
    });
    expect(result).toEqual({ code: 1, signal: null, stdout: '', stderr: hint('Java 8') });
  });
});
