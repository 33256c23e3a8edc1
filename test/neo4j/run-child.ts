import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { isNeo4jProcess } from '../../neo4j/local-neo4j.js';
import { projectRoot } from '../../src/config.js';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  /** Everything printed so far, both streams. */
  output(): string;
  done: Promise<Finished>;
}

/** `node <args>` from the project root, with exactly `env` (undefined values are left out). */
export function runNode(args: string[], env: Record<string, string | undefined>): Running {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
    both += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
    both += chunk;
  });
  const done = new Promise<Finished>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, output: () => both, done };
}

/** `npm run db:<command>` without npm: neo4j/cli.ts through tsx. */
export function runCli(command: string, env: Record<string, string | undefined>): Promise<Finished> {
  return runNode(['--import', 'tsx', 'neo4j/cli.ts', command], env).done;
}

/**
 * `npm start` without npm: the same entry point through tsx. With `failingWebBuild`, the web
 * build it starts first fails at once (see failing-web-build.mjs); that also keeps Vite out.
 */
export function runMain(env: Record<string, string | undefined>, { failingWebBuild = false } = {}): Running {
  const stub = failingWebBuild ? ['--import', './test/neo4j/failing-web-build.mjs'] : [];
  return runNode(['--import', 'tsx', ...stub, 'src/main.ts'], env);
}

/**
 * Resolves with the first match of `pattern` in what `running` prints; rejects if it exits first, or
 * once `timeoutMs` has passed, with what it printed.
 */
export function waitForOutput(
  running: Pick<Running, 'child' | 'output'>,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      const match = pattern.exec(running.output());
      if (match) resolve(match);
      else if (running.child.exitCode !== null || running.child.signalCode !== null) {
        reject(new Error(`Exited before printing ${pattern}:\n${running.output()}`));
      } else if (Date.now() > deadline) reject(new Error(`Did not print ${pattern}:\n${running.output()}`));
      else setTimeout(check, 50);
    };
    check();
  });
}

/** Whether `pid` is a live process (not a zombie nobody reaped). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The pids of every live Neo4j JVM whose home is `home` (Linux: from /proc). */
export function neo4jPidsOf(home: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => isNeo4jProcess(pid, home) && isAlive(pid));
}
