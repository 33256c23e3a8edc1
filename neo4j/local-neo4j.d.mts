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
export function checkPrerequisites(): void;
export function resolveClasspath(options?: { log?: (line: string) => void }): string;
export function readPassword(home: string): string | undefined;
export function freePort(): Promise<number>;
export function startNeo4j(options: RunnerOptions): Promise<RunningNeo4j>;
export function stopNeo4j(options: { home: string; graceMs?: number }): Promise<boolean>;
export function neo4jStatus(options: { home: string }): Promise<{
  running: boolean;
  home: string;
  pid?: number;
  uri?: string;
  httpPort?: number;
}>;
export function optionsFromEnv(
  env?: Record<string, string | undefined>,
  projectRoot?: string,
): Required<Pick<RunnerOptions, 'home' | 'boltPort' | 'httpPort' | 'heap' | 'pageCache'>>;
