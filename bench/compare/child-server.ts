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
