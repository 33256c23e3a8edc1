// The classpath: the jars of org.neo4j:neo4j (and the Neo4j Browser), resolved once by Maven from
// neo4j/pom.xml and cached in neo4j/.cache, keyed by the hash of the POM without its comments.
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomic } from './home-files.js';
import { classpathCacheDir, pomPath } from './neo4j-paths.js';
import { Neo4jRunnerError } from './runner-error.js';

const execFileAsync = promisify(execFile);

const ALTERNATIVE = 'or run everything with `docker compose up` instead';

/** What `cmd args` prints (Java prints its version on stderr), or null when `cmd` is not installed. */
function commandVersion(cmd: string, args: string[]): string | null {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  return result.error ? null : `${result.stdout}${result.stderr}`;
}

/** Java's major version from `java -version` ("17.0.15" is 17, "1.8.0_292" is 8), or 0. */
function javaMajor(output: string): number {
  const [, first, second] = /version "(\d+)(?:\.(\d+))?/.exec(output) ?? [];
  const major = Number(first === '1' ? second : first);
  return Number.isInteger(major) ? major : 0;
}

/**
 * Fails with one line saying what to install when Java 17+ is missing; else returns what
 * `java -version` printed. Cheap: run on every start.
 */
export function checkJava(): string {
  const java = commandVersion('java', ['-version']);
  const major = java === null ? 0 : javaMajor(java);
  if (major < 17) {
    const found =
      java === null ? 'no java on PATH' : major ? `Java ${major}` : 'a java whose version is unclear';
    throw new Neo4jRunnerError(
      `Neo4j 5.26 needs Java 17 or newer (found ${found}): install OpenJDK 17 (apt-get install openjdk-17-jre-headless), ${ALTERNATIVE}.`,
    );
  }
  return java ?? '';
}

/** Fails with one line saying what to install when Java 17+ or Maven is missing. */
export function checkPrerequisites(): void {
  checkJava();
  if (!commandVersion('mvn', ['-v'])) {
    throw new Neo4jRunnerError(
      `Maven is needed once to fetch Neo4j from Maven Central (no mvn on PATH): install it (apt-get install maven), ${ALTERNATIVE}.`,
    );
  }
}

/** The JVM classpath for Neo4j, resolved by Maven the first time and cached afterwards. */
export async function resolveClasspath({
  log = () => {},
  signal,
}: {
  log?: (line: string) => void;
  signal?: AbortSignal;
} = {}): Promise<string> {
  // Keyed by what the POM says, not by its comments.
  const pom = readFileSync(pomPath, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const pomHash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cached = join(classpathCacheDir, `classpath-${pomHash}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath.split(':').every((jar) => existsSync(jar))) return classpath;
  }
  checkPrerequisites();
  mkdirSync(classpathCacheDir, { recursive: true });
  log('Resolving Neo4j from Maven Central (first run only)...');
  const output = `${cached}.${process.pid}.tmp`;
  try {
    await execFileAsync(
      'mvn',
      [
        '-B',
        '-q',
        '-Dstyle.color=never',
        '-f',
        pomPath,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${output}`,
      ],
      // Quiet Maven still prints colour resets; its output is only worth showing when it fails.
      { signal, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    rmSync(output, { force: true });
    if (signal?.aborted) throw signal.reason;
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    const said = `${stdout ?? ''}${stderr ?? ''}`.trim();
    throw new Neo4jRunnerError(`Maven could not resolve Neo4j from ${pomPath}:\n${said}`);
  }
  const classpath = readFileSync(output, 'utf8').trim();
  writeFileAtomic(cached, classpath);
  rmSync(output, { force: true });
  return classpath;
}
