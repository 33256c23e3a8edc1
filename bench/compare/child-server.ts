import { type ChildProcess, spawn } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { projectRoot } from '../../src/config.js';
import type { RunningServer } from './peer-server.js';

/**
 * Runs one of the comparison's servers as a child of `bench:compare`: reads NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD and PORT (0: any free port), prints `listening <url>` once it answers, and closes
 * it on SIGTERM.
 */
export async function serveAsChild(
  start: (database: { uri: string; user: string; password: string }, port: number) => Promise<RunningServer>,
): Promise<void> {
  const {
    NEO4J_URI: uri,
    NEO4J_USER: user = 'neo4j',
    NEO4J_PASSWORD: password,
    PORT: port = '0',
  } = process.env;
  if (!uri || !password) throw new Error('NEO4J_URI and NEO4J_PASSWORD must be set.');
  const server = await start({ uri, user, password }, Number(port));
  process.stdout.write(`listening ${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

export interface ChildServer {
  url: string;
  pid: number | undefined;
  /** SIGTERM, then SIGKILL after 15 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts one of the servers (`script`, from the project root unless absolute) as a child process
 * under tsx, with `nodeOptions` before the script (`--cpu-prof`, say), and resolves once it prints
 * its URL; the caller stops it.
 */
export async function startServer(
  script: string,
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<ChildServer> {
  const path = isAbsolute(script) ? script : join(projectRoot, script);
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', path], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s.`)), 120_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (text: string) => {
      output += text;
      const match = /^listening (\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (code ${code}) before listening.`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, pid: child.pid, stop };
}
