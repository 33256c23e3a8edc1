import { homePaths, readPorts } from './home-files.js';
import { canConnect, livePid } from './processes.js';

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

/**
 * `running` once Bolt answers, `starting` while the JVM runs but Bolt does not answer yet;
 * `stalePid` when a stale pid file was found (and removed).
 */
export async function neo4jStatus({ home }: { home: string }): Promise<Neo4jStatus> {
  const paths = homePaths(home);
  const { pid, stale } = livePid(paths);
  const base = { home: paths.root, ...(stale === undefined ? {} : { stalePid: stale }) };
  const ports = pid ? readPorts(paths) : undefined;
  if (!pid || !ports) return { running: false, ...base };
  const running = await canConnect(ports.boltPort);
  return {
    running,
    starting: !running,
    pid,
    uri: `bolt://127.0.0.1:${ports.boltPort}`,
    httpPort: ports.httpPort,
    ...base,
  };
}
