export const NEO4J_USER: string;
export class Neo4jRunnerError extends Error {}
export interface RunnerOptions {
  home: string;
  boltPort?: number;
  httpPort?: number;
  heap?: string;
  pageCache?: string;
  transactionTimeout?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** Aborting it gives up the start (rejecting with its reason); a JVM this call spawned is stopped first. */
  signal?: AbortSignal;
  /** Called as soon as this call has spawned a JVM (never for one it reuses): the caller owns it. */
  onSpawn?: (spawned: { pid: number; home: string }) => void;
}
export interface RunningNeo4j {
  home: string;
  uri: string;
  user: string;
  password: string | undefined;
  pid: number;
  reused: boolean;
  httpPort: number;
}
export interface Neo4jStatus {
  /** Bolt answers. */
  running: boolean;
  /** The JVM runs but Bolt does not answer yet. */
  starting?: boolean;
  home: string;
  pid?: number;
  uri?: string;
  httpPort?: number;
  /** What a stale pid file (naming a process that is not this Neo4j) held; the file was removed. */
  stalePid?: string;
}
export function portFromEnv(env: Record<string, string | undefined>, name: string, fallback: number): number;
export function memorySizeFromEnv(
  env: Record<string, string | undefined>,
  name: string,
  fallback: string,
): string;
export function checkJava(): void;
export function checkPrerequisites(): void;
export function resolveClasspath(options?: {
  log?: (line: string) => void;
  signal?: AbortSignal;
}): Promise<string>;
export function homePaths(home: string): {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  password: string;
  pid: string;
  ports: string;
  lock: string;
};
export function readPassword(home: string): string | undefined;
export function isNeo4jProcess(pid: number, home: string, platform?: NodeJS.Platform): boolean;
export function freePort(): Promise<number>;
export function startNeo4j(options: RunnerOptions): Promise<RunningNeo4j>;
export function stopNeo4j(options: { home: string; graceMs?: number }): Promise<boolean>;
export function neo4jStatus(options: { home: string }): Promise<Neo4jStatus>;
export function optionsFromEnv(
  env?: Record<string, string | undefined>,
  projectRoot?: string,
): Required<Pick<RunnerOptions, 'home' | 'boltPort' | 'httpPort' | 'heap' | 'pageCache'>>;
